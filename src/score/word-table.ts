import {termSlots} from '../features/terms.js';
import {TermScoreColumns} from './term-score-columns.js';

/**
 * The word table: a weight for each hashed term (`blockTerms`), the log odds that a page uses the term in its body
 * rather than in its boilerplate. "subscribe", "all rights", "read more" and "©" lean to boilerplate on most sites, in
 * words no hand-made lexicon lists in full; the block stage reads a block's mean, lowest and highest weight, and its
 * neighbours' means.
 *
 * Counted by page, not by block: a term counts once for each page that has it in body blocks and once for each that
 * has it in boilerplate, so a site's menu repeated on every block of one page says no more than one page, and a term
 * found on fewer than `MIN_PAGES` pages (a name, a product) weighs nothing.
 */
export interface WordTable {
  /**
   * The languages it learned from enough pages of (ISO 639-3). On a page in another language most words are unknown
   * to it, and the block stage scores the page without it, as it learned to on pages left without it in training.
   */
  languages: string[];
  /** The table has 2^bits slots. */
  bits: number;
  /** Weights as stored: signed bytes, each the weight times `scale`. */
  scale: number;
  /** The bytes, base64. */
  weights: string;
}

/** Slots of the table: 2^20, a megabyte as bytes. */
export const WORD_BITS = 20;

/** Does the table serve a page in this language? */
export function knowsLanguage(table: WordTable, language: string | undefined): boolean {
  return language !== undefined && table.languages.includes(language);
}

/** A table ready to read: one weight a slot. Decoded once a table. */
export interface WordWeights {
  bits: number;
  scale: number;
  /** The weights times the scale. Bytes: a megabyte stays nearer the processor than the eight of doubles would. */
  bytes: Int8Array;
}

const decoded = new WeakMap<WordTable, WordWeights>();

export function wordWeights(table: WordTable): WordWeights {
  let weights = decoded.get(table);
  if (!weights) {
    const bytes = base64Bytes(table.weights);
    if (bytes?.length !== 2 ** table.bits) throw new Error("model's word table: weights are not base64");
    weights = {bits: table.bits, scale: table.scale, bytes: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)};
    decoded.set(table, weights);
  }
  return weights;
}

/** Check a parsed table: its shape, and that its bytes fill its slots. Returns a message, or undefined when sound. */
export function wordTableProblem(table: Partial<WordTable> | null): string | undefined {
  if (!table || typeof table !== 'object') return 'is not an object';
  const {languages, bits, scale, weights} = table;
  if (!Array.isArray(languages) || languages.some((language) => typeof language !== 'string')) return 'languages must be a list of language codes';
  if (!Number.isInteger(bits) || bits! < 8 || bits! > 24) return 'bits must be an integer from 8 to 24';
  if (typeof scale !== 'number' || !(scale > 0)) return 'scale must be a positive number';
  // The characters are checked when the table is first read (`wordWeights`): reading them all here would cost start-up.
  if (typeof weights !== 'string' || weights.length !== 4 * Math.ceil(2 ** bits! / 3)) return `weights must be ${2 ** bits!} bytes in base64`;
  return undefined;
}

/**
 * The bytes a base64 text holds, or undefined where it is not base64. Node's Buffer decodes natively, far quicker on
 * cold code than atob and a loop, which the first page would wait for (docs/speed.md, Start-up). Buffer passes over
 * characters that are not base64 rather than refusing them, so the caller checks the length.
 */
function base64Bytes(text: string): Uint8Array | undefined {
  if (typeof globalThis.Buffer === 'function') return globalThis.Buffer.from(text, 'base64');
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Each block's mean, lowest and highest term weight, three numbers a block, as `writeWordColumns` reads them; zeros for
 * a block with no terms. Blocks given as text are read by `termSlots`, as training's `blockTerms` are. The sums are
 * of whole numbers (the stored bytes), so the same in any order.
 */
export function termScores(blocks: readonly (string | Int32Array)[], table: WordWeights): Float64Array {
  const columns = new TermScoreColumns(blocks.length, table);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    columns.write(b, typeof block === 'string' ? termSlots(block, table.bits) : block);
  }
  return columns.read();
}
