import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {describeBlock, type BlockDescription} from '../src/features/describe.js';
import {DescriptionTable} from '../src/features/description-table.js';
import {stopwordsFor} from '../src/features/language.js';
import {splitBlocks} from '../src/read/blocks.js';

const nato = readFileSync(new URL('../fixtures/nato/input.txt', import.meta.url), 'utf8');
const texts = [
  ...splitBlocks(nato).blocks.map((block) => block.text),
  'ADVERTISEMENT',
  'Sign up for our newsletter:',
  '* a bullet with a link to https://example.com and mail@example.com, @someone and #topic',
  'lower-case start, two\nlines — and a separator | here',
  'Ça coûte 12,50 € (TVA 20 %).',
  '',
];
const stopwords = stopwordsFor('eng');

describe('DescriptionTable', () => {
  const table = new DescriptionTable(texts.length);
  const plain = texts.map((text) => describeBlock(text, stopwords));
  const stored = plain.map((d, i) => table.store(i, d));

  it('reads back every field of every description, the same value to the bit', () => {
    expect(plain.some((d) => d.cues.length > 0)).toBe(true);
    plain.forEach((d, i) => {
      for (const field of Object.keys(d) as (keyof BlockDescription)[]) expect([i, field, stored[i]![field]]).toEqual([i, field, d[field]]);
    });
  });

  it('keeps each block apart: a later block does not overwrite an earlier one', () => {
    expect(stored.map((d) => d.chars)).toEqual(texts.map((text) => text.length));
    expect(stored.map((d) => d.key)).toEqual(plain.map((d) => d.key));
  });

  it('shares one frozen empty list of cues among blocks without a cue', () => {
    const none = stored.filter((d) => d.cues.length === 0);
    expect(none.length).toBeGreaterThan(1);
    expect(Object.isFrozen(none[0]!.cues)).toBe(true);
    expect(none.every((d) => d.cues === none[0]!.cues)).toBe(true);
  });
});

describe('DescriptionTable of a long document', () => {
  // Over the number of blocks from which keys are shared, the blocks repeating.
  const repeated = Array.from({length: 10_500}, (_, i) => texts[i % texts.length]!);
  const table = new DescriptionTable(repeated.length);
  const plain = repeated.map((text) => describeBlock(text, stopwords));
  const stored = plain.map((d, i) => table.store(i, d));
  table.stored();

  it('reads back the same keys and cues', () => {
    expect(stored.map((d) => d.key)).toEqual(plain.map((d) => d.key));
    expect(stored.map((d) => d.cues)).toEqual(plain.map((d) => d.cues));
  });

  it('keeps one list of cues, frozen and of its length, for the blocks that match the same cues', () => {
    const advertisement = stored.filter((_, i) => repeated[i] === 'ADVERTISEMENT');
    expect(advertisement.length).toBeGreaterThan(1);
    expect(advertisement[0]!.cues.length).toBeGreaterThan(0);
    expect(advertisement.every((d) => d.cues === advertisement[0]!.cues)).toBe(true);
    expect(Object.isFrozen(advertisement[0]!.cues)).toBe(true);
  });

  it('stores what comes after it is filled as it is given', () => {
    const late = describeBlock('ADVERTISEMENT', stopwords);
    expect(table.store(0, late).cues).toBe(late.cues);
  });
});

describe('DescriptionTable of a long document, filled', () => {
  const long = 'word '.repeat(20_000);
  const repeated = Array.from({length: 10_500}, (_, i) => (i === 7 ? long : texts[i % texts.length]!));
  const table = new DescriptionTable(repeated.length);
  const plain = repeated.map((text) => describeBlock(text, stopwords));
  const stored = plain.map((d, i) => table.store(i, d));
  table.stored();

  it('holds each column of counts in the narrowest integers that hold it, and reads back the same values', () => {
    expect(table.chars).toBeInstanceOf(Int32Array);
    expect(table.words).toBeInstanceOf(Uint16Array);
    expect(table.urls).toBeInstanceOf(Uint8Array);
    plain.forEach((d, i) => {
      for (const field of Object.keys(d) as (keyof BlockDescription)[]) if (stored[i]![field] !== d[field]) expect([i, field, stored[i]![field]]).toEqual([i, field, d[field]]);
    });
  });

  it('stores a count past its narrow column after it is filled', () => {
    const late = describeBlock('word '.repeat(70_000), stopwords);
    expect(table.store(1, late).words).toBe(late.words);
    expect(stored[7]!.chars).toBe(long.length);
  });
});
