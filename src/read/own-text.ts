// A long document, from this many blocks: its texts are strings of their own, made so from as many lines (`Lines`,
// which every such document has), and the CLI judges it in columns (`BlockTable`).
export const OWN_TEXTS_FROM = 10_000;

// Any character past Latin-1, which V8 can hold only two bytes a character.
const PAST_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * `text` as a string of its own, the same characters: one byte a character where every character is Latin-1, two
 * where one is not. A block's text is a slice of its document's, and a slice holds the whole document alive; and a
 * document with a single curly quote is held two bytes a character, each slice of it too. A long document's blocks,
 * made strings of their own, let the document go and hold most of their text at one byte a character. Node's Buffer
 * copies natively; where there is none the text is kept as it is.
 */
export function ownText(text: string): string {
  const buffer = globalThis.Buffer;
  if (typeof buffer !== 'function') return text;
  // latin1 keeps the low byte of each character and utf16le each UTF-16 unit, lone surrogates included: no loss.
  return PAST_LATIN1.test(text) ? buffer.from(text, 'utf16le').toString('utf16le') : buffer.from(text, 'latin1').toString('latin1');
}
