import {describe, expect, it} from 'vitest';
import {isWordAt, scanText} from '../src/features/scan.js';
import {collectorFor, termSlots} from '../src/features/terms.js';

const BITS = 20;
const STOPWORDS = new Set(['the', 'a', 'of']);

/** The slots the block scan hands over in its own pass. */
function scannedSlots(text: string): number[] {
  const collector = collectorFor(BITS);
  scanText(text, text.toLowerCase(), STOPWORDS, collector);
  return [...collector.slots()];
}

describe('the word table terms read by the block scan', () => {
  const blocks = [
    'Read more',
    "Don't miss the class of '99: rock'n'roll, l’homme, class'99 and 4’33”.",
    'End.\'s next — U.S. officials met Mr. Smith! Really?! "Yes."',
    '© 2024 Example Ltd. All rights reserved®. Brand™ name ©',
    'Grüße aus Köln, ÉCOLE ΣΟΦΙΑ ΟΔΟΣ, İstanbul İzmir',
    'emoji 😀 inside a word𝐀𝐁 and 𐐀𐐁 Deseret',
    'a\u0301 combining e\u0301 marks \u0301 alone',
    "trailing apostrophe' and ' lone and ’’ doubled",
    'tabs\tand\nlines | separators » here › there',
    '',
    '   ',
    'x',
    "12'34 5’6 x'y'z",
  ];
  for (const block of blocks) {
    it(`are the term reader's for ${JSON.stringify(block.slice(0, 30))}`, () => {
      expect(scannedSlots(block)).toEqual([...termSlots(block, BITS)]);
    });
  }

  it('are the term reader\'s for random strings of awkward characters', () => {
    const alphabet = ["a", "Z", "é", "İ", "Σ", "'", "’", "9", "\u0301", " ", ".", "!", "©", "™", "\ud83d\ude00", "\ud800", "-", "\n", '"', "ß"];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(scannedSlots(text), JSON.stringify(text)).toEqual([...termSlots(text, BITS)]);
    }
  });

  it('rely on lower-casing keeping a character a word character or not', () => {
    // The scan classes a block's own characters and hashes their lower case: the two must agree on every code unit
    // that lower-cases to one.
    const disagree: number[] = [];
    for (let code = 0; code < 0xd800; code++) {
      const char = String.fromCharCode(code);
      const lower = char.toLowerCase();
      if (lower.length !== 1) continue;
      if (isWordAt(char, 0, code) !== isWordAt(lower, 0, lower.charCodeAt(0))) disagree.push(code);
    }
    for (let code = 0xe000; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const lower = char.toLowerCase();
      if (lower.length !== 1) continue;
      if (isWordAt(char, 0, code) !== isWordAt(lower, 0, lower.charCodeAt(0))) disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });
});

describe("a page's terms written down by the block scan", () => {
  it('weigh each block as the term reader does, repeats counted once, blocks with no terms left at zero', async () => {
    const {PageTerms} = await import('../src/features/terms.js');
    const {pageTermScores, termScores, wordWeights} = await import('../src/score/word-table.js');
    const {defaultModel} = await import('../src/pipeline/model.js');
    const table = wordWeights(defaultModel().words!);
    const texts = ['Read more read more', '', '— | —', "Subscribe to our newsletter ©", 'emoji 😀 here', 'İstanbul İzmir', 'The river flooded after the storm.'];
    const terms = new PageTerms(table.bits);
    for (const text of texts) scanText(text, text.toLowerCase(), STOPWORDS, terms);
    expect(terms.blocks).toBe(texts.length);
    const scores = pageTermScores(terms, table);
    expect([...scores]).toEqual([...termScores(texts, table)]);
    expect(scores.some((score) => score !== 0)).toBe(true);
  });
});
