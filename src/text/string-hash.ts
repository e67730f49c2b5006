/**
 * A 53-bit hash of a string's UTF-16 code units (cyrb53, public domain): two 32-bit multiply-xor lanes, mixed at the
 * end. A plain number, which a `Set` or `Map` holds without boxing; with 53 bits, a batch of a billion distinct lines
 * has about one chance in twenty of any two sharing a hash.
 */
export function stringHash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
