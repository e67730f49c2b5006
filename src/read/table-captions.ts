/**
 * A table's caption, read where browsers show it: above the table, wherever the markup puts it. A `<caption>` after a
 * table's rows, or between its head and its body, is shown above them all; read in the markup's order, its line would
 * cut the rows apart (and Markdown's table in two, the rows after it under a header of their own).
 */
export class TableCaptions {
  /** Of each open table, the number of lines read before it. */
  private readonly tables: number[] = [];
  /** Of each open caption, the number of lines read before it, and the line its table starts at (-1 outside one). */
  private readonly captions: {start: number; tableStart: number}[] = [];

  /** An element opens, `lines` lines read so far (the line its start ended, if any, included). */
  open(name: string, lines: number): void {
    if (name === 'table') this.tables.push(lines);
    else if (name === 'caption') this.captions.push({start: lines, tableStart: this.tables.at(-1) ?? -1});
  }

  /**
   * An element closes, `lines` lines read so far (the line its end ended included): for a caption read after lines of
   * its table, the lines it holds (`from` to `to`, exclusive) and where they go (`at`, the table's first line).
   */
  close(name: string, lines: number): {from: number; to: number; at: number} | undefined {
    if (name === 'table') this.tables.pop();
    if (name !== 'caption' || this.captions.length === 0) return undefined;
    const {start, tableStart} = this.captions.pop()!;
    return tableStart >= 0 && start > tableStart && lines > start ? {from: start, to: lines, at: tableStart} : undefined;
  }
}

/** Move `list[from, to)` to start at `at` (before `from`), the items between shifted after it. */
export function moveRange<T>(list: T[], from: number, to: number, at: number): void {
  list.splice(at, 0, ...list.splice(from, to - from));
}
