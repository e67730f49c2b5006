/**
 * The runs of a text that hold its body. An article is mostly one contiguous run of blocks with some junk inside it;
 * the page's menus, teasers and comments stand before and after it. Each block gives `words × (score − cut)`: the
 * body's span is the run whose evidence sums highest (Kadane's maximum-sum subarray), and a page of several bodies
 * (a forum's posts between their authors' panels, a listing's items) keeps each further run whose evidence is at
 * least `share` of the best one's.
 */
export function bodySpans(evidence: ArrayLike<number>, share: number): Span[] {
  // One array for every page, none found or some: an empty literal of its own would be of another kind.
  const spans: Span[] = [];
  const best = bestSpan(evidence, 0, evidence.length);
  if (!best) return spans;
  // The runs left and right of each span found are searched again, best first: few spans, so a stack is enough.
  const pending: [number, number][] = [];
  spans.push(best);
  pending.push([0, best.start], [best.end, evidence.length]);
  while (pending.length && spans.length < MAX_SPANS) {
    const [from, to] = pending.pop()!;
    const span = bestSpan(evidence, from, to);
    if (!span || span.evidence < share * best.evidence) continue;
    spans.push(span);
    pending.push([from, span.start], [span.end, to]);
  }
  return spans.sort((a, b) => a.start - b.start);
}

// Each further span costs a pass over what is left of the page: a bound keeps a page of a million alternating lines
// linear. A page of more runs than this, each half as strong as its best, has no one body to find anyway.
const MAX_SPANS = 64;

/** Blocks `start` to `end - 1`, and the evidence they sum to. */
export interface Span {
  start: number;
  end: number;
  evidence: number;
}

/** The run of `evidence[from..to)` with the highest positive sum, or undefined where no block is positive. */
function bestSpan(evidence: ArrayLike<number>, from: number, to: number): Span | undefined {
  let best: Span | undefined;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += evidence[i]!;
    if (sum > 0 && (!best || sum > best.evidence)) best = {start, end: i + 1, evidence: sum};
  }
  return best;
}

/**
 * How many blocks each of `n` blocks stands outside the nearest span: 0 inside one, Infinity where there is none,
 * written into `distances`: a list of its length by default, or a byte a block, each distance clamped at 255, for a
 * caller that asks only whether a block stands within a few blocks of a span. One pass: the spans are in order and do
 * not overlap.
 */
export function spanDistances(spans: readonly Span[], n: number): number[];
export function spanDistances(spans: readonly Span[], n: number, distances: Uint8ClampedArray): Uint8ClampedArray;
export function spanDistances(spans: readonly Span[], n: number, distances: number[] | Uint8ClampedArray = new Array<number>(n)): number[] | Uint8ClampedArray {
  // A list of its length, where one grown by push left a long document three times its size in garbage.
  let next = 0;
  for (let i = 0; i < n; i++) {
    while (next < spans.length && spans[next]!.end <= i) next++;
    const after = spans[next];
    const before = spans[next - 1];
    distances[i] = Math.min(after ? Math.max(0, after.start - i) : Infinity, before ? i - before.end + 1 : Infinity);
  }
  return distances;
}
