/**
 * A set of words that answers for a span of a string, `has(text, start, end)` being `set.has(text.slice(start, end))`
 * without making the slice: the block scan looks up every word of every block among the stopwords, and slicing each
 * word out (a new string, hashed anew) cost more than the rest of its work on the word.
 */
export class WordSet {
  /** Open addressing: each word at the first free slot from its hash. */
  private readonly slots: (string | undefined)[];
  private readonly mask: number;
  private readonly longest: number;

  constructor(words: Iterable<string>) {
    const unique = [...new Set(words)];
    let size = 8;
    while (size < unique.length * 2) size *= 2;
    this.slots = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.longest = Math.max(0, ...unique.map((word) => word.length));
    for (const word of unique) {
      let slot = spanHash(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.slots[slot] = word;
    }
  }

  has(text: string, start: number, end: number): boolean {
    return this.find(text, start, end) !== undefined;
  }

  /** The word of the set that `text.slice(start, end)` is, or undefined: the set's own string, so no slice is made. */
  find(text: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length > this.longest) return undefined;
    for (let slot = spanHash(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.slots[slot];
      if (word === undefined) return undefined;
      if (word.length === length && text.startsWith(word, start)) return word;
    }
  }
}

function spanHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}
