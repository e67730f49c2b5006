import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {readHtml} from '../src/read/html.js';
import {namedContentElements} from '../src/structure/named-content.js';
import {applyPageStructure, OUTSIDE_NAMED_CONTENT, PAGE_STRUCTURE} from '../src/structure/page-structure.js';
import type {Verdict} from '../src/types.js';

const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
const prose = 'The council met on Tuesday evening to vote on the new road through the old town centre after a long debate.';
const other = 'Another story from the site, told at some length here for the readers who want more of it.';
const verdict = (score: number): Verdict =>
  score >= 0.5 ? {kept: true, label: 'body', score, reasons: []} : {kept: false, label: 'other', score, reasons: ['low-score']};

/** Judge a page of blocks whose scores are given in order, as the scorer would leave them. */
function judged(html: string, scores: number[]) {
  const {lines, markup, tree} = readHtml(html);
  expect(lines.length).toBe(scores.length);
  const verdicts = scores.map(verdict);
  applyPageStructure({verdicts, descriptions: lines.map(describeText), markup, tree, threshold: 0.5});
  return verdicts;
}

const paragraphs = (n: number, text = prose) => `<p>${text}</p>`.repeat(n);
/** A blog post's template: a menu, the headline, the post's text in a named element, the author's box, related posts. */
const post = (contentClass: string, n = 3) =>
  `<body><nav><p>Home</p></nav><div class="site"><header><h1>The new road</h1></header>` +
  `<div class="${contentClass}">${paragraphs(n)}</div>` +
  `<div class="author-box"><p>${other}</p></div><div class="more"><p>${other}</p></div></div></body>`;
const postScores = [0.1, 0.6, 0.95, 0.95, 0.95, 0.7, 0.8];

describe('the article content the markup names', () => {
  it('drops what a named content element leaves out, and says why', () => {
    const verdicts = judged(post('entry-content'), postScores);
    expect(verdicts.map((v) => v.kept)).toEqual([false, true, true, true, true, false, false]);
    expect(verdicts[5]!.reasons[0]).toBe(OUTSIDE_NAMED_CONTENT);
    expect(verdicts[6]!.reasons[0]).toBe(OUTSIDE_NAMED_CONTENT);
  });

  it('reads the names of several templates, and no class that names something else', () => {
    for (const name of ['post-body', 'article__body', 'td-post-content', 'rich-text', 'c-article-content']) {
      expect(judged(post(name), postScores)[5]!.kept, name).toBe(false);
    }
    for (const name of ['content', 'wrapper', 'post-meta', 'comment-body']) {
      expect(judged(post(name), postScores)[5]!.kept, name).toBe(true);
    }
  });

  it('keeps the headline and what the scorer is sure of outside the element', () => {
    const verdicts = judged(post('entry-content', 5), [0.1, 0.6, 0.95, 0.95, 0.95, 0.95, 0.95, 0.98, 0.8]);
    expect(verdicts[1]!.kept).toBe(true);
    expect(verdicts[7]!.kept).toBe(true);
    expect(verdicts[8]!.kept).toBe(false);
  });

  it('takes every large part of a text that something cuts in two', () => {
    const html =
      `<body><div class="page"><div class="entry-content">${paragraphs(2)}</div><div class="ad"><p>${other}</p></div>` +
      `<div class="entry-content">${paragraphs(2)}</div></div></body>`;
    expect(judged(html, [0.95, 0.95, 0.7, 0.95, 0.95]).map((v) => v.kept)).toEqual([true, true, false, true, true]);
  });

  it('trusts no named element that leaves out much of the sure body, or most of what is kept', () => {
    // Teaser cards named as content: none holds the article.
    const cards = `<body><div class="main">${paragraphs(3)}</div>${`<div class="post-content"><p>${other}</p></div>`.repeat(3)}</body>`;
    expect(judged(cards, [0.95, 0.95, 0.95, 0.7, 0.7, 0.7]).every((v) => v.kept)).toBe(true);
    // The text goes on outside the named element, less sure of itself than its start.
    const goesOn = `<body><div class="page"><div class="article-body">${paragraphs(2)}</div>${paragraphs(4)}</div></body>`;
    expect(judged(goesOn, [0.95, 0.95, 0.8, 0.8, 0.8, 0.8]).every((v) => v.kept)).toBe(true);
  });

  it('finds the outermost named elements that hold the sure body', () => {
    const {lines, markup, tree} = readHtml(
      `<body><div class="entry-content"><div class="post-body">${paragraphs(3)}</div></div><p>${other}</p></body>`,
    );
    const verdicts = [0.95, 0.95, 0.95, 0.6].map(verdict);
    const parts = namedContentElements(tree, markup, lines.map(describeText), verdicts, PAGE_STRUCTURE.namedContent);
    expect(parts.map((e) => tree.classes[e])).toEqual(['entry-content']);
  });
});
