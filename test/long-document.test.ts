import {serialize} from 'node:v8';
import {describe, expect, it} from 'vitest';
import {analyzeForCleaning} from '../src/pipeline/analyze.js';
import {LONG_DOCUMENT_BLOCKS} from '../src/read/long-document.js';
import {TextArena} from '../src/read/text-arena.js';

// V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c', after its two header bytes.
const heldOneByte = (text: string) => serialize(text)[2] === '"'.charCodeAt(0);

describe("a long document's texts", () => {
  it("is given a long document's block texts when it is analysed, and only a long document's", () => {
    const page = (blocks: number) => Array.from({length: blocks}, (_, i) => `Block ${i} says “hello”\n\nBlock ${i} says hello`).join('\n\n');
    const long = analyzeForCleaning(page(LONG_DOCUMENT_BLOCKS / 2), {language: 'eng'});
    expect(long.texts).toHaveLength(LONG_DOCUMENT_BLOCKS);
    expect(long.texts.filter(heldOneByte)).toHaveLength(LONG_DOCUMENT_BLOCKS / 2);
    const short = analyzeForCleaning(page(10), {language: 'eng'});
    expect(short.texts.filter(heldOneByte)).toHaveLength(0);
  });
});

describe('TextArena', () => {
  it("gives back every text added, in order, one byte a character where the text is Latin-1 and two where not", () => {
    const texts = ['café au lait', 'a “quoted” word', '', 'x'.repeat(70_000), 'lone \ud800 surrogate', 'plain'];
    const arena = new TextArena();
    for (const text of texts) arena.add(text);
    const held = arena.texts();
    expect(held).toEqual(texts);
    expect(held.map(heldOneByte)).toEqual([true, false, true, true, false, true]);
  });

  it('gives back an empty text that is the only one of its encoding', () => {
    for (const texts of [[''], ['a “quoted” word', ''], ['', '', 'a “quoted” word']]) {
      const arena = new TextArena();
      for (const text of texts) arena.add(text);
      expect(arena.texts()).toEqual(texts);
    }
  });

  it('spreads texts over pieces of a few megabytes, a text longer than a piece in one of its own', () => {
    const texts = ['a'.repeat(3_000_000), 'b'.repeat(3_000_000), 'c'.repeat(5_000_000), 'd', '“'.repeat(2_500_000), 'e “f”'];
    const arena = new TextArena();
    for (const text of texts) arena.add(text);
    const held = arena.texts();
    expect(held.map((text) => [text.length, text[0], text.at(-1)])).toEqual(texts.map((text) => [text.length, text[0], text.at(-1)]));
    expect(held).toEqual(texts);
  });
});
