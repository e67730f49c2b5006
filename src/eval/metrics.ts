/**
 * Per-page figures as ../shared/corpus/README.md defines them and ../shared/tools/score.py computes them. Pure.
 */
import {pythonWords, sameTitle} from '../text/words.js';

/** Precision, recall and their harmonic mean for one page. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Shingle precision and recall for one page (F1 is taken over the averages, not per page). */
export interface PR {
  precision: number;
  recall: number;
}

/** Snippet outcomes for one page: `with` found (tp) or missed (fn), `without` found (fp) or absent (tn). */
export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

// What Python's str.split() splits on (str.isspace()): JavaScript's \s lacks \x1c-\x1f and \x85 and adds \ufeff.
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const SHINGLE_SIZE = 4;

/** The `\w+` tokens of a text, case kept: the words every figure counts. */
export const tokens = pythonWords;

/** Bag-of-words P/R/F1 of lowercased tokens (the WCXB metric). Gold without tokens: 1 if nothing was extracted, else 0. */
export function wordScore(extracted: string, gold: string): PRF {
  const found = countAll(tokens(extracted.toLowerCase()));
  const wanted = countAll(tokens(gold.toLowerCase()));
  if (wanted.size === 0) return found.size === 0 ? prf(1, 1) : prf(0, 0);
  if (found.size === 0) return prf(0, 0);
  const overlap = overlapSize(found, wanted);
  return prf(overlap / total(found), overlap / total(wanted));
}

/**
 * 4-token shingle P/R, case kept (the ScrapingHub AEB metric). A text of fewer than 4 tokens is one short shingle,
 * and a text of none is one empty shingle, exactly as score.py counts them.
 */
export function shingleScore(extracted: string, gold: string): PR {
  const found = shingles(tokens(extracted));
  const wanted = shingles(tokens(gold));
  const tp = overlapSize(found, wanted);
  const fp = total(found) - tp;
  const fn = total(wanted) - tp;
  // Scaling tp, fp, fn to sum to 1 per page (as the benchmark does) leaves these ratios unchanged.
  const precision = tp + fp ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {precision, recall};
}

/** Which gold snippets the extraction contains, whitespace folded and lowercased (the trafilatura metric). */
export function snippetCounts(extracted: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetCounts {
  const haystack = foldWhitespace(extracted).toLowerCase();
  const contains = (snippet: string) => haystack.includes(foldWhitespace(snippet).toLowerCase());
  const found = withSnippets.filter(contains).length;
  const leaked = withoutSnippets.filter(contains).length;
  return {tp: found, fn: withSnippets.length - found, fp: leaked, tn: withoutSnippets.length - leaked};
}

/** Python's `" ".join(s.split())`: runs of whitespace to one space, none at the ends. */
export function foldWhitespace(text: string): string {
  return text
    .split(PYTHON_WHITESPACE)
    .filter((word) => word !== '')
    .join(' ');
}

export {sameTitle};

/** Harmonic mean, 0 when both are 0. */
export function harmonicMean(a: number, b: number): number {
  return a + b ? (2 * a * b) / (a + b) : 0;
}

function prf(precision: number, recall: number): PRF {
  return {precision, recall, f1: harmonicMean(precision, recall)};
}

function shingles(words: readonly string[]): Map<string, number> {
  const count = Math.max(1, words.length - SHINGLE_SIZE + 1);
  const keys: string[] = [];
  // \0 never occurs in a token, so joined keys are as distinct as the tuples score.py counts.
  for (let i = 0; i < count; i++) keys.push(words.slice(i, i + SHINGLE_SIZE).join('\0'));
  return countAll(keys);
}

function countAll(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Size of the multiset intersection. */
function overlapSize(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let overlap = 0;
  for (const [item, count] of a) overlap += Math.min(count, b.get(item) ?? 0);
  return overlap;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
