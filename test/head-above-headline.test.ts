import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {applyContext, LOW_SCORE, type Verdict} from '../src/rules/index.js';
import {ABOVE_HEADLINE} from '../src/rules/head-above-headline.js';
import type {LogisticStage} from '../src/score/logistic.js';
import {TITLE_FEATURE_NAMES, type TitleScorer} from '../src/score/title.js';

const HEADLINE = 'NATO head says differences with Russia over Ukraine are hard to bridge';
const BODY = [
  'The differences between Russia and NATO over Ukraine will be difficult to bridge, the head of the alliance said on Wednesday.',
  'Stoltenberg said any use of force against Ukraine would be a serious political mistake for Russia, and that NATO stands ready.',
  'The alliance and Russia met in Brussels for the first talks of their council in more than two years, which lasted four hours.',
];
const PROMO = 'Subscribe today and save on every issue of the magazine, delivered to your door each month.';

/** A page as the context rules see it: each block's text, whether the scorer kept it and its score. */
function pageOf(rows: [text: string, kept: boolean, score: number][]) {
  const stopwords = stopwordsFor('eng');
  const texts = rows.map(([text]) => text);
  const verdicts: Verdict[] = rows.map(([, kept, score]) => ({kept, label: kept ? 'body' : 'other', score, reasons: kept ? [] : [LOW_SCORE]}));
  return {texts, verdicts, descriptions: texts.map((text) => describeBlock(text, stopwords))};
}

/** A title scorer that rates a candidate by the share of its words the body below uses, sure from `threshold`. */
function scorerOnSharedWords(threshold: number): TitleScorer {
  const width = TITLE_FEATURE_NAMES.length;
  const stage: LogisticStage = {
    kind: 'logistic',
    mean: new Array(width).fill(0),
    scale: new Array(width).fill(1),
    weights: TITLE_FEATURE_NAMES.map((name) => (name === 'sharedWithBody' ? 4 : 0)),
    bias: 0,
  };
  return {features: [...TITLE_FEATURE_NAMES], stage, threshold};
}

// A promotion kept above the page head: the title scorer's candidates stop at its paragraph, far above the headline.
const HEAD: [string, boolean, number][] = [
  ['Menu', false, 0.02],
  ['Our offers', true, 0.6],
  [PROMO, true, 0.7],
  ['World', false, 0.3],
  [HEADLINE, false, 0.4],
];
const ARTICLE: [string, boolean, number][] = BODY.map((text) => [text, true, 0.97]);

function judged(rows: [string, boolean, number][], threshold: number, cleanPage = false) {
  const page = pageOf(rows);
  applyContext(page.verdicts, page.descriptions, {texts: page.texts, titleScorer: scorerOnSharedWords(threshold), cleanPage});
  return page.verdicts;
}

describe('the page head above the headline of the first sure paragraph', () => {
  it('is dropped where the title scorer named no title, and the headline is not named one', () => {
    const verdicts = judged([...HEAD, ...ARTICLE], 0.9);
    expect(verdicts.map((v) => v.kept)).toEqual([false, false, false, false, false, true, true, true]);
    expect(verdicts[1]!.reasons[0]).toBe(ABOVE_HEADLINE);
    expect(verdicts[2]!.reasons[0]).toBe(ABOVE_HEADLINE);
    expect(verdicts.some((v) => v.label === 'title')).toBe(false);
  });

  it('stays where the title scorer is not as sure of that headline as of a title', () => {
    const verdicts = judged([...HEAD, ...ARTICLE], 0.99);
    expect(verdicts.slice(1, 3).map((v) => v.kept)).toEqual([true, true]);
    expect(verdicts.some((v) => v.reasons.includes(ABOVE_HEADLINE))).toBe(false);
  });

  it('stays where it weighs more than half of what is kept below the headline (a listing’s items above its first long one)', () => {
    const items: [string, boolean, number][] = Array.from({length: 4}, (_, k) => [`${PROMO} Item ${k + 1}.`, true, 0.7]);
    const verdicts = judged([...HEAD.slice(0, 2), ...items, ...HEAD.slice(2), ...ARTICLE], 0.9);
    expect(verdicts.some((v) => v.reasons.includes(ABOVE_HEADLINE))).toBe(false);
    expect(verdicts.slice(1, 6).every((v) => v.kept)).toBe(true);
  });

  it('stays on a page already clean', () => {
    const verdicts = judged([...HEAD, ...ARTICLE], 0.9, true);
    expect(verdicts.slice(1, 3).map((v) => v.kept)).toEqual([true, true]);
  });

  it('keeps the kept lines that run into the headline (a lede, a byline), and drops the page head above a removed line', () => {
    const lede = 'Nobody expected much of the day.';
    const verdicts = judged([...HEAD.slice(0, 4), [lede, true, 0.7], HEAD[4]!, ...ARTICLE], 0.9);
    expect(verdicts.slice(1, 3).map((v) => v.reasons[0])).toEqual([ABOVE_HEADLINE, ABOVE_HEADLINE]);
    expect(verdicts[4]!.kept).toBe(true);
    expect(verdicts[4]!.reasons).not.toContain(ABOVE_HEADLINE);
  });

  it('stays where the headline is a line the page says again and again (a caption over each photo)', () => {
    const captions: [string, boolean, number][] = [[HEADLINE, false, 0.2], [HEADLINE, false, 0.2]];
    const verdicts = judged([...HEAD, ...ARTICLE, ...captions], 0.9);
    expect(verdicts.slice(1, 3).map((v) => v.kept)).toEqual([true, true]);
    expect(verdicts.some((v) => v.reasons.includes(ABOVE_HEADLINE))).toBe(false);
  });
});
