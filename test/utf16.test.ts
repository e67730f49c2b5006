import {describe, expect, it} from 'vitest';
import {decodeBytes, InputError} from '../src/index.js';
import {unmarkedUtf16Order} from '../src/read/utf16.js';

const TEXT = 'Hello there. A plain paragraph, with a few more words.\n\nÜber Straße und Fluß: another one.\n';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('UTF-16 without a byte-order mark', () => {
  it('is read in either byte order', () => {
    expect(decodeBytes(Buffer.from(TEXT, 'utf16le'))).toMatchObject({text: TEXT, encoding: 'utf-16le', guessed: true});
    expect(decodeBytes(utf16be(TEXT))).toMatchObject({text: TEXT, encoding: 'utf-16be', guessed: true});
  });

  it('drops an odd last byte, a character cut short', () => {
    const bytes = Buffer.from(TEXT, 'utf16le');
    expect(decodeBytes(bytes.subarray(0, bytes.length - 1)).text).toBe(TEXT.slice(0, -1));
  });

  it('is not found in UTF-8 text, nor in binary data with NULs at both positions of a pair', () => {
    expect(unmarkedUtf16Order(Buffer.from(TEXT))).toBeUndefined();
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i += 3) binary[i] = 0x41;
    expect(unmarkedUtf16Order(binary)).toBeUndefined();
    expect(() => decodeBytes(binary)).toThrow(InputError);
  });

  it('is refused as binary when it decodes to control characters', () => {
    const controls = Buffer.alloc(2048);
    for (let i = 0; i < controls.length; i += 2) controls[i] = 0x01;
    expect(() => decodeBytes(controls)).toThrow(/binary/);
  });
});
