/**
 * Run `work` on every item, at most `limit` at a time, in item order; stops taking new items once `signal` aborts.
 * Bounded so that a batch of a million files holds a few tasks in memory, not a million. Once `signal` aborts, the
 * items under way get `graceMs` to finish: a write that never settles (a hung file system) cannot hold the run.
 */
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>,
  graceMs = 300,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (!signal.aborted && next < items.length) await work(items[next++]!);
  };
  const all = Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, lane));
  let timer: NodeJS.Timeout | undefined;
  // The executor runs at once, so startGrace is set before anything calls it.
  let startGrace!: () => void;
  const graceOver = new Promise<void>((resolve) => {
    startGrace = () => (timer = setTimeout(resolve, graceMs));
  });
  if (signal.aborted) startGrace();
  else signal.addEventListener('abort', startGrace, {once: true});
  try {
    await Promise.race([all, graceOver]);
  } finally {
    signal.removeEventListener('abort', startGrace);
    clearTimeout(timer);
  }
}
