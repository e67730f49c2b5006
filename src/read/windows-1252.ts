/**
 * windows-1252 by the WHATWG table. Node's TextDecoder reads it as ISO-8859-1 since 20.18.3 and 22.13.0
 * (nodejs/node#56542, #60888), turning smart quotes, dashes and the euro sign into C1 control characters.
 */

// What bytes 0x80 to 0x9F stand for; every other byte is the code point of its own value.
const HIGH_BYTES = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte <= 0x9f ? HIGH_BYTES[byte - 0x80]! : byte;
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}
