import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {readHtml} from '../src/read/html.js';
import {namedContentElements, namesContent} from '../src/structure/named-content.js';
import {OUTSIDE_NAMED_CONTENT, PAGE_STRUCTURE} from '../src/structure/page-structure.js';
import {describeText, judged, other, paragraphs, prose, verdict} from './helpers/judged-page.js';

const RIVER = readFileSync(new URL('./fixtures/markdown/river.html', import.meta.url), 'utf8');
/**
 * A blog post's template: a menu, the headline and its standfirst, the post's text in a named element, the author's
 * box, related posts.
 */
const post = (contentClass: string, n = 3) =>
  `<body><nav><p>Home</p></nav><div class="site"><header><h2>The new road</h2><p>${other}</p></header>` +
  `<div class="${contentClass}">${paragraphs(n)}</div>` +
  `<div class="author-box"><p>${other}</p></div><div class="more"><p>${other}</p></div></div></body>`;
const postScores = [0.1, 0.6, 0.7, 0.95, 0.95, 0.95, 0.7, 0.8];

describe('the article content the markup names', () => {
  it('drops what a named content element leaves out below its text, and says why', () => {
    const verdicts = judged(post('entry-content'), postScores);
    expect(verdicts.map((v) => v.kept)).toEqual([false, true, true, true, true, true, false, false]);
    expect(verdicts[6]!.reasons[0]).toBe(OUTSIDE_NAMED_CONTENT);
    expect(verdicts[7]!.reasons[0]).toBe(OUTSIDE_NAMED_CONTENT);
  });

  it('reads the names of several templates, a class token at a time', () => {
    for (const name of ['entry-content', 'post-body', 'article__body', 'td-post-content', 'c-article-content', 'x-the-content entry-content', 'prose lg:prose-xl', 'gh-content', 'available-content', 'markdown-body', 'field field--name-body', 'body-copy', 'content__body']) {
      expect(namesContent(name), name).toBe(true);
    }
    for (const name of ['content', 'wrapper', 'post-meta', 'comment-body', 'related-post-body', 'latest-post-content', 'order-history-content', 'not-prose', 'skip-to-main-content', 'rich-text']) {
      expect(namesContent(name), name).toBe(false);
    }
    expect(judged(post('wrapper'), postScores).every((v, i) => v.kept === postScores[i]! >= 0.5)).toBe(true);
  });

  it('keeps what the scorer is sure of outside the element, and the page head above its text', () => {
    const verdicts = judged(post('entry-content', 5), [0.1, 0.6, 0.7, 0.95, 0.95, 0.95, 0.95, 0.95, 0.98, 0.8]);
    expect(verdicts.slice(1, 3).every((v) => v.kept)).toBe(true);
    expect(verdicts[8]!.kept).toBe(true);
    expect(verdicts[9]!.kept).toBe(false);
  });

  it('drops nothing where the caller asked to keep more than the model would', () => {
    expect(judged(post('entry-content'), postScores, true).slice(1).every((v) => v.kept)).toBe(true);
    // A news page whose article element is named: at threshold 0 what lies below the article is the rules' to judge.
    const reasons = (options: {threshold?: number}) => declutter(RIVER, {format: 'html', ...options}).blocks.flatMap((block) => block.reasons);
    expect(reasons({threshold: 0})).not.toContain(OUTSIDE_NAMED_CONTENT);
  });

  it('takes every large part of a text that something cuts in two', () => {
    const html =
      `<body><div class="page"><div class="entry-content">${paragraphs(2)}</div><div class="ad"><p>${other}</p></div>` +
      `<div class="entry-content">${paragraphs(2)}</div></div></body>`;
    expect(judged(html, [0.95, 0.95, 0.7, 0.95, 0.95]).map((v) => v.kept)).toEqual([true, true, false, true, true]);
  });

  it('trusts no named element that leaves out much of the sure body, or most of what is kept', () => {
    // A named element of a ninth of the sure words is a widget's, not a part of the article's text.
    const widget = `<body><div class="page"><div class="entry-content">${paragraphs(8)}</div><div class="post-body"><p>${prose}</p></div></div></body>`;
    expect(judged(widget, Array(9).fill(0.95)).map((v) => v.kept)).toEqual([...Array(8).fill(true), false]);
    // Two named parts of two fifths each hold 80% of the sure words; with a third sure paragraph outside they do not.
    const parts = (outside: number) =>
      `<body><div class="page"><div class="entry-content">${paragraphs(2)}</div>${paragraphs(outside)}` +
      `<div class="entry-content">${paragraphs(2)}</div><p>${other}</p></div></body>`;
    expect(judged(parts(1), [0.95, 0.95, 0.95, 0.95, 0.95, 0.7]).at(-1)!.kept).toBe(false);
    expect(judged(parts(2), [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.7]).at(-1)!.kept).toBe(true);
    // The text goes on outside the named element, less sure of itself than its start.
    const goesOn = `<body><div class="page"><div class="article-body">${paragraphs(2)}</div>${paragraphs(4)}</div></body>`;
    expect(judged(goesOn, [0.95, 0.95, 0.8, 0.8, 0.8, 0.8]).every((v) => v.kept)).toBe(true);
  });

  it('takes no part whose tag and class other kept elements share: a thread of posts, a list of teasers', () => {
    const thread = `<body><div class="thread"><div class="postbody">${paragraphs(6)}</div>${`<div class="postbody"><p>${other}</p></div>`.repeat(2)}</div></body>`;
    expect(judged(thread, [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.7, 0.7]).every((v) => v.kept)).toBe(true);
  });

  it('finds the outermost named elements that hold the sure body', () => {
    const {lines, markup, tree} = readHtml(
      `<body><div class="entry-content"><div class="post-body">${paragraphs(3)}</div></div><p>${other}</p></body>`,
    );
    const verdicts = [0.95, 0.95, 0.95, 0.6].map(verdict);
    const parts = namedContentElements({tree, markup, descriptions: lines.map(describeText), verdicts}, PAGE_STRUCTURE.namedContent);
    expect(parts.map((e) => tree.classes[e])).toEqual(['entry-content']);
  });
});
