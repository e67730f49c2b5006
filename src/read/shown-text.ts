import {hidesElement} from './markup.js';

/**
 * A line's words as a reader sees them: without the text of elements inside it that a browser does not show (the
 * `hidden` attribute, `aria-hidden`, `display: none`, a class for screen readers only) or that are controls, not
 * words (`<button>`). A headline carries such text on many sites (a documentation page's hidden actions menu, a
 * "copy" button beside a heading, a visually hidden "Collection:" before a shop's category); the reader keeps it in
 * the line, as the scorer learned it, and the page's title is read from the words shown.
 */

/** Whether an element's text is left out of the words a reader sees; `own` is its own contexts (`elementContexts`). */
function hidesItsText(name: string, own: number): boolean {
  return name === 'button' || hidesElement(own);
}

/**
 * Records, as a page is read, the lines whose shown words differ from their text, by line index. A line that shows
 * nothing at all (a heading kept for screen readers, a hidden menu) keeps its text: it is all the line says. Only
 * where a line holds hidden text is its shown text made, so that the lines without any (nearly all) cost nothing.
 */
export class ShownText {
  /** Each line whose shown words differ from its text, and those words, white space collapsed. */
  readonly lines = new Map<number, string>();
  // The depth of the open elements at which an element that hides its text opened (-1 for none).
  private hiddenAt = -1;
  // Where the line's hidden text lies in its raw text: start and end offsets, in pairs.
  private hidden: number[] = [];

  open(name: string, own: number, depth: number): void {
    if (this.hiddenAt < 0 && hidesItsText(name, own)) this.hiddenAt = depth;
  }

  close(depth: number): void {
    if (depth === this.hiddenAt) this.hiddenAt = -1;
  }

  /** Text of `length` characters read into the line's raw text at `offset`. */
  text(offset: number, length: number): void {
    if (this.hiddenAt >= 0 && length > 0) this.hidden.push(offset, offset + length);
  }

  /**
   * The end of a line: its raw text as read, that text with white space collapsed ('' where it has none: no line is
   * kept), and its index.
   */
  lineEnd(raw: string, text: string, index: number): void {
    if (this.hidden.length === 0) return;
    let shownRaw = '';
    let from = 0;
    // A space where hidden text stood: what it parted (a kicker and a headline, "Climate<span hidden>: </span>Drilling")
    // a browser lays out apart, and the words on each side stay words of their own.
    for (let k = 0; k < this.hidden.length; k += 2) {
      shownRaw += raw.slice(from, this.hidden[k]) + ' ';
      from = this.hidden[k + 1]!;
    }
    shownRaw += raw.slice(from);
    this.hidden = [];
    const shown = shownRaw.replace(/\s+/g, ' ').trim();
    if (text !== '' && shown !== '' && shown !== text) this.lines.set(index, shown);
  }

  /** Lines `from` to `to` (exclusive) moved to start at `at`, before `from` (`moveRange`): their entries go with them. */
  moved(from: number, to: number, at: number): void {
    const entries = [...this.lines].filter(([index]) => index >= at && index < to);
    if (entries.length === 0) return;
    for (const [index] of entries) this.lines.delete(index);
    for (const [index, shown] of entries) this.lines.set(index >= from ? index - from + at : index + to - from, shown);
  }
}
