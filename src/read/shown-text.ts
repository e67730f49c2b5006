import {isHidden} from './markup.js';

/**
 * A line's words as a reader sees them: without the text of elements inside it that a browser does not show (the
 * `hidden` attribute, `aria-hidden`, `display: none`, a class for screen readers only) or that are controls, not
 * words (`<button>`). A headline carries such text on many sites (a documentation page's hidden actions menu, a
 * "copy" button beside a heading, a visually hidden "Collection:" before a shop's category); the reader keeps it in
 * the line, as the scorer learned it, and the page's title is read from the words shown.
 */

/** Whether an element's text is left out of the words a reader sees. */
export function hidesItsText(name: string, attributes: Readonly<Record<string, string>>): boolean {
  return name === 'button' || isHidden(attributes);
}

/**
 * Records, as a page is read, the lines whose shown words differ from their text, by line index. A line that shows
 * nothing at all (a heading kept for screen readers, a hidden menu) keeps its text: it is all the line says.
 */
export class ShownText {
  /** Each line whose shown words differ from its text, and those words, white space collapsed. */
  readonly lines = new Map<number, string>();
  // The depth of the open elements at which an element that hides its text opened (-1 for none).
  private hiddenAt = -1;
  private line = '';

  open(name: string, attributes: Readonly<Record<string, string>>, depth: number): void {
    if (this.hiddenAt < 0 && hidesItsText(name, attributes)) this.hiddenAt = depth;
  }

  close(depth: number): void {
    if (depth === this.hiddenAt) this.hiddenAt = -1;
  }

  text(text: string): void {
    if (this.hiddenAt < 0) this.line += text;
  }

  /** The end of a line: its text, white space collapsed ('' where it has none: no line is kept), and its index. */
  lineEnd(text: string, index: number): void {
    const shown = this.line.replace(/\s+/g, ' ').trim();
    this.line = '';
    if (text !== '' && shown !== '' && shown !== text) this.lines.set(index, shown);
  }
}
