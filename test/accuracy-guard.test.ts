import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {Corpus, type Rendering} from '../src/learn/corpus.js';
import {scorePage, summarize, wordFor, ALL_PAGES} from '../src/eval/aggregate.js';
import {declutterMethod, loadGold} from '../src/eval/run.js';
import {findSharedRoot} from './helpers/shared.js';

// Floors on declutter's mean word F1 (title and body, as the text format prints) over the sample below. Each was set
// 0.02 under the figure measured with the bundled model of 2026-11-28 (boosted trees in both stages, cut halfway
// between seen values, trained on wcxb-dev train ids, per-page thresholds: paras 0.917, region 0.954; html, the pages
// as fetched, read by the HTML reader and scored by the HTML scorer with markup features, 0.954): a change that costs
// more than that, to the scorer or to the HTML reader, fails here. Raise them when a retrained model measures higher.
// The model retrained with snippet blocks weighed up measures paras 0.914, region 0.954, html 0.949; the one with table
// rows labelled and the repeated lines around a block (2026-11-28, later) paras 0.919, region 0.957, html 0.947; the
// one with the word table (2026-11-28, night) paras 0.919, region 0.955, html 0.949, titles right 0.525, wrong 0.125;
// the one with the table of 2^20 slots (2026-11-28, ninth session) paras 0.921, region 0.957, html 0.949, titles right
// 0.45 (at its floor: three pages fewer named right, two fewer wrong), wrong 0.075. With the rule `repeated-text`
// (tenth session) paras 0.917, region 0.951, html 0.943: this sample holds two pages whose gold keeps a line each time
// it recurs (a travel page's terms under every offer, a label over every tool of a list), which the rule keeps once;
// on all val pages, and in cross-validation, it gains (docs/learning.md). With `below-body` too: paras 0.922, region
// 0.951, html 0.950.
const FLOOR_PARAS = 0.899;
const FLOOR_REGION = 0.937;
const FLOOR_HTML = 0.934;
// Titles on the paras sample with the title scorer: the gold's on 0.525 of pages, a wrong one on 0.20, then 0.15 (the
// rule before it, title-before-body, named a wrong title on about half of all pages). Two or three pages of slack each
// way.
const TITLES_RIGHT_FLOOR = 0.45;
const TITLES_WRONG_CEILING = 0.25;

/** The first 40 val pages of wcxb-dev that have a gold body, in id order: small enough to run with every test. */
const SAMPLE = 40;

const shared = findSharedRoot();

describe.skipIf(!shared)('accuracy guard: word F1 on a fixed sample of wcxb-dev val pages', () => {
  const corpus = shared ? new Corpus(join(shared, 'corpus', 'wcxb-dev')) : undefined;
  const pages = corpus ? loadGold(corpus, 'val').filter((page) => page.mainContent).slice(0, SAMPLE) : [];
  const method = declutterMethod({declutter: {}, title: true});

  const cases: [Rendering, number][] = [
    ['paras', FLOOR_PARAS],
    ['region', FLOOR_REGION],
    ['html', FLOOR_HTML],
  ];
  for (const [rendering, floor] of cases) {
    it(`${rendering}: at least ${floor}`, () => {
      const scores = pages.map((gold) => scorePage(method.extract(corpus!.text(gold.id, rendering) ?? ''), gold));
      const word = wordFor(summarize(scores), ALL_PAGES)!;
      expect(word.pages).toBe(SAMPLE);
      expect(word.f1).toBeGreaterThanOrEqual(floor);
    });
  }

  it(`paras titles: the gold's on at least ${TITLES_RIGHT_FLOOR} of pages, a wrong one on at most ${TITLES_WRONG_CEILING}`, () => {
    const scores = pages.map((gold) => {
      const {text, title} = method.extractWithTitle!(corpus!.text(gold.id, 'paras') ?? '');
      return scorePage(text, gold, title);
    });
    const titles = summarize(scores).title!;
    expect(titles.pages).toBe(SAMPLE);
    expect(titles.correct).toBeGreaterThanOrEqual(TITLES_RIGHT_FLOOR);
    expect(titles.found - titles.correct).toBeLessThanOrEqual(TITLES_WRONG_CEILING);
  });
});
