import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {applyContext, CONTEXT_RULES, LOW_SCORE, type Verdict} from '../src/rules/index.js';
import {slugWords} from '../src/metadata/url-slug.js';
import {ABOVE_TITLE} from '../src/rules/learned-title.js';
import {slugTitle} from '../src/rules/slug-title.js';
import {declutter, toText} from '../src/index.js';

const HEADLINE = 'Council agrees new plan for the harbour bridge';
const BODY_1 = 'The city council voted on Tuesday to rebuild the harbour bridge, which has been closed to lorries since the spring.';
const BODY_2 = 'Work is to start next year and take three years, the council said, at a cost of some forty million pounds.';
const URL = 'https://news.example.com/2024/03/05/council-agrees-harbour-bridge-plan-123456.html';

/** A made-up page as the context rules see it: each block's text and whether the scorer kept it. */
function pageOf(rows: [text: string, kept: boolean][]) {
  const stopwords = stopwordsFor('eng');
  const texts = rows.map(([text]) => text);
  const verdicts: Verdict[] = rows.map(([, kept]) => ({kept, label: kept ? 'body' : 'other', score: kept ? 0.9 : 0.1, reasons: kept ? [] : [LOW_SCORE]}));
  return {texts, verdicts, descriptions: texts.map((text) => describeBlock(text, stopwords))};
}

function run(rows: [string, boolean][], url: string, options: {cleanPage?: boolean; headings?: number[]} = {}) {
  const page = pageOf(rows);
  applyContext(page.verdicts, page.descriptions, {rules: [slugTitle], texts: page.texts, slug: slugWords(url), ...options});
  return page.verdicts;
}

