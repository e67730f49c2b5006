// A word of a title: a run of letters and digits; punctuation, quotes, dashes and spacing stand between words.
const WORD = /[\p{L}\p{N}]+/gu;

// A soft hyphen (`&shy;`) marks where a browser may break a word and shows only where it does: a title, printed on one
// line, says the word whole. The blocks keep theirs, as the page's text does.
export const SOFT_HYPHENS = /\u00ad/gu;

/** A title's words as it writes them, case and soft hyphens and all. */
export function writtenWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A title's words, lower-cased: case, punctuation, quotes, dashes, soft hyphens and spacing aside. */
export function titleWords(text: string): string[] {
  return writtenWords(text.toLowerCase().replace(SOFT_HYPHENS, ''));
}

/** What two titles that say the same words in the same order share: their words, joined. */
export function titleKey(text: string): string {
  return titleWords(text).join(' ');
}
