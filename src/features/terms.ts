import {isWordAt} from './scan.js';

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
 * every block, so it allocates nothing: the slots go to one buffer kept for the process, and the slots seen in this
 * block to a small table (`seenTable`) cleared for each block. `lower` is `text.toLowerCase()`, when the caller has it
 * already (the describer lower-cases every block once).
 */
export function termSlots(text: string, bits: number, lower: string = text.toLowerCase()): Int32Array {
  const mask = (1 << bits) - 1;
  // At most two terms a character (a one-letter word and its pair), so the buffer never fills.
  if (buffer.length < 2 * lower.length) buffer = new Int32Array(2 * lower.length);
  let seenMask = clearSeen(Math.min(4 * lower.length, FIRST_SEEN_PLACES)) - 1;
  let seen = seenTable;
  const slots = buffer;
  let count = 0;
  let previous = 0;
  let hasPrevious = false;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    const code = lower.charCodeAt(i);
    let hash: number;
    // A word character: ASCII decided in place (a to z, 0 to 9), the class lookup only beyond it. Lower-cased text holds
    // no upper-case ASCII letter, and no other ASCII character is part of a word. Literal codes in place rather than a
    // helper or module constants: measured quicker (docs/speed.md, The term pass's ASCII).
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 128 && isWordAt(lower, i, code))) {
      hash = FNV_OFFSET;
      let j = i;
      while (j < n) {
        const c = lower.charCodeAt(j);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && isWordAt(lower, j, c))) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          j++;
        } else if ((c === APOSTROPHE || c === RIGHT_QUOTE) && j + 1 < n && isWordAt(lower, j + 1, lower.charCodeAt(j + 1))) {
          hash = Math.imul(hash ^ APOSTROPHE, FNV_PRIME);
          j++;
        } else break;
      }
      i = j;
    } else {
      i++;
      // ©, ® and ™ are words of their own; compared in place, as a set's lookup for every space cost more.
      if (code !== 0xa9 && code !== 0xae && code !== 0x2122) continue;
      hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    }
    const word = mix(hash) & mask;
    // Slots are spread already (`mix`): their low bits place them in the seen table, the next free place on a clash.
    let at = word & seenMask;
    while (seen[at] !== NOT_SEEN && seen[at] !== word) at = (at + 1) & seenMask;
    if (seen[at] === NOT_SEEN) {
      seen[at] = word;
      slots[count++] = word;
      if (2 * count > seenMask) {
        seenMask = growSeen(slots, count, 2 * (seenMask + 1)) - 1;
        seen = seenTable;
      }
    }
    if (hasPrevious) {
      const pair = mix(Math.imul(previous, PAIR_PRIME) ^ hash) & mask;
      at = pair & seenMask;
      while (seen[at] !== NOT_SEEN && seen[at] !== pair) at = (at + 1) & seenMask;
      if (seen[at] === NOT_SEEN) {
        seen[at] = pair;
        slots[count++] = pair;
        if (2 * count > seenMask) {
          seenMask = growSeen(slots, count, 2 * (seenMask + 1)) - 1;
          seen = seenTable;
        }
      }
    }
    previous = hash;
    hasPrevious = true;
  }
  return slots.subarray(0, count);
}

let buffer = new Int32Array(1024);

// The slots a block has had so far, by open addressing over the first places of a table kept for the process: as many
// places as a block of its length could fill half of, up to FIRST_SEEN_PLACES, doubled whenever half are taken.
// A mark for each of the word table's 2^bits slots (a megabyte) cost a read outside the processor's cache for most
// terms (docs/speed.md, Less work a block, the same output); a block's own places stay in it.
const NOT_SEEN = -1;
const FIRST_SEEN_PLACES = 4096;
let seenTable = new Int32Array(FIRST_SEEN_PLACES);

/** Clear the places a block takes first: at least `places`, a power of two (returned). */
function clearSeen(places: number): number {
  let size = 64;
  while (size < places) size *= 2;
  seenTable.fill(NOT_SEEN, 0, size);
  return size;
}

/** Clear `size` places, the table grown to hold them where it is shorter, and put the first `count` slots back. */
function growSeen(slots: Int32Array, count: number, size: number): number {
  if (seenTable.length < size) seenTable = new Int32Array(size);
  seenTable.fill(NOT_SEEN, 0, size);
  for (let k = 0; k < count; k++) {
    let at = slots[k]! & (size - 1);
    while (seenTable[at] !== NOT_SEEN) at = (at + 1) & (size - 1);
    seenTable[at] = slots[k]!;
  }
  return size;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
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
