import type {BlockDescription} from '../features/describe.js';
import {isWholeCue} from '../features/lexicon.js';
import type {Column} from '../types.js';
import {CONFIDENT} from './confident.js';
import {mapped} from '../arrays.js';

/** What the context stage's own columns read of a page: the block stage's scores, and sums over them made once. */
export interface ScoredPage {
  probabilities: readonly number[];
  descriptions: readonly BlockDescription[];
  /** Prefix sums of probability and of probability-weighted words, for the before/after figures. */
  prefix: Float64Array;
  massPrefix: Float64Array;
  totalMass: number;
  docMean: number;
  confidentShare: number;
  firstConfident: number;
  lastConfident: number;
}

const at = (page: ScoredPage, i: number) => (i >= 0 && i < page.probabilities.length ? page.probabilities[i]! : 0);

/** The highest score among the `reach` blocks on one side of block `i` (`step` -1 before it, 1 after it). */
function highest(page: ScoredPage, i: number, step: -1 | 1, reach: number): number {
  let most = 0;
  for (let k = 1; k <= reach; k++) most = Math.max(most, at(page, i + step * k));
  return most;
}

/**
 * Second-stage features: what the first stage thought of a block and of its neighbourhood. This is the learned half
 * of the context pass: a doubtful block between confident body blocks is pulled up, one in a run of junk pulled down.
 * Each column is defined once, name and value; a model lists the names in this order.
 */
export const STACK_COLUMNS: readonly Column<ScoredPage>[] = [
  {name: 'self', value: (page, i) => page.probabilities[i]!},
  {name: 'prev1', value: (page, i) => at(page, i - 1)},
  {name: 'prev2', value: (page, i) => at(page, i - 2)},
  {name: 'prev3', value: (page, i) => at(page, i - 3)},
  {name: 'next1', value: (page, i) => at(page, i + 1)},
  {name: 'next2', value: (page, i) => at(page, i + 2)},
  {name: 'next3', value: (page, i) => at(page, i + 3)},
  {name: 'maxPrev5', value: (page, i) => highest(page, i, -1, 5)},
  {name: 'maxNext5', value: (page, i) => highest(page, i, 1, 5)},
  {name: 'meanBefore', value: ({prefix}, i) => (i > 0 ? prefix[i]! / i : 0)},
  {
    name: 'meanAfter',
    value: ({prefix, probabilities}, i) => {
      const n = probabilities.length;
      return i < n - 1 ? (prefix[n]! - prefix[i + 1]!) / (n - 1 - i) : 0;
    },
  },
  {name: 'bodyMassBefore', value: ({massPrefix, totalMass}, i) => massPrefix[i]! / totalMass},
  {name: 'bodyMassAfter', value: ({massPrefix, totalMass, probabilities}, i) => (massPrefix[probabilities.length]! - massPrefix[i + 1]!) / totalMass},
  {name: 'logWords', value: ({descriptions}, i) => Math.log1p(descriptions[i]!.words) / 6},
  {name: 'endsWithTerminal', value: ({descriptions}, i) => (descriptions[i]!.endsWithTerminal ? 1 : 0)},
  {name: 'anyWholeCue', value: ({descriptions}, i) => (descriptions[i]!.cues.some(isWholeCue) ? 1 : 0)},
  {name: 'short', value: ({descriptions}, i) => (descriptions[i]!.words <= 10 ? 1 : 0)},
  // Document-wide figures: on a page that is mostly body (an article container) doubtful blocks lean to body.
  {name: 'docMean', value: (page) => page.docMean},
  {name: 'docConfidentWords', value: (page) => page.confidentShare},
  {name: 'beforeFirstConfident', value: ({firstConfident}, i) => (firstConfident >= 0 && i < firstConfident ? 1 : 0)},
  {name: 'afterLastConfident', value: ({lastConfident}, i) => (lastConfident >= 0 && i > lastConfident ? 1 : 0)},
];

export const STACK_FEATURE_NAMES: readonly string[] = STACK_COLUMNS.map((column) => column.name);

export function stackMatrix(probabilities: readonly number[], descriptions: readonly BlockDescription[]): number[][] {
  const page = scoredPage(probabilities, descriptions);
  return mapped(probabilities, (_, i) => mapped(STACK_COLUMNS, (column) => column.value(page, i)));
}

/** What `STACK_COLUMNS` read of a page: its scores and descriptions, and the sums over them, made once. */
export function scoredPage(probabilities: readonly number[], descriptions: readonly BlockDescription[]): ScoredPage {
  const n = probabilities.length;
  // Typed arrays of their length, where lists grown by push left a long document three times their size in garbage.
  const prefix = new Float64Array(n + 1);
  const massPrefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i]! + probabilities[i]!;
    massPrefix[i + 1] = massPrefix[i]! + probabilities[i]! * descriptions[i]!.words;
  }
  let confidentWords = 0;
  let totalWords = 0;
  probabilities.forEach((p, i) => {
    totalWords += descriptions[i]!.words;
    if (p >= CONFIDENT) confidentWords += descriptions[i]!.words;
  });
  return {
    probabilities,
    descriptions,
    prefix,
    massPrefix,
    totalMass: massPrefix[n]! || 1,
    docMean: n ? prefix[n]! / n : 0,
    confidentShare: totalWords ? confidentWords / totalWords : 0,
    firstConfident: probabilities.findIndex((p) => p >= CONFIDENT),
    lastConfident: probabilities.findLastIndex((p) => p >= CONFIDENT),
  };
}
