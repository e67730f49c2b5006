import {WORD_BITS, type WordTable} from '../score/word-table.js';
import type {Truth} from './align.js';

// How the word table (src/score/word-table.ts) is learned from labelled pages.

// Weights are stored as signed bytes, each the weight times this; counts are smoothed by this many pages.
const SCALE = 16;
const SMOOTHING = 1;

/** A term on fewer pages than this weighs nothing. */
export const MIN_PAGES = 3;
/** A language the table learned from fewer pages than this is one it does not know. */
export const MIN_LANGUAGE_PAGES = 50;

/** The pages that teach the table: each page's blocks' terms and labels, over all its renderings, and its language. */
export interface WordTablePage {
  language?: string;
  documents: readonly {terms: readonly Int32Array[]; labels: readonly Truth[]}[];
}

/** Learn the table from pages whose blocks are labelled. Deterministic: counts, then a closed form. */
export function trainWordTable(pages: readonly WordTablePage[], bits = WORD_BITS, minPages = MIN_PAGES): WordTable {
  const size = 1 << bits;
  const body = new Uint32Array(size);
  const boilerplate = new Uint32Array(size);
  const inBody = new Uint8Array(size);
  const inBoilerplate = new Uint8Array(size);
  for (const page of pages) {
    const seen: number[] = [];
    for (const doc of page.documents) {
      doc.terms.forEach((terms, i) => {
        const label = doc.labels[i];
        if (label === null || label === undefined) return;
        const marks = label === 1 ? inBody : inBoilerplate;
        for (const slot of terms) {
          if (!inBody[slot] && !inBoilerplate[slot]) seen.push(slot);
          marks[slot] = 1;
        }
      });
    }
    for (const slot of seen) {
      body[slot]! += inBody[slot]!;
      boilerplate[slot]! += inBoilerplate[slot]!;
      inBody[slot] = 0;
      inBoilerplate[slot] = 0;
    }
  }
  const bytes = new Int8Array(size);
  for (let slot = 0; slot < size; slot++) {
    if (body[slot]! + boilerplate[slot]! < minPages) continue;
    const weight = Math.log((body[slot]! + SMOOTHING) / (boilerplate[slot]! + SMOOTHING));
    bytes[slot] = Math.max(-127, Math.min(127, Math.round(weight * SCALE)));
  }
  return {languages: commonLanguages(pages), bits, scale: SCALE, weights: bytesBase64(new Uint8Array(bytes.buffer))};
}

/** The languages of `MIN_LANGUAGE_PAGES` or more of the pages, in order. */
function commonLanguages(pages: readonly WordTablePage[]): string[] {
  const counts = new Map<string, number>();
  for (const {language} of pages) if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= MIN_LANGUAGE_PAGES).map(([language]) => language).sort();
}

// atob and btoa are in every runtime the library supports (Node, browsers), where Buffer is Node's alone.
function bytesBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
