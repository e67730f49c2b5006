import type {BlockDescription} from '../features/describe.js';
import {CONFIDENT} from './confident.js';

/**
 * Second-stage features: what the first stage thought of a block and of its neighbourhood. This is the learned half
 * of the context pass: a doubtful block between confident body blocks is pulled up, one in a run of junk pulled down.
 */
export const STACK_FEATURE_NAMES: readonly string[] = [
  'self',
  'prev1',
  'prev2',
  'prev3',
  'next1',
  'next2',
  'next3',
  'maxPrev5',
  'maxNext5',
  'meanBefore',
  'meanAfter',
  'bodyMassBefore',
  'bodyMassAfter',
  'logWords',
  'endsWithTerminal',
  'anyWholeCue',
  'short',
  'docMean',
  'docConfidentWords',
  'beforeFirstConfident',
  'afterLastConfident',
];

export function stackMatrix(probabilities: readonly number[], descriptions: readonly BlockDescription[]): number[][] {
  const n = probabilities.length;
  // Prefix sums of probability and of probability-weighted words, for the before/after figures.
  const prefix = [0];
  const massPrefix = [0];
  for (let i = 0; i < n; i++) {
    prefix.push(prefix[i]! + probabilities[i]!);
    massPrefix.push(massPrefix[i]! + probabilities[i]! * descriptions[i]!.words);
  }
  const totalMass = massPrefix[n]! || 1;
  const at = (i: number) => (i >= 0 && i < n ? probabilities[i]! : 0);
  // Document-wide figures: on a page that is mostly body (an article container) doubtful blocks lean to body.
  const docMean = n ? prefix[n]! / n : 0;
  let confidentWords = 0;
  let totalWords = 0;
  probabilities.forEach((p, i) => {
    totalWords += descriptions[i]!.words;
    if (p >= CONFIDENT) confidentWords += descriptions[i]!.words;
  });
  const firstConfident = probabilities.findIndex((p) => p >= CONFIDENT);
  const lastConfident = probabilities.findLastIndex((p) => p >= CONFIDENT);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    let maxPrev = 0;
    let maxNext = 0;
    for (let k = 1; k <= 5; k++) {
      maxPrev = Math.max(maxPrev, at(i - k));
      maxNext = Math.max(maxNext, at(i + k));
    }
    const d = descriptions[i]!;
    rows.push([
      probabilities[i]!,
      at(i - 1),
      at(i - 2),
      at(i - 3),
      at(i + 1),
      at(i + 2),
      at(i + 3),
      maxPrev,
      maxNext,
      i > 0 ? prefix[i]! / i : 0,
      i < n - 1 ? (prefix[n]! - prefix[i + 1]!) / (n - 1 - i) : 0,
      massPrefix[i]! / totalMass,
      (massPrefix[n]! - massPrefix[i + 1]!) / totalMass,
      Math.log1p(d.words) / 6,
      d.endsWithTerminal ? 1 : 0,
      d.cues.some((cue) => cue.whole) ? 1 : 0,
      d.words <= 10 ? 1 : 0,
      docMean,
      totalWords ? confidentWords / totalWords : 0,
      firstConfident >= 0 && i < firstConfident ? 1 : 0,
      lastConfident >= 0 && i > lastConfident ? 1 : 0,
    ]);
  }
  return rows;
}
