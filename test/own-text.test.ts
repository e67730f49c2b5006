import {serialize} from 'node:v8';
import {describe, expect, it} from 'vitest';
import {analyzeForCleaning} from '../src/pipeline/analyze.js';
import {OWN_TEXTS_FROM, ownText} from '../src/read/own-text.js';

// V8's serializer writes a one-byte string with the tag '"' and a two-byte one with 'c', after its two header bytes.
const heldOneByte = (text: string) => serialize(text)[2] === '"'.charCodeAt(0);

describe('ownText', () => {
  // A document held two bytes a character for its one curly quote, as V8 holds it.
  const document = `‘Quoted’ heading\n\n${'Plain prose of the body, Latin-1 only: café. '.repeat(4)}\n\nA line with a “quote”\n\nA lone \ud800 surrogate`;
  const slices = document.split('\n\n');

  it('keeps every character, lone surrogates included', () => {
    for (const slice of slices) expect(ownText(slice)).toBe(slice);
  });

  it('holds a block of Latin-1 characters one byte a character, a block with any other two', () => {
    expect(slices.map(heldOneByte)).toEqual([false, false, false, false]);
    expect(slices.map((slice) => heldOneByte(ownText(slice)))).toEqual([false, true, false, false]);
  });

  it("is given a long document's block texts when it is analysed, and only a long document's", () => {
    const page = (blocks: number) => Array.from({length: blocks}, (_, i) => `Block ${i} says “hello”\n\nBlock ${i} says hello`).join('\n\n');
    const long = analyzeForCleaning(page(OWN_TEXTS_FROM / 2), {language: 'eng'});
    expect(long.texts).toHaveLength(OWN_TEXTS_FROM);
    expect(long.texts.filter(heldOneByte)).toHaveLength(OWN_TEXTS_FROM / 2);
    const short = analyzeForCleaning(page(10), {language: 'eng'});
    expect(short.texts.filter(heldOneByte)).toHaveLength(0);
  });
});
