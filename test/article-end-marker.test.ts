import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {articleEndMarker, isEndMarker} from '../src/rules/article-end-marker.js';
import {applyContext, CONTEXT_RULES, type Verdict} from '../src/rules/index.js';
import type {RuleInput} from '../src/rules/rule.js';

// Made-up pages, the scorer's verdicts hand-made: a block is [text, kept, score].
const PARAGRAPH =
  'The council voted on Tuesday to keep the old library open for another year, after residents filled the hall to argue that the building still serves the town better than any plan to replace it.';
type Row = [text: string, kept: boolean, score: number];
// An article: its headline and ten sure paragraphs (over 300 words).
const ARTICLE: Row[] = [['Council keeps the old library open', true, 0.8], ...Array.from({length: 10}, (): Row => [PARAGRAPH, true, 0.95])];
const TEASERS: Row[] = [
  ['Town hall to close for repairs over the summer', true, 0.6],
  ['New bus routes start next month', true, 0.7],
  ['Mayor opens the harvest fair', true, 0.93],
];

function judged(rows: Row[], options: Pick<RuleInput, 'headedAsArticle' | 'headings' | 'cleanPage'> = {headedAsArticle: true}, adjust?: (verdicts: Verdict[]) => void): Verdict[] {
  const stopwords = stopwordsFor('eng');
  const texts = rows.map(([text]) => text);
  const descriptions = texts.map((text) => describeBlock(text, stopwords));
  const verdicts: Verdict[] = rows.map(([, kept, score]) => ({kept, label: kept ? 'body' : 'other', score, reasons: []}));
  adjust?.(verdicts);
  applyContext(verdicts, descriptions, {rules: [articleEndMarker], texts, ...options});
  return verdicts;
}

const keptOf = (verdicts: Verdict[]) => verdicts.map((v) => v.kept);
const keptTail = (verdicts: Verdict[]) => keptOf(verdicts).slice(ARTICLE.length);

