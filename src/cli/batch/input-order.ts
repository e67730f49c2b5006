/**
 * What a batch says of each input, said in the inputs' order whatever order their work ends in (worker threads finish
 * files out of order, and so do failing writes): a run's messages read as the walk found the files, as cleaning them
 * to stdout reads. A place's words wait for those of every place before it.
 */
export class InputOrder {
  #next = 0;
  readonly #held = new Map<number, (() => void) | undefined>();

  /** What to say of the input at `place` (nothing, with no words), said once every place before it has been. */
  settle(place: number, say?: () => void): void {
    this.#held.set(place, say);
    while (this.#held.has(this.#next)) {
      const words = this.#held.get(this.#next);
      this.#held.delete(this.#next++);
      words?.();
    }
  }

  /** Say what is held, in order, past the places that never settled: a run that stops early leaves nothing unsaid. */
  flush(): void {
    for (const place of [...this.#held.keys()].sort((a, b) => a - b)) this.#held.get(place)?.();
    this.#held.clear();
  }
}

/**
 * The place of each of `fileCount` files and of each remark among them (a path the walk cannot clean, a folder with no
 * file to clean), in the walk's order: a remark made after `at` files goes before the file found next.
 */
export function walkPlaces(fileCount: number, remarksAt: readonly number[]): {files: number[]; remarks: number[]} {
  const files: number[] = [];
  let before = 0;
  for (let file = 0; file < fileCount; file++) {
    while (before < remarksAt.length && remarksAt[before]! <= file) before++;
    files.push(file + before);
  }
  return {files, remarks: remarksAt.map((at, index) => at + index)};
}
