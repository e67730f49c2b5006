import {isWordAt} from './scan.js';
import {isSymbolWord, TERM_HASH_START, termHashStep} from './term-hash.js';

/**
 * A block's terms for the word table (`src/score/word-table.ts`): its lower-case words and pairs of adjacent words,
 * each hashed to one of 2^bits slots, each slot once, in the order the block first has them. A word is a run of
 * letters, digits and marks, kept whole across an apostrophe followed by any of them (the block scan's words, except
 * that the scan splits at an apostrophe before a digit), and ©, ® and ™ are words too: they stand for legal notices.
 * The loop steps one code unit at a time, so a letter outside the Basic Multilingual Plane ends its word at its low
 * surrogate; training and scoring read it the same way. Hashing keeps the table a fixed size whatever the
 * vocabulary; two terms that share a slot share a weight.
 */
export function blockTerms(text: string, bits: number): Int32Array {
  return termSlots(text, bits).slice();
}

/**
 * A block's term slots as `blockTerms` gives them, in a buffer that the next call overwrites. Scoring runs this on
 * every block, so it allocates nothing: the slots go to one buffer kept for the process, and a slot seen in this
 * block is marked with the block's number rather than kept in a set.
 */
export function termSlots(text: string, bits: number): Int32Array {
  const collector = collectorFor(bits);
  collector.collect(text.toLowerCase());
  return collector.slots();
}

/**
 * Where a scan hands a block's term words: `begin` a block of `length` code units, `add` each word as its unmixed hash
 * (`TERM_HASH_START`, then `termHashStep` for each code unit), or `collect` to have the block's lower-cased text read
 * on its own instead (which begins the block again).
 */
export interface TermSink {
  begin(length: number): void;
  add(hash: number): void;
  collect(lower: string): void;
}

/** A block's term slots from the words of its lower-cased text, handed to `sink` as one block. */
function readTerms(lower: string, sink: TermSink): void {
  sink.begin(lower.length);
  const n = lower.length;
  for (let i = 0; i < n; ) {
    const code = lower.charCodeAt(i);
    if (isWordAt(lower, i, code)) {
      let hash = TERM_HASH_START;
      let j = i;
      while (j < n) {
        const c = lower.charCodeAt(j);
        if (isWordAt(lower, j, c)) {
          hash = termHashStep(hash, c);
          j++;
        } else if (joinsTerm(lower, j, c)) {
          hash = termHashStep(hash, APOSTROPHE);
          j++;
        } else break;
      }
      i = j;
      sink.add(hash);
    } else {
      i++;
      if (isSymbolWord(code)) sink.add(termHashStep(TERM_HASH_START, code));
    }
  }
}

/**
 * Gathers one block's distinct term slots at a time. `slots()` is valid until the next block begins.
 */
export class TermCollector implements TermSink {
  private readonly mask: number;
  private readonly seen: SeenMarks;
  private mark = 0;
  private count = 0;
  private previous = 0;
  private hasPrevious = false;

  constructor(readonly bits: number) {
    this.mask = (1 << bits) - 1;
    this.seen = seenMarks(bits);
  }

  /** Start a block of `length` code units. */
  begin(length: number): void {
    this.mark = nextMark(this.seen);
    this.count = 0;
    this.hasPrevious = false;
    // At most two terms a character (a one-letter word and its pair), so the buffer never fills.
    if (buffer.length < 2 * length) buffer = new Int32Array(2 * length);
  }

  /** A word of the block, as its unmixed hash (`TERM_HASH_START`, then `termHashStep` for each code unit). */
  add(hash: number): void {
    const marks = this.seen.marks;
    const mark = this.mark;
    const word = mix(hash) & this.mask;
    if (marks[word] !== mark) {
      marks[word] = mark;
      buffer[this.count++] = word;
    }
    if (this.hasPrevious) {
      const pair = mix(Math.imul(this.previous, PAIR_PRIME) ^ hash) & this.mask;
      if (marks[pair] !== mark) {
        marks[pair] = mark;
        buffer[this.count++] = pair;
      }
    }
    this.previous = hash;
    this.hasPrevious = true;
  }