describe('article-end-marker', () => {
  it('runs after repeated-text and before below-body', () => {
    const names = CONTEXT_RULES.map((r) => r.name);
    expect(names.indexOf('article-end-marker')).toBe(names.indexOf('repeated-text') + 1);
    expect(names.indexOf('below-body')).toBe(names.indexOf('article-end-marker') + 1);
  });

  it('reads section headings that follow an article as markers, and a comment button, a link or a sentence not', () => {
    const marker = (text: string) => isEndMarker(describeBlock(text, stopwordsFor('eng')));
    for (const text of ['Related Stories', 'More from Reuters', 'You may also like', 'About the Author', 'References', '• References.', 'Footnotes:', 'Written by Jane Doe']) {
      expect(marker(text), text).toBe(true);
    }
    const notMarkers = [
      'Reply',
      'Add a comment',
      'The notes',
      'Read more: Library cuts loom',
      'Read more about the Bespoke range',
      'See also on the council',
      'Written by Jane Doe, who covers the council for the paper',
      'Related stories about the library and its long history in the town centre',
      PARAGRAPH,
    ];
    for (const text of notMarkers) expect(marker(text), text).toBe(false);
  });

  it('drops the kept blocks it is not sure of below a marker under the last sure paragraph, marker included', () => {
    const verdicts = judged([...ARTICLE, ['Related Stories', true, 0.5], ...TEASERS]);
    expect(keptTail(verdicts)).toEqual([false, false, false, true]);
    expect(verdicts.at(-2)).toMatchObject({kept: false, label: 'related', reasons: ['article-end-marker']});
    expect(keptOf(verdicts).slice(0, ARTICLE.length).every(Boolean)).toBe(true);
  });

  it('drops the marker whatever its score, and spares a block kept as the title', () => {
    expect(keptTail(judged([...ARTICLE, ['Related Stories', true, 0.95], ...TEASERS]))).toEqual([false, false, false, true]);
    const verdicts = judged([...ARTICLE, ['Related Stories', false, 0.1], ...TEASERS], {headedAsArticle: true}, (v) => {
      v[ARTICLE.length + 1]!.label = 'title';
    });
    expect(keptTail(verdicts)).toEqual([false, true, false, true]);
  });

  it("labels the dropped blocks as the marker's section: related stories, the author's byline, other notes", () => {
    const card = 'Jane Doe covers local government for the paper and has lived in the town for twenty years.';
    expect(judged([...ARTICLE, ['About the author', true, 0.4], [card, true, 0.7]]).at(-1)!.label).toBe('byline');
    expect(judged([...ARTICLE, ['References', true, 0.4], ['Smith, J. (2020). Libraries today.', true, 0.6]]).at(-1)!.label).toBe('other');
  });

  it('leaves a page that showed no boilerplate alone (clean-page), and an inline link between the last paragraphs', () => {
    expect(keptTail(judged([...ARTICLE, ['References', true, 0.4], ['Smith, J. (2020). Libraries today.', true, 0.6]], {headedAsArticle: true, cleanPage: true}))).toEqual([
      true,
      true,
    ]);
    const closing = 'The council meets again in March to set the budget.';
    expect(keptTail(judged([...ARTICLE, ['Read more: Library cuts loom', true, 0.7], [closing, true, 0.85]]))).toEqual([true, true]);
  });

  it('reads a dropped marker and end sections the lexicon does not mark', () => {
    expect(keptTail(judged([...ARTICLE, ['Related Stories', false, 0.1], ...TEASERS]))).toEqual([false, false, false, true]);
    const card = 'Jane Doe covers local government for the paper and has lived in the town for twenty years.';
    expect(keptTail(judged([...ARTICLE, ['About the author', false, 0.2], [card, true, 0.7]]))).toEqual([false, false]);
    expect(keptTail(judged([...ARTICLE, ['References', true, 0.4], ['Smith, J. (2020). Libraries today.', true, 0.6]]))).toEqual([false, false]);
  });

  it('leaves a page alone without a marker below its last sure paragraph, or with a comment button as the only one', () => {
    expect(keptTail(judged([...ARTICLE, ...TEASERS]))).toEqual([true, true, true]);
    const markerInside: Row[] = [...ARTICLE.slice(0, 5), ['Related Stories', false, 0.1], ...ARTICLE.slice(5), ...TEASERS];
    expect(keptOf(judged(markerInside)).slice(-3)).toEqual([true, true, true]);
    expect(keptTail(judged([...ARTICLE, ['Reply', false, 0.1], ...TEASERS]))).toEqual([false, true, true, true]);
  });

  it('fires only on a page that reads as an article: enough sure prose under a head such as an article has', () => {
    const page: Row[] = [...ARTICLE, ['Related Stories', false, 0.1], ...TEASERS];
    expect(keptTail(judged(page, {headedAsArticle: false}))).toEqual([false, true, true, true]);
    // HTML too, whose blocks carry their headings' levels, where the page shows boilerplate (a footer's link).
    const scraped: Row[] = [...page, ['Privacy policy', false, 0.01]];
    const headings = scraped.map(() => 0);
    expect(keptTail(judged(scraped, {headedAsArticle: true, headings}))).toEqual([false, false, false, true, false]);
    expect(keptTail(judged(page, {headedAsArticle: true, headings: page.map(() => 0)}))).toEqual([false, true, true, true]);
    const short: Row[] = [...ARTICLE.slice(0, 5), ['Related Stories', false, 0.1], ...TEASERS];
    expect(keptOf(judged(short)).slice(-3)).toEqual([true, true, true]);
  });
});

describe('article-end-marker on a clean Markdown article', () => {
  it('keeps its own notes after its paragraphs', () => {
    const paragraph = (i: number) =>
      `(${i}) Residents filled the hall to argue that the library still serves the town better than any plan to replace it, and the debate lasted nearly four hours before the final vote of seven to four.`;
    const markdown = [
      '# Council keeps the old library open',
      'By Jane Doe',
      ...Array.from({length: 12}, (_, i) => paragraph(i)),
      '## References',
      '- Smith, J. (2020). Libraries today.',
      '- Council minutes, 3 March 2025.',
      '## Notes',
      "The author sits on the library's board of friends.",
    ].join('\n\n');
    const doc = declutter(markdown, {format: 'markdown'});
    const notes = doc.blocks.slice(doc.blocks.findIndex((b) => b.text === 'References'));
    expect(notes.map((b) => b.text)).toHaveLength(5);
    expect(notes.filter((b) => !b.kept).map((b) => b.text)).toEqual([]);
  });
});
