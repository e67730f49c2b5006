/** Character sets the block scan, the cue key and the description share, by UTF-16 code. */

export function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((char) => char.charCodeAt(0)));
}

/** Punctuation that ends a sentence, in Latin and CJK text. */
export const TERMINALS = codeSet('.!?…。！？');

/** What may follow a sentence's end: closing quotes and brackets. */
export const CLOSERS = codeSet('"\'”’»)]');

/** `\s` of a regular expression, by code: ASCII white space, no-break and the Unicode space separators. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
