import {describe, expect, it} from 'vitest';
import {readHtml} from '../src/read/html.js';
import {NAMED_BOX_IN_ARTICLE, namedBoxesInArticle} from '../src/structure/inside-article.js';
import {applyPageStructure, PAGE_STRUCTURE} from '../src/structure/page-structure.js';
import type {Verdict} from '../src/types.js';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';

const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
const prose = 'The council met on Tuesday evening to vote on the new road through the old town centre after a long debate.';
const verdict = (score: number): Verdict =>
  score >= 0.5 ? {kept: true, label: 'body', score, reasons: []} : {kept: false, label: 'other', score, reasons: ['low-score']};

/** A page of a menu, three paragraphs of an article and, inside the article's element, a box of class `boxClass`. */
function page(boxClass: string, boxBlocks = 1) {
  const box = `<div class="${boxClass}">${'<p>Another story from the site, told at some length here.</p>'.repeat(boxBlocks)}</div>`;
  return readHtml(`<body><nav><p>Home</p></nav><article><p>${prose}</p><p>${prose}</p><p>${prose}</p>${box}</article></body>`);
}

function judged(boxClass: string, boxScore: number, declared?: 'jsonLd' | 'openGraph', boxBlocks = 1) {
  const {lines, markup, tree} = page(boxClass, boxBlocks);
  const scores = [0.1, 0.95, 0.95, 0.95, ...Array(boxBlocks).fill(boxScore)];
  const verdicts = scores.map(verdict);
  applyPageStructure({verdicts, descriptions: lines.map(describeText), texts: lines, markup, tree, threshold: 0.5, declared}, PAGE_STRUCTURE);
  return verdicts;
}

describe('junk inside the article of a page that declares itself one', () => {
  it('drops a kept box whose class names related stories, and says what it is and why', () => {
    const verdicts = judged('related-posts', 0.7, 'jsonLd');
    expect(verdicts.map((v) => v.kept)).toEqual([false, true, true, true, false]);
    expect(verdicts[4]!.label).toBe('related');
    expect(verdicts[4]!.reasons[0]).toBe(NAMED_BOX_IN_ARTICLE);
    expect(judged('comment-list', 0.7, 'jsonLd')[4]!.label).toBe('comments');
  });

  it('keeps the same box on a page that does not declare itself an article, or only by og:type', () => {
    expect(judged('related-posts', 0.7).map((v) => v.kept)).toEqual([false, true, true, true, true]);
    expect(judged('comment-list', 0.7, 'openGraph').map((v) => v.kept)).toEqual([false, true, true, true, true]);
  });

  it('keeps a box the scorer is sure of, and one whose class names nothing', () => {
    expect(judged('related-posts', 0.95, 'jsonLd')[4]!.kept).toBe(true);
    expect(judged('pull-quote', 0.7, 'jsonLd')[4]!.kept).toBe(true);
  });

  it('keeps a declared page whose named boxes are most of what its element keeps: a listing of teasers', () => {
    const verdicts = judged('related-posts', 0.7, 'jsonLd', 6);
    expect(verdicts.slice(4).every((v) => v.kept)).toBe(true);
  });

  it('reads only the classes inside the article element, and not those of code tokens', () => {
    const {markup, tree} = readHtml(
      '<body><div class="comments-area"><article><p>One</p><pre><span class="token comment">// a note</span></pre><aside><p>Two</p></aside></article></div></body>',
    );
    const article = tree.tags.indexOf('article');
    expect(namedBoxesInArticle(tree, markup, article)).toEqual([undefined, undefined, 'other']);
  });
});