describe('slug-title', () => {
  it('runs after the title scorer, before the guess of a model without one', () => {
    const names = CONTEXT_RULES.map((rule) => rule.name);
    expect(names.indexOf('slug-title')).toBe(names.indexOf('learned-title') + 1);
    expect(names.indexOf('title-before-body')).toBe(names.indexOf('slug-title') + 1);
  });

  it('takes the block above the body that says the address’s slug for the title, though the scorer dropped it', () => {
    const verdicts = run([['Menu', false], ['Local news', false], [HEADLINE, false], ['By Jane Smith', false], [BODY_1, true], [BODY_2, true]], URL);
    expect(verdicts.map((v) => v.label)).toEqual(['other', 'other', 'title', 'other', 'body', 'body']);
    expect(verdicts[2]!.kept).toBe(true);
    expect(verdicts[2]!.reasons[0]).toBe('slug-title');
  });

  it('looks further up than the title scorer, whose reach ends 40 blocks above the first kept block', () => {
    const menu: [string, boolean][] = Array.from({length: 60}, (_, i) => [`Section ${i + 1}`, false]);
    const verdicts = run([[HEADLINE, false], ...menu, [BODY_1, true], [BODY_2, true]], URL);
    expect(verdicts[0]!.label).toBe('title');
  });

  it('prefers the headline to a longer line that also says the slug', () => {
    const teaser = `Read more: ${HEADLINE}, and what it costs the city over the next three years`;
    const verdicts = run([[teaser, false], [HEADLINE, false], [BODY_1, true], [BODY_2, true]], URL);
    expect(verdicts.map((v) => v.label)).toEqual(['other', 'title', 'body', 'body']);
  });

  it('names nothing where no line says most of the slug, or the slug is too short to tell', () => {
    const rows: [string, boolean][] = [['Menu', false], [HEADLINE, false], [BODY_1, true], [BODY_2, true]];
    expect(run(rows, 'https://news.example.com/sport/cup-final-result-report').some((v) => v.label === 'title')).toBe(false);
    expect(run(rows, 'https://news.example.com/harbour-bridge').some((v) => v.label === 'title')).toBe(false);
    expect(run(rows, 'https://news.example.com/2024/03/05/').some((v) => v.label === 'title')).toBe(false);
  });

  it('drops kept lines of the page head above the headline, but not on a page already clean', () => {
    const rows: [string, boolean][] = [['Local news', true], [HEADLINE, false], [BODY_1, true], [BODY_2, true]];
    const scraped = run(rows, URL);
    expect(scraped.map((v) => [v.kept, v.label])).toEqual([[false, 'other'], [true, 'title'], [true, 'body'], [true, 'body']]);
    expect(scraped[0]!.reasons[0]).toBe(ABOVE_TITLE);
    expect(run(rows, URL, {cleanPage: true}).map((v) => v.kept)).toEqual([true, false, true, true]);
  });

  it('looks down to the first sure paragraph, past the title scorer\'s candidates under a stray kept block', () => {
    // A kept promotion far above the article: the title scorer's candidates end at it, and the headline lies below.
    const promotion = 'Subscribe today and save forty percent on a year of unlimited access to every story we publish.';
    const menu: [string, boolean][] = Array.from({length: 12}, (_, i) => [`Section ${i + 1}`, false]);
    const rows: [string, boolean][] = [[promotion, true], ...menu, [HEADLINE, false], [BODY_1, true], [BODY_2, true]];
    const page = pageOf(rows);
    page.verdicts[0]!.score = 0.6;
    applyContext(page.verdicts, page.descriptions, {rules: [slugTitle], texts: page.texts, slug: slugWords(URL)});
    const headline = rows.length - 3;
    expect(page.verdicts[headline]!.label).toBe('title');
    expect(page.verdicts[headline]!.reasons[0]).toBe('slug-title');
    expect(page.verdicts[0]!.kept).toBe(false);
    expect(page.verdicts[0]!.reasons[0]).toBe(ABOVE_TITLE);
    // Not where the kept lines above outweigh what is kept below: a listing's items, not a page head.
    const items: [string, boolean][] = Array.from({length: 4}, (_, i) => [`${promotion} Offer ${i + 1}.`, true]);
    const listing = pageOf([...items, ...menu, [HEADLINE, false], [BODY_1, true], [BODY_2, true]]);
    listing.verdicts.slice(0, items.length).forEach((v) => (v.score = 0.6));
    applyContext(listing.verdicts, listing.descriptions, {rules: [slugTitle], texts: listing.texts, slug: slugWords(URL)});
    expect(listing.verdicts.some((v) => v.label === 'title')).toBe(false);
    expect(listing.verdicts.slice(0, items.length).every((v) => v.kept)).toBe(true);
    // The first sure paragraph is the article's: nothing below it is taken.
    const below = run([['Menu', false], [BODY_1, true], [HEADLINE, false], [BODY_2, true]], URL);
    expect(below.some((v) => v.label === 'title')).toBe(false);
  });

  it('looks no lower than the title scorer\'s candidates on HTML: a listing\'s teasers above a teaser headline that says the slug stay', () => {
    // A listing without an <h1>: its teasers (a heading over a lede each), the third one's headline saying the slug.
    const lede = (n: number) => `The ${n}th story in the list runs to a few sentences, which the scorer keeps without being sure of them, as a teaser's lede.`;
    const teaser = (headline: string, n: number): [string, boolean][] => [[headline, false], [lede(n), true], ['Share', false], ['example.com', false], ['website', false]];
    const above = ['Ten ways the city could spend its budget', 'Ferries to run later on weekends from June'];
    const below = ['Museum reopens after a two-year refit', 'Night buses return to the coast road', 'Harbour festival moves to the autumn'];
    const rows: [string, boolean][] = [
      ...above.flatMap((text, n) => teaser(text, n + 1)),
      [HEADLINE, false], [BODY_1, true], [BODY_2, true],
      ...below.flatMap((text, n) => teaser(text, n + 3)),
    ];
    const page = pageOf(rows);
    page.verdicts.forEach((v, i) => v.kept && rows[i]![0].startsWith('The ') && (v.score = 0.6));
    // Each teaser's headline, and the one that says the slug, in an <h2>.
    const headings = rows.map(([text]) => ([...above, HEADLINE, ...below].includes(text) ? 2 : 0));
    const headline = rows.findIndex(([text]) => text === HEADLINE);
    const asText = pageOf(rows);
    asText.verdicts.forEach((v, i) => (v.score = page.verdicts[i]!.score));
    applyContext(asText.verdicts, asText.descriptions, {rules: [slugTitle], texts: asText.texts, slug: slugWords(URL)});
    expect(asText.verdicts[headline]!.label).toBe('title');
    applyContext(page.verdicts, page.descriptions, {rules: [slugTitle], texts: page.texts, slug: slugWords(URL), headings});
    expect(page.verdicts.some((v) => v.label === 'title')).toBe(false);
    expect(page.verdicts.filter((v, i) => rows[i]![1]).every((v) => v.kept)).toBe(true);
  });

  it('takes no line that ends on a full stop: a sentence that says the slug is no headline', () => {
    const sentence = 'Council agrees new plan for the harbour bridge.';
    const rows: [string, boolean][] = [['Menu', false], [sentence, false], [BODY_1, true], [BODY_2, true]];
    expect(run(rows, URL).some((v) => v.label === 'title')).toBe(false);
    const asked: [string, boolean][] = [['Menu', false], ['Council agrees new plan for the harbour bridge?', false], [BODY_1, true], [BODY_2, true]];
    expect(run(asked, URL)[1]!.label).toBe('title');
  });

  it('takes a headline that ends on an abbreviation’s dot, which ends no sentence: “the U.S.”, “Inc.”', () => {
    const url = 'https://news.example.com/2024/03/05/harbour-bridge-plan-agreed-in-the-us';
    const initials: [string, boolean][] = [['Menu', false], ['Harbour bridge plan agreed in the U.S.', false], [BODY_1, true], [BODY_2, true]];
    expect(run(initials, url)[1]!.label).toBe('title');
    const firm: [string, boolean][] = [['Menu', false], ['Harbour bridge plan agreed by Acme Inc.', false], [BODY_1, true], [BODY_2, true]];
    expect(run(firm, 'https://news.example.com/harbour-bridge-plan-agreed-by-acme')[1]!.label).toBe('title');
  });

  it('stands aside where the page named its title (an <h1>), and never takes the last kept block', () => {
    const named = run([[HEADLINE, false], ['The harbour bridge plan', false], [BODY_1, true]], URL, {headings: [0, 1, 0]});
    expect(named.some((v) => v.reasons.includes('slug-title'))).toBe(false);
    expect(run([['Menu', false], [HEADLINE, true]], URL).some((v) => v.label === 'title')).toBe(false);
  });

  it('gives declutter a title from the url option where the text alone names none; the same blocks are kept', () => {
    const text = ['Home', 'Local news', HEADLINE, BODY_1, BODY_2, 'Share this article'].join('\n\n');
    const without = declutter(text);
    const withUrl = declutter(text, {url: URL});
    expect(withUrl.title).toBe(HEADLINE);
    expect(toText(withUrl).startsWith(`${HEADLINE}\n\n`)).toBe(true);
    expect(without.title).not.toBe(HEADLINE);
    expect(withUrl.blocks.map((block) => block.kept)).toEqual(without.blocks.map((block) => block.kept));
    expect(declutter(text, {url: 'https://news.example.com/2024/03/05/'}).title).toBe(without.title);
  });
});
