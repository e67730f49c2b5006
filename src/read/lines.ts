import {LONG_DOCUMENT_BLOCKS} from './long-document.js';

// The lines from which a text's lines are sliced again each time they are read rather than held in a list.
const SLICED_FROM = LONG_DOCUMENT_BLOCKS;

/** A text's lines, read by their number: what the layout and the splitters read. */
export interface LineList {
  readonly length: number;
  line(i: number): string;
}

/**
 * A text's lines: each line's text and where it starts in the text (it ends `line(i).length` later). A short text's
 * lines are held in a list; a long text's are sliced from the text each time they are read, since a list of a long
 * document's lines, held while the document is split, outlives the young generation and is garbage that only a full
 * collection frees (some 50 bytes a line), while a slice read and dropped is taken by the next young collection.
 */
export class Lines implements LineList {
  readonly length: number;
  readonly starts: Int32Array;
  /** A long text's: its lines are sliced again each time they are read. */
  readonly sliced: boolean;
  private readonly texts: string[] | undefined;

  constructor(private readonly text: string) {
    let count = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    this.length = count;
    this.starts = new Int32Array(count);
    const texts = count < SLICED_FROM ? new Array<string>(count) : undefined;
    let start = 0;
    for (let i = 0; i < count; i++) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (texts) texts[i] = text.slice(start, end);
      this.starts[i] = start;
      start = end + 1;
    }
    this.texts = texts;
    this.sliced = texts === undefined;
  }

  line(i: number): string {
    return this.texts ? this.texts[i]! : this.slice(i);
  }

  private slice(i: number): string {
    return this.text.slice(this.starts[i]!, i + 1 < this.length ? this.starts[i + 1]! - 1 : this.text.length);
  }
}
