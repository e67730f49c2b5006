import {describe, expect, it} from 'vitest';
import {scanText} from '../src/features/scan.js';
import {stopwordsFor} from '../src/features/language.js';

const english = stopwordsFor('eng');
const scan = (text: string) => scanText(text, text.toLowerCase(), english);

describe('scanText: one pass over a block', () => {
  it('counts words, stopwords and capitalised words', () => {
    const counts = scan('The cat sat on the Mat');
    expect(counts).toMatchObject({words: 6, stopwords: 3, capitalised: 2, letters: 17, upper: 2});
  });

  it('keeps a word whole across an apostrophe followed by a letter, but not across other punctuation', () => {
    expect(scan("don't l’homme").words).toBe(2);
    expect(scan('well-known e.g. 3,5').words).toBe(6);
    expect(scan("the dogs' bowls").words).toBe(3);
  });

  it('counts letters of any script, and combining marks inside words', () => {
    expect(scan('Ünïcödé café').words).toBe(2);
    expect(scan('नमस्ते दुनिया').words).toBe(2);
    expect(scan('東京 2024').digits).toBe(4);
    expect(scan('東京').startsLower).toBe(false);
  });

  it('reads a character outside the basic plane as one character', () => {
    const counts = scan('𝐀bc 😀 done.');
    expect(counts.words).toBe(2);
    expect(counts.letters).toBe(7);
    expect(counts.punctuation).toBe(2);
  });

  it('reads a pair correctly after a lone surrogate with the same first half was seen', () => {
    const lone = '\ud835';
    expect(scan(`x ${lone}`).words).toBe(1);
    expect(scan('𝐀bc').letters).toBe(3);
  });

  it('counts sentence ends, and flags a full stop that may end an abbreviation inside the block', () => {
    expect(scan('Rain fell. Then snow! Why?')).toMatchObject({sentenceEnds: 3, doubtfulSentenceEnd: false});
    expect(scan('He said "stop." Then left')).toMatchObject({sentenceEnds: 1, doubtfulSentenceEnd: false});
    expect(scan('Mr. Smith went home.')).toMatchObject({sentenceEnds: 2, doubtfulSentenceEnd: true});
    expect(scan('Officials of the U.S. met them')).toMatchObject({sentenceEnds: 1, doubtfulSentenceEnd: true});
    expect(scan('It was John F. Kennedy')).toMatchObject({doubtfulSentenceEnd: true});
    expect(scan('The end is near. It came.')).toMatchObject({sentenceEnds: 2, doubtfulSentenceEnd: false});
    expect(scan('Ask Mr.')).toMatchObject({sentenceEnds: 1, doubtfulSentenceEnd: false});
    expect(scan('Version 2.5 of e.g.this')).toMatchObject({sentenceEnds: 0, doubtfulSentenceEnd: false});
  });

  it('counts separators that stand alone between spaces, lines, and a lower-case start', () => {
    expect(scan('Home | News » World / Europe').separators).toBe(3);
    expect(scan('a|b and/or c').separators).toBe(0);
    expect(scan('one\ntwo\nthree').lines).toBe(3);
    expect(scan('  ...and then').startsLower).toBe(true);
    expect(scan('42 Reasons').startsLower).toBe(false);
  });

  it('looks stopwords up correctly when lower-casing changes the length of the text', () => {
    // "İ" lower-cases to two code units, so positions in the lower-cased text no longer line up.
    const text = 'İstanbul is the city';
    expect(text.toLowerCase().length).not.toBe(text.length);
    expect(scan(text)).toMatchObject({words: 4, stopwords: 2});
  });
});
