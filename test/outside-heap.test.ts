import {serialize} from 'node:v8';
import {describe, expect, it} from 'vitest';
import {decodeBytes} from '../src/read/decode.js';
import {utf8OutsideHeap} from '../src/read/outside-heap.js';

// V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c', after its two header bytes.
const heldOneByte = (text: string) => serialize(text)[2] === '"'.charCodeAt(0);
const utf8 = (text: string) => new TextEncoder().encode(text);
const large = (line: string) => line.repeat(Math.ceil(1_200_000 / utf8(line).length));

describe('a large UTF-8 input decoded outside the heap', () => {
  it('is the text TextDecoder reads, characters of one to four bytes alike', () => {
    const text = large('Plain words, “curly quotes”, café, 日本語 and 🎉 emoji.\n\n');
    expect(utf8OutsideHeap(utf8(text))).toBe(text);
    expect(decodeBytes(utf8(text)).text).toBe(text);
  });

  it('is held a byte a character where every character is Latin-1, two where one is not', () => {
    expect(heldOneByte(utf8OutsideHeap(utf8(large('café au lait\n')))!)).toBe(true);
    expect(heldOneByte(utf8OutsideHeap(utf8(large('a “quoted” word\n')))!)).toBe(false);
  });

  it('leaves a short input, and bytes that are not UTF-8, to the decoder as before', () => {
    expect(utf8OutsideHeap(utf8('café'))).toBeUndefined();
    const bytes = utf8(large('café\n'));
    bytes[10] = 0xff;
    expect(utf8OutsideHeap(bytes)).toBeUndefined();
    // A character cut off at the very end: not valid UTF-8 as a whole, still read as UTF-8, its two bytes (E6 97) stray.
    const cut = utf8(large('日本語\n') + '日').slice(0, -1);
    expect(decodeBytes(cut)).toMatchObject({text: `${large('日本語\n')}æ—`, encoding: 'utf-8', strayBytes: 2});
  });
});
