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
  /** A bit for each word's length, first and last code unit (`shapeBit`): most spans that are no word of the set miss. */
  private readonly shapes = new Int32Array(SHAPE_BITS / 32);

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
      if (word.length > 0) {
        const bit = shapeBit(word, 0, word.length);
        this.shapes[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }

  has(text: string, start: number, end: number): boolean {
    return this.find(text, start, end) !== undefined;
  }

  /** The word of the set that `text.slice(start, end)` is, or undefined: the set's own string, so no slice is made. */
  find(text: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length > this.longest) return undefined;
    if (length > 0) {
      const bit = shapeBit(text, start, end);
      if ((this.shapes[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
    }
    for (let slot = spanHash(text, start, end) & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.slots[slot];
      if (word === undefined) return undefined;
      if (word.length === length && text.startsWith(word, start)) return word;
    }
  }
}

const SHAPE_BITS = 4096;

/** The bit of a non-empty span's shape: its length and its first and last code units, folded into SHAPE_BITS. */
function shapeBit(text: string, start: number, end: number): number {
  return (Math.imul(Math.imul(text.charCodeAt(start), 31) + text.charCodeAt(end - 1), 31) + end - start) & (SHAPE_BITS - 1);
}

function spanHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}
