import type {Column} from '../types.js';

/** Writes block `i`'s value of each column of a table into its place in `row`. */
export type ColumnWriter<Page> = (row: number[], page: Page, i: number) => void;

/**
 * A row of `width` zeros that the engine stores as plain doubles, for the column writers to fill: built from a
 * fraction, since an array of small integers is stored as such and would be converted, copied anew, on the first
 * fraction written to it. Copies of it (`slice()`) need no conversion either.
 */
export function zeroRow(width: number): number[] {
  return Array.from({length: width}, () => 0.5).fill(0);
}

/**
 * A writer for a table of columns that fill a row from column `start` on, generated once: one statement and one call
 * site a column, as if written out by hand, so that the engine inlines each column's value. A loop over the table
 * would call every value from one call site, which the engine cannot inline (docs/speed.md, Feature columns).
 */
export function columnWriter<Page>(columns: readonly Column<Page>[], start: number): ColumnWriter<Page> {
  const values = columns.map((column) => column.value);
  const parameters = values.map((_, c) => `value${c}`);
  const statements = values.map((_, c) => `row[${start + c}] = value${c}(page, i);`);
  const source = `"use strict";\nreturn function writeColumns(row, page, i) {\n${statements.join('\n')}\n};`;
  return new Function(...parameters, source)(...values) as ColumnWriter<Page>;
}
