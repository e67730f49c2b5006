/**
 * Line numbers that code highlighters write beside a code block: a gutter column of the block's table (Hugo's Chroma
 * `lntable`, whose gutter `<pre>` holds `<span class="lnt">` numbers; Pygments' `linenos`; Rouge's `rouge-gutter` and
 * `lineno`; highlight.js themes' `gutter`) or numbers inside each line (Chroma's `ln`, Pygments' inline `linenos`).
 * Read as text they are a block of numbers that is no part of the code and no part of the article.
 */

// Class names of the elements that hold a highlighter's line numbers and nothing else. Not `lntd`: Chroma gives both
// the gutter's cell and the code's that class.
const GUTTER_CLASSES: ReadonlySet<string> = new Set(['lnt', 'linenos', 'linenodiv', 'lineno', 'rouge-gutter']);
// Chroma's number inside each line is a `<span class="ln">`; on a table's cell, `ln` may be a column of a data table.
const LINE_NUMBER_SPAN_CLASS = 'ln';
// `gutter` names a code table's cell of numbers, and a page layout's margin column elsewhere.
const GUTTER_CELL_CLASS = 'gutter';

/** Does this element hold a highlighter's line numbers (by its class)? */
export function isLineNumberGutter(name: string, attributes: Readonly<Record<string, string>>): boolean {
  const className = attributes.class;
  // Every class below says one of these: most elements' classes are not split at all.
  if (!className || !(className.includes('ln') || className.includes('line') || className.includes('gutter'))) return false;
  for (const token of className.split(/\s+/)) {
    if (GUTTER_CLASSES.has(token) || (name === 'td' && token === GUTTER_CELL_CLASS) || (name === 'span' && token === LINE_NUMBER_SPAN_CLASS)) return true;
  }
  return false;
}

/** Is this text, inside a gutter, its line numbers? Only numbers and white space are: any word in it is read. */
export function isLineNumbers(text: string): boolean {
  return /^[\d\s]*$/.test(text);
}
