import type {DecodedText} from '../../read/decode.js';

/**
 * Most bytes the first pass of a batch keeps for the second: page texts (two bytes a character) and block hashes
 * (eight bytes a block). A batch larger than this reads the rest of its pages again.
 */
export const KEPT_PAGES_BUDGET = 256 * 2 ** 20;

/** What the first pass learned of one page: each block's hash in order, and the decoded text when it fit. */
export interface KeptPage {
  blockHashes: Float64Array;
  decoded?: DecodedText;
}

/**
 * The first pass's pages, kept for the second within a memory budget, so that template learning neither reads nor
 * hashes a page twice. Pages that did not fit are read and hashed again; each page is handed back once, and freed.
 */
export class KeptPages<Key> {
  readonly #pages = new Map<Key, KeptPage>();
  #bytes = 0;

  constructor(readonly budget: number = KEPT_PAGES_BUDGET) {}

  /** Keep a page's text and hashes if both fit, its hashes alone if they do, else nothing. */
  keep(key: Key, blockHashes: Float64Array, decoded: DecodedText): void {
    const hashBytes = blockHashes.byteLength;
    const textBytes = decoded.text.length * 2;
    if (this.#bytes + hashBytes + textBytes <= this.budget) {
      this.#pages.set(key, {blockHashes, decoded});
      this.#bytes += hashBytes + textBytes;
    } else if (this.#bytes + hashBytes <= this.budget) {
      this.#pages.set(key, {blockHashes});
      this.#bytes += hashBytes;
    }
  }

  /** The page kept under `key`, which is forgotten. */
  take(key: Key): KeptPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    this.#pages.delete(key);
    this.#bytes -= page.blockHashes.byteLength + (page.decoded ? page.decoded.text.length * 2 : 0);
    return page;
  }

  /** Bytes held now. */
  get bytes(): number {
    return this.#bytes;
  }
}
