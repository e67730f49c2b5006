/**
 * How a term word of the word table is hashed, shared by the block scan (which hashes the words as it counts them)
 * and the term reader of `terms.ts`: FNV-1a over the lower-cased word's code units, an apostrophe inside a word as
 * U+0027.
 */

/** The hash a term word starts from (FNV-1a's offset). */
export const TERM_HASH_START = 0x811c9dc5 | 0;

const FNV_PRIME = 0x01000193;

/** A term word's hash with one more code unit. */
export function termHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** ©, ® and ™: words of their own, for they stand for legal notices. */
export function isSymbolWord(code: number): boolean {
  return code === 0xa9 || code === 0xae || code === 0x2122;
}
