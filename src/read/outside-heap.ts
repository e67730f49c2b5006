import {isUtf8, transcode} from 'node:buffer';

// From this many bytes, Node holds a string read from a Buffer in Latin-1 or UTF-16 outside the JavaScript heap (it
// does from about a million characters; a megabyte of UTF-8 is at least that many).
const OUTSIDE_HEAP_BYTES = 1 << 20;

/**
 * Valid UTF-8 `bytes` as text held outside the JavaScript heap, or undefined where they are not valid UTF-8 or too
 * short to be held there (the caller decodes them as before). A large input's text, decoded into the heap, is garbage
 * once its blocks are read, but it lies in the large-object space until the next full collection, and V8, which lets
 * the heap grow to a few times what it last found live, counts it among the live data when its first full collection
 * falls while the blocks are read. Node reads a large Latin-1 or UTF-16 buffer as a string outside the heap, so the
 * bytes are turned into one of those first (Latin-1 where every character fits: a byte a character), by Node's
 * transcoder, which copies valid UTF-8 exactly.
 */
export function utf8OutsideHeap(bytes: Uint8Array): string | undefined {
  if (bytes.length < OUTSIDE_HEAP_BYTES || !isUtf8(bytes)) return undefined;
  const encoding = fitsLatin1(bytes) ? 'latin1' : 'utf16le';
  return transcode(bytes, 'utf8', encoding).toString(encoding);
}

/** Whether valid UTF-8 holds only characters up to U+00FF: its only lead bytes are 0xC2 and 0xC3. */
function fitsLatin1(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0xc3) return false;
  return true;
}
