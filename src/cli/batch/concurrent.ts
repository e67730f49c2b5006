/**
 * Run `work` on every item, at most `limit` at a time, in item order; stops taking new items once `signal` aborts.
 * Bounded so that a batch of a million files holds a few tasks in memory, not a million.
 */
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (!signal.aborted && next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, lane));
}
