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
 * Gathers one block's term slots at a time, from word hashes handed to it as a scan finds the words (the block scan
 * hands them over in its own pass; `collect` reads a lower-cased text on its own). `slots()` is valid until the next
 * block begins.
 */
export class TermCollector {
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
    this.begin(lower.length);
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
        this.add(hash);
      } else {
        i++;
        if (isSymbolWord(code)) this.add(termHashStep(TERM_HASH_START, code));
      }
    }
  }

  slots(): Int32Array {
    return buffer.subarray(0, this.count);
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

// One array of marks for each table size, kept for the process; a block's mark is one more than the last block's.
// Bytes, to keep it small enough to stay in the processor's cache beside the table: cleared every 255 blocks.
interface SeenMarks {
  marks: Uint8Array;
  last: number;
}
const marksByBits = new Map<number, SeenMarks>();

function seenMarks(bits: number): SeenMarks {
  let seen = marksByBits.get(bits);
  if (!seen) {
    seen = {marks: new Uint8Array(1 << bits), last: 0};
    marksByBits.set(bits, seen);
  }
  return seen;
}

function nextMark(seen: SeenMarks): number {
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
