/**
 * UTF-16 without a byte-order mark, told apart by where its NULs fall, as `file` does: text in a Latin, Greek or
 * Cyrillic script has a NUL as the high byte of nearly every character, so one byte of each pair is mostly NUL and the
 * other almost never is. Binary data has NULs at both. UTF-16 of other scripts has too few NULs to be told this way,
 * and is read as any other unmarked bytes are.
 */

// How much of the input is looked at: enough pairs to tell, as the binary sniffing's sample.
const SAMPLE_BYTES = 65536;
// A NUL in at least this share of one position's bytes, and in at most the other share of the other position's.
const MIN_NUL_SHARE = 0.5;
const MAX_OTHER_NUL_SHARE = 0.02;
// Fewer pairs than this are too few to tell UTF-16 from a short binary record.
const MIN_PAIRS = 4;

export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** The byte order of unmarked UTF-16 text, or undefined where the bytes do not look like it. */
export function unmarkedUtf16Order(bytes: Uint8Array): Utf16Encoding | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < MIN_PAIRS) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= MIN_NUL_SHARE * pairs && evenNuls <= MAX_OTHER_NUL_SHARE * pairs) return 'utf-16le';
  if (evenNuls >= MIN_NUL_SHARE * pairs && oddNuls <= MAX_OTHER_NUL_SHARE * pairs) return 'utf-16be';
  return undefined;
}

/** Unmarked UTF-16 text, or undefined where the bytes do not look like it or are not valid in the order found. */
export function decodeUnmarkedUtf16(bytes: Uint8Array): {text: string; encoding: Utf16Encoding} | undefined {
  const encoding = unmarkedUtf16Order(bytes);
  if (encoding === undefined) return undefined;
  // An odd last byte is a character cut short, as a cut-off UTF-8 file's last character is dropped.
  const whole = bytes.subarray(0, bytes.length - (bytes.length % 2));
  try {
    return {text: new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(whole), encoding};
  } catch {
    return undefined;
  }
}
