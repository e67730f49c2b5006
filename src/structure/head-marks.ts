import type {BlockDescription} from '../features/describe.js';
import type {BoilerplateLabel} from '../types.js';
import {mainSpan, type Span} from './body-spans.js';

/** Bylines and datelines on a page, as the context stage reads them. */
export interface HeadMarks {
  isByline: readonly boolean[];
  isDateline: readonly boolean[];
  /** For each block, how many blocks below the nearest byline at or above it in the body's head (Infinity: none). */
  belowByline: readonly number[];
  belowDateline: readonly number[];
}

// The head of the body: a few blocks before the main span starts (a byline the scorer rates as junk stands just
// outside it) to a few blocks into it (the headline, dek and photo caption stand between it and the byline).
const HEAD_BEFORE = 3;
const HEAD_INTO = 5;

/**
 * Where the article's byline and dateline stand: an author line or a published time marks the top of the article's
 * body, so that what lies above them is the page head and what lies below is the article. Only marks in the head of
 * the main body span count: a byline further down is a teaser's or a comment's.
 */
export function headMarks(descriptions: readonly BlockDescription[], spans: readonly Span[]): HeadMarks {
  const isByline = descriptions.map((d) => hasCue(d, 'byline'));
  const isDateline = descriptions.map((d) => hasCue(d, 'dateline'));
  const main = mainSpan(spans);
  const from = main ? Math.max(0, main.start - HEAD_BEFORE) : 0;
  const to = main ? Math.min(descriptions.length, main.start + HEAD_INTO) : 0;
  return {isByline, isDateline, belowByline: distancesBelow(isByline, from, to), belowDateline: distancesBelow(isDateline, from, to)};
}

function hasCue(d: BlockDescription, label: BoilerplateLabel): boolean {
  return d.cues.some((cue) => cue.label === label);
}

/** Each block's distance below the last marked block of `[from, to)` at or above it. */
function distancesBelow(marked: readonly boolean[], from: number, to: number): number[] {
  let last = -1;
  return marked.map((isMark, i) => {
    if (isMark && i >= from && i < to) last = i;
    return last === -1 ? Infinity : i - last;
  });
}
