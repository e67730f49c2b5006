/**
 * A keep threshold for one page, from the spread of its own scores (Otsu's method): on a page of body and junk the
 * scores fall in two heaps, and the cut that best separates them beats one threshold for every page in
 * cross-validation on the train ids (docs/learning.md, Shipped the same way).
 */

// The cuts considered, around the model's own threshold.
const LOWEST = 0.15;
const HIGHEST = 0.6;
const STEP = 0.05;

/**
 * The threshold for a page: the cut between `LOWEST` and `HIGHEST` that maximises the between-class variance of
 * the block scores, each block weighted by log(1 + words); `fallback` (the model's threshold) where cuts tie or
 * there is nothing to separate, and for a page whose mean score is at or above it. Such a page is mostly body (an
 * article's container): it has no heap of junk to find, and a cut there would split the body itself (cutting such
 * pages cost the region rendering in cross-validation).
 */
export function pageThreshold(scores: readonly number[], words: ArrayLike<number>, fallback: number): number {
  // Summed in a loop: sums that a callback adds to are boxed, garbage a long document makes in the old generation.
  let total = 0;
  let mass = 0;
  for (let i = 0; i < scores.length; i++) {
    const weight = weightOf(words[i]!);
    total += weight;
    mass += weight * scores[i]!;
  }
  if (total === 0 || mass / total >= fallback) return fallback;
  let best = fallback;
  let bestSpread = betweenClassVariance(scores, words, fallback);
  for (let cut = LOWEST; cut <= HIGHEST + 1e-9; cut += STEP) {
    const threshold = Math.round(cut * 100) / 100;
    const spread = betweenClassVariance(scores, words, threshold);
    const nearer = Math.abs(threshold - fallback) < Math.abs(best - fallback);
    if (spread > bestSpread + 1e-12 || (Math.abs(spread - bestSpread) <= 1e-12 && nearer)) {
      best = threshold;
      bestSpread = spread;
    }
  }
  return best;
}

/** Otsu's criterion for a cut: weight below times weight above times the squared gap of their mean scores. */
function betweenClassVariance(scores: readonly number[], words: ArrayLike<number>, cut: number): number {
  let below = 0;
  let above = 0;
  let sumBelow = 0;
  let sumAbove = 0;
  // A loop, not forEach: sums that a callback adds to are boxed, a new number for every block at every cut.
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    const w = weightOf(words[i]!);
    if (score >= cut) {
      above += w;
      sumAbove += w * score;
    } else {
      below += w;
      sumBelow += w * score;
    }
  }
  if (below === 0 || above === 0) return 0;
  return below * above * (sumAbove / above - sumBelow / below) ** 2;
}

// A block's weight, log(1 + words), worked out once for the word counts most blocks have: the cuts read each block's
// weight a dozen times, and a list of the page's weights took 8 bytes a block. Counts are whole numbers.
const SMALL_COUNTS = 1024;
const LOG1P_OF_COUNT = Float64Array.from({length: SMALL_COUNTS}, (_, words) => Math.log1p(words));

function weightOf(words: number): number {
  return words < SMALL_COUNTS ? LOG1P_OF_COUNT[words]! : Math.log1p(words);
}
