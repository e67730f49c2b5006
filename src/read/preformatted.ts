import type {PreformattedText} from '../types.js';

/**
 * The lines of an HTML page that lie in a `<pre>`, with their text as the page lays it out: its line breaks and
 * indentation, which the reader's lines (white space collapsed, as the scorer reads them) do not keep. The text
 * printers print them so (`bodyParagraphs`). Read beside `readHtml`'s lines, one entry a line (undefined outside a
 * `<pre>`), so that a caption moved above its table moves its entries with it.
 */
export class PreformattedLines {
  readonly lines: (Omit<PreformattedText, 'block'> | undefined)[] = [];
  /** The open `<pre>` elements, innermost last, by their index in the page's element tree. */
  private readonly pres: number[] = [];
  /** The `<pre>` the current line's first visible text lies in, -1 for none. */
  private linePre = -1;
  private any = false;

  /** An element opens: `element` is its index in the page's element tree. */
  open(name: string, element: number): void {
    if (name === 'pre') this.pres.push(element);
  }

  close(name: string): void {
    if (name === 'pre') this.pres.pop();
  }

  /** Visible text of the current line: the first names the `<pre>` the line lies in. */
  text(): void {
    if (this.linePre < 0 && this.pres.length > 0) this.linePre = this.pres[this.pres.length - 1]!;
  }

  /** The current line ends: `raw` is its text as the page has it; `kept`, whether it became a line (it had words). */
  lineEnd(raw: string, kept: boolean): void {
    if (kept) {
      // A library caller's page may break its lines as \r\n (the CLI's input is normalised before).
      const laidOut = this.linePre < 0 ? undefined : raw.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').trimEnd();
      if (laidOut !== undefined) this.any = true;
      this.lines.push(laidOut === undefined ? undefined : {text: laidOut, pre: this.linePre});
    }
    this.linePre = -1;
  }

  /** The lines in a `<pre>`, in order, or undefined where the page has none with words. */
  blocks(): PreformattedText[] | undefined {
    if (!this.any) return undefined;
    const found: PreformattedText[] = [];
    for (let i = 0; i < this.lines.length; i++) if (this.lines[i]) found.push({block: i, ...this.lines[i]!});
    return found;
  }
}
