/**
 * The lines of an HTML page that follow the line before after a single `<br>`, with no other element's start or end
 * between them: an address's lines, a poem's, a forum post's, a sentence the page breaks in two. The reader makes
 * each its own line (a block, scored alone); the text printers print it on the next line of the same paragraph, as a
 * browser shows it, rather than a blank line apart. Two `<br>` in a row part paragraphs.
 */
export class LineBreaks {
  /** Whether each line (by index) follows the line before after a single `<br>`. */
  readonly lines: boolean[] = [];
  private breaks = 0;
  private otherBoundary = false;
  private started = false;
  private afterBreak = false;

  /** A block-level element's start or end (`closing`), or a `<br>`, between lines. */
  boundary(name: string, closing: boolean): void {
    if (name !== 'br') this.otherBoundary = true;
    else if (!closing) this.breaks++;
  }

  /** Visible text of the current line: the first tells how the line began. */
  text(): void {
    if (this.started) return;
    this.started = true;
    this.afterBreak = this.breaks === 1 && !this.otherBoundary;
    this.breaks = 0;
    this.otherBoundary = false;
  }

  /** The current line ends; `kept`, whether it became a line (it had words). */
  lineEnd(kept: boolean): void {
    if (kept) this.lines.push(this.started && this.afterBreak);
    this.started = false;
  }

  /** Lines moved (a caption above its table): those whose line before is no longer the one they followed. */
  moved(from: number, to: number, at: number): void {
    for (const line of [at, at + to - from, to]) if (line < this.lines.length) this.lines[line] = false;
  }

  /** The indices of the lines that follow the line before after a single `<br>`, or undefined for none. */
  indices(): number[] | undefined {
    const found: number[] = [];
    for (let i = 1; i < this.lines.length; i++) if (this.lines[i]) found.push(i);
    return found.length ? found : undefined;
  }
}