  /** The block's words read from its lower-cased text alone: a block begun, scanned and ended. */
  collect(lower: string): void {
    readTerms(lower, this);
  }

  slots(): Int32Array {
    return buffer.subarray(0, this.count);
  }
}

/**
 * A page's term slots, block after block, as the block scan hands them over: every word's and pair's slot, repeats
 * left in, for `termScores` to count each once when it reads the weights. Writing them down during the scan and
 * reading the table after it keeps the table's megabyte out of the processor's cache while the blocks are described.
 */
export class PageTerms implements TermSink {
  private readonly mask: number;
  /** The slots, and where each block's start: block `b`'s are `slots[starts[b]]` to `slots[starts[b + 1]]`. */
  slots = new Int32Array(4096);
  readonly starts: number[] = [];
  count = 0;
  private previous = 0;
  private hasPrevious = false;
  private restart = false;

  constructor(readonly bits: number) {
    this.mask = (1 << bits) - 1;
  }

  begin(_length: number): void {
    // A block begun again (its text read on its own) starts where it started.
    if (this.starts.length > 0 && this.restart) this.count = this.starts.at(-1)!;
    else this.starts.push(this.count);
    this.restart = false;
    this.hasPrevious = false;
  }

  add(hash: number): void {
    if (this.count + 2 > this.slots.length) this.grow();
    this.slots[this.count++] = mix(hash) & this.mask;
    if (this.hasPrevious) this.slots[this.count++] = mix(Math.imul(this.previous, PAIR_PRIME) ^ hash) & this.mask;
    this.previous = hash;
    this.hasPrevious = true;
  }

  collect(lower: string): void {
    this.restart = true;
    readTerms(lower, this);
  }

  private grow(): void {
    const grown = new Int32Array(2 * this.slots.length);
    grown.set(this.slots);
    this.slots = grown;
  }

  /** How many blocks it holds. */
  get blocks(): number {
    return this.starts.length;
  }
}

// One collector for each table size, kept for the process: the buffer and the marks are the process's anyway.
const collectors = new Map<number, TermCollector>();

export function collectorFor(bits: number): TermCollector {
  let collector = collectors.get(bits);
  if (!collector) {
    collector = new TermCollector(bits);
    collectors.set(bits, collector);
  }
  return collector;
}

/** Does the apostrophe (or right quote) at `i`, inside a term word, join it to the word character after it? */
function joinsTerm(lower: string, i: number, code: number): boolean {
  return (code === APOSTROPHE || code === RIGHT_QUOTE) && i + 1 < lower.length && isWordAt(lower, i + 1, lower.charCodeAt(i + 1));
}

let buffer = new Int32Array(1024);

// One array of marks for each table size, kept for the process (a block's distinct slots, here and in `termScores`); a block's mark is one more than the last block's.
// Bytes, to keep it small enough to stay in the processor's cache beside the table: cleared every 255 blocks.
export interface SeenMarks {
  marks: Uint8Array;
  last: number;
}
const marksByBits = new Map<number, SeenMarks>();

export function seenMarks(bits: number): SeenMarks {
  let seen = marksByBits.get(bits);
  if (!seen) {
    seen = {marks: new Uint8Array(1 << bits), last: 0};
    marksByBits.set(bits, seen);
  }
  return seen;
}

export function nextMark(seen: SeenMarks): number {
  if (seen.last === 255) {
    seen.marks.fill(0);
    seen.last = 0;
  }
  return ++seen.last;
}

const PAIR_PRIME = 0x85ebca6b | 0;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** Spread a hash's bits (MurmurHash3's finaliser), so that the low bits a slot takes depend on all of them. */
function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
