import type {ByteReader} from './byte-reader.js';

/** The bytes a record's first line (its `WARC/` or HTTP status line) is read in, and a blank line looked for in. */
export const MAX_LINE_BYTES = 64 * 1024;

// Decodes each line whole (no `stream` option), so one serves every call.
const decoder = new TextDecoder();

/**
 * `Name: value` lines up to a blank line or the end, as WARC and HTTP write them: a line may end in CRLF or a bare LF
 * (hand-made tools write those), one that starts with white space goes on with the header above, and a repeated
 * header's values are joined by ", ". Names are lower-cased. A line may be as long as the headers' bound: undefined
 * where the lines run past `maxBytes`. `whole` is false where the input ended before the blank line that ends them.
 */
export async function readHeaderLines(reader: ByteReader, maxBytes: number): Promise<{headers: Map<string, string>; whole: boolean} | undefined> {
  const headers = new Map<string, string>();
  let name: string | undefined;
  let size = 0;
  for (;;) {
    // One byte past the bound: a line that runs past it is read as far as tells so, never cut into two.
    const line = await reader.line(maxBytes - size + 1);
    size += line.length;
    if (line.length === 0) return {headers, whole: false};
    if (isBlankLine(line)) return {headers, whole: true};
    if (size > maxBytes) return undefined;
    const text = decoder.decode(line).replace(/\r?\n$/, '');
    if (name !== undefined && /^[ \t]/.test(text)) {
      headers.set(name, `${headers.get(name)} ${text.trim()}`);
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    name = text.slice(0, colon).trim().toLowerCase();
    const value = text.slice(colon + 1).trim();
    const before = headers.get(name);
    headers.set(name, before === undefined ? value : `${before}, ${value}`);
  }
}

/** A line of nothing but its line end (CRLF, LF, or a stray CR). */
export function isBlankLine(line: Uint8Array): boolean {
  return line.every((byte) => byte === 0x0a || byte === 0x0d);
}
