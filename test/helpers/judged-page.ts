import {expect} from 'vitest';
import {describeBlock} from '../../src/features/describe.js';
import {stopwordsFor} from '../../src/features/language.js';
import {readHtml} from '../../src/read/html.js';
import {applyPageStructure} from '../../src/structure/page-structure.js';
import type {Verdict} from '../../src/types.js';

// What the page-structure tests build their HTML pages of: a paragraph of an article's prose, one of another story's,
// and the verdicts a scorer would leave.

export const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
export const prose = 'The council met on Tuesday evening to vote on the new road through the old town centre after a long debate.';
export const other = 'Another story from the site, told at some length here for the readers who want more of it.';
export const paragraphs = (n: number, text = prose) => `<p>${text}</p>`.repeat(n);

/** A scorer's verdict: kept as body from 0.5. */
export const verdict = (score: number): Verdict =>
  score >= 0.5 ? {kept: true, label: 'body', score, reasons: []} : {kept: false, label: 'other', score, reasons: ['low-score']};

/** Judge a page of blocks whose scores are given in order, as the scorer would leave them, through the page structure. */
export function judged(html: string, scores: number[], keepsMore = false): Verdict[] {
  const {lines, markup, tree} = readHtml(html);
  expect(lines.length).toBe(scores.length);
  const verdicts = scores.map(verdict);
  applyPageStructure({verdicts, descriptions: lines.map(describeText), texts: lines, markup, tree, threshold: 0.5, keepsMore});
  return verdicts;
}
