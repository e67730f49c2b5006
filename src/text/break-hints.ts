/**
 * Soft hyphens (`&shy;`) mark where a browser may break a word, and show only where it does; zero-width spaces mark
 * where it may break a line, and never show. A reader sees neither, and both cut a word in two for a search index, a
 * tokenizer or a `grep` ("Gleich\u00adzeitigkeit"). The printers leave them out; blocks keep them, as the page has
 * them and as the scorer learned them. Joiners (U+200C, U+200D) are not hints: they change how scripts and emoji are
 * drawn, and stay.
 */
const HINT = '[\\u00ad\\u200b]';
const BREAK_HINT = new RegExp(HINT);
const BREAK_HINTS = new RegExp(HINT, 'g');
// Hints with the space on each side of them.
const HINTS_IN_SPACE = new RegExp(`( )?${HINT}+( )?`, 'g');

/** `text` without its soft hyphens and zero-width spaces. */
export function withoutBreakHints(text: string): string {
  return BREAK_HINT.test(text) ? text.replace(BREAK_HINTS, '') : text;
}

/**
 * `text`, its white space collapsed (an HTML block's), without its soft hyphens and zero-width spaces: a run of them
 * between two spaces leaves one space, as it leaves none between two letters.
 */
export function withoutSpacedBreakHints(text: string): string {
  return BREAK_HINT.test(text) ? text.replace(HINTS_IN_SPACE, (_, before?: string, after?: string) => before ?? after ?? '') : text;
}
