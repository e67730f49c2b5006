import {describe, expect, it, vi} from 'vitest';
import {declutter} from '../src/declutter.js';
import {analyze} from '../src/pipeline/analyze.js';
import {blockTerms, termSlots} from '../src/features/terms.js';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {defaultModel, validateModel} from '../src/pipeline/model.js';
import {trainModel} from '../src/learn/train.js';
import {termScores, wordWeights} from '../src/score/word-table.js';
import {trainWordTable, type WordTablePage} from '../src/learn/word-table-train.js';

const BITS = 16;
const terms = (text: string) => blockTerms(text, BITS);
const weightOf = (table: ReturnType<typeof wordWeights>, word: string) => {
  const slots = terms(word);
  expect(slots.length).toBe(1);
  return table.bytes[slots[0]!]! / table.scale;
};

describe('block terms', () => {
  it('are the lower-case words and the pairs of adjacent words, each slot once', () => {
    expect(terms('Read more')).toEqual(terms('read MORE'));
    expect(terms('read more').length).toBe(3);
    // The same words in another order: the same words, another pair.
    const forward = new Set(terms('read more'));
    const backward = terms('more read');
    expect(backward.filter((slot) => forward.has(slot)).length).toBe(2);
    // A word twice is one term; its pair with itself is another.
    expect(terms('more more').length).toBe(2);
    expect(terms('').length).toBe(0);
    expect(terms(' -- | -- ').length).toBe(0);
  });

  it('read words as the block scan does, and count the legal marks as words', () => {
    expect(terms("don't").length).toBe(1);
    expect(terms('don’t')).toEqual(terms("don't"));
    expect(terms('don t').length).toBe(3);
    expect(terms('©').length).toBe(1);
    expect(terms('© 2024')).not.toEqual(terms('2024'));
    for (const slot of terms('Grüße aus Köln 2024')) expect(slot).toBeLessThan(2 ** BITS);
  });

  it('keep a word whole across ASCII and other letters, digits and marks, and split it at any other character', () => {
    for (const word of ['naïve', 'x²', 'Straße2', 'İstanbul', 'ΑΘΗΝΑ']) expect(terms(word).length).toBe(1);
    expect(terms('ΑΘΗΝΑ')).toEqual(terms('αθηνα'));
    expect(terms('a_b')).toEqual(terms('a b'));
    expect(terms('a~b')).toEqual(terms('a b'));
    expect(terms('a\u00a0b')).toEqual(terms('a b'));
  });

  it('hold each slot once, in the order the block first has it, in a block of many terms after any other block', () => {
    // The terms one by one: each word's slot, then its pair's with the word before, unless that is one of theirs.
    const expectedTerms = (words: string[], bits: number) => {
      const expected: number[] = [];
      words.forEach((word, k) => {
        const [slot] = blockTerms(word, bits);
        expected.push(slot!);
        if (k === 0) return;
        const two = [...blockTerms(`${words[k - 1]} ${word}`, bits)];
        if (!new Set([blockTerms(words[k - 1]!, bits)[0], slot]).has(two.at(-1))) expected.push(two.at(-1)!);
      });
      return [...new Set(expected)];
    };
    const vocabulary = Array.from({length: 60}, (_, k) => `w${k.toString(36)}x`);
    // A small table, so that terms share slots; then thousands of terms, more than the seen slots' first places hold.
    const repeated = Array.from({length: 3000}, (_, k) => vocabulary[(k * 7 + Math.floor(k / 13)) % vocabulary.length]!);
    const distinct = Array.from({length: 3000}, (_, k) => `v${k.toString(36)}y`);
    const short = [...blockTerms('read more', 16)];
    expect([...blockTerms(repeated.join(' '), 8)]).toEqual(expectedTerms(repeated, 8));
    expect([...blockTerms(distinct.join(' '), 16)]).toEqual(expectedTerms(distinct, 16));
    expect(blockTerms(distinct.join(' '), 16).length).toBeGreaterThan(4096);
    expect([...blockTerms('read more', 16)]).toEqual(short);
  });

  it('are the same given the block lower-cased by the caller', () => {
    const text = 'Read MORE: Grüße aus Köln, © 2024';
    expect(termSlots(text, BITS, text.toLowerCase()).slice()).toEqual(terms(text));
  });
});

const page = (blocks: [string, 0 | 1 | null][]): WordTablePage => ({
  documents: [{terms: blocks.map(([text]) => terms(text)), labels: blocks.map(([, label]) => label)}],
});

describe('the word table', () => {
  it('learns which words pages use in their boilerplate and which in their body', () => {
    const pages = ['river', 'harbour', 'orchard', 'quarry'].map((topic) =>
      page([
        [`The ${topic} flooded after the storm`, 1],
        ['Subscribe to our newsletter', 0],
        [`${topic} photo credit`, null],
      ]),
    );
    const table = wordWeights(trainWordTable(pages, BITS, 3));
    expect(weightOf(table, 'subscribe')).toBeCloseTo(Math.log(1 / 5), 1);
    expect(weightOf(table, 'storm')).toBeCloseTo(Math.log(5 / 1), 1);
    // Unlabelled blocks teach nothing.
    expect(weightOf(table, 'credit')).toBe(0);
    // A word of one page only weighs nothing, however often it occurs there.
    expect(weightOf(table, 'river')).toBe(0);
  });

  it('counts a page once, however many blocks or renderings repeat a word', () => {
    const repeated = (times: number): WordTablePage => ({
      documents: [0, 1].map(() => ({
        terms: Array.from({length: times}, () => terms('share')),
        labels: Array.from({length: times}, () => 0 as const),
      })),
    });
    const once = wordWeights(trainWordTable([repeated(1), repeated(1), repeated(1)], BITS, 3));
    const often = wordWeights(trainWordTable([repeated(40), repeated(1), repeated(1)], BITS, 3));
    expect(weightOf(often, 'share')).toBe(weightOf(once, 'share'));
    expect(weightOf(once, 'share')).toBeCloseTo(Math.log(1 / 4), 1);
  });

  it('gives each block its terms\' mean, lowest and highest weight', () => {
    const pages = [0, 1, 2].map(() => page([['story told well', 1], ['share this', 0]]));
    const table = wordWeights(trainWordTable(pages, BITS, 3));
    const scores = termScores([terms('story share'), terms('')], table);
    const weights = [...terms('story share')].map((slot) => table.bytes[slot]! / table.scale);
    expect(scores[0]).toBeCloseTo(weights.reduce((a, b) => a + b, 0) / weights.length, 12);
    expect(scores[1]).toBe(Math.min(...weights));
    expect(scores[2]).toBe(Math.max(...weights));
    expect(scores[1]).toBeLessThan(0);
    expect(scores[2]).toBeGreaterThan(0);
    expect([...scores.subarray(3)]).toEqual([0, 0, 0]);
  });
});

describe('word columns', () => {
  const column = (name: string) => FEATURE_NAMES.indexOf(`words:${name}`);

  it('come last, so that older models read their columns unchanged', () => {
    expect(column('known')).toBe(FEATURE_NAMES.indexOf('around:repeatedShare') + 1);
    expect(column('nextMean')).toBe(FEATURE_NAMES.length - 1);
  });

  it('are filled from the model\'s table, with the neighbours\' means', () => {
    const {rows, language} = analyze('Sign up for our newsletter\n\nThe committee approved the budget on Tuesday, after a long debate about the roads.\n\nAll rights reserved');
    expect(defaultModel().words!.languages).toContain(language);
    expect(rows.map((row) => row[column('known')])).toEqual([1, 1, 1]);
    expect(rows[0]![column('mean')]).toBeLessThan(0);
    expect(rows[1]![column('mean')]).toBeGreaterThan(rows[0]![column('mean')]!);
    expect(rows[1]![column('prevMean')]).toBe(rows[0]![column('mean')]);
    expect(rows[1]![column('nextMean')]).toBe(rows[2]![column('mean')]);
    expect(rows[0]![column('prevMean')]).toBe(0);
    const bare = analyze('Sign up for our newsletter', {withoutWordScores: true}).rows[0]!;
    expect(bare.slice(column('known'))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('are left at zero on a page in a language the table does not know', () => {
    const text = 'Melden Sie sich für unseren Newsletter an\n\nDer Ausschuss hat den Haushalt am Dienstag nach einer langen Debatte über die Straßen beschlossen.';
    const {rows, language} = analyze(text);
    expect(language).toBe('deu');
    expect(defaultModel().words!.languages).not.toContain('deu');
    for (const row of rows) expect(row.slice(column('known'))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('reads a table with atob where there is no Buffer (browsers), to the same bytes', () => {
    const pages = [0, 1, 2].map(() => page([['story told well', 1], ['share this', 0]]));
    const table = trainWordTable(pages, BITS, 3);
    const withBuffer = wordWeights(structuredClone(table)).bytes;
    vi.stubGlobal('Buffer', undefined);
    try {
      expect(wordWeights(structuredClone(table)).bytes).toEqual(withBuffer);
      const garbled = {...table, weights: '*'.repeat(table.weights.length)};
      expect(() => wordWeights(garbled)).toThrow(/word table: weights are not base64/);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(withBuffer.some((weight) => weight !== 0)).toBe(true);
  });

  it('a model\'s table is checked when it loads', () => {
    const model = structuredClone(defaultModel());
    const words = trainWordTable([], 10);
    expect(validateModel({...model, words}).words).toEqual(words);
    expect(() => validateModel({...model, words: {...words, weights: 'AAAA'}})).toThrow(/word table: weights must be 1024 bytes/);
    const garbled = validateModel({...model, words: {...words, languages: ['eng'], weights: '*'.repeat(words.weights.length)}});
    expect(() => declutter('The committee approved the budget on Tuesday, after a long debate about the roads.', {model: garbled})).toThrow(/word table: weights are not base64/);
    expect(() => validateModel({...model, words: {...words, bits: 40}})).toThrow(/word table: bits/);
    expect(() => validateModel({...model, words: {...words, scale: 0}})).toThrow(/word table: scale/);
    expect(() => validateModel({...model, words: {...words, languages: 'eng'}})).toThrow(/word table: languages/);
  });
});

describe('training with the word table', () => {
  const column = (name: string) => FEATURE_NAMES.indexOf(`words:${name}`);
  const documents = Array.from({length: 60}, (_, p) => {
    const blocks: [string, 0 | 1][] = [
      [`The place${p} was surveyed by the county engineers during the long dry summer.`, 1],
      ['Subscribe to our newsletter', 0],
      // On three pages only: each page's out-of-fold table has seen it on two at most.
      ...(p < 3 ? [['zeppelin', 0] as [string, 0]] : []),
    ];
    const {rows, descriptions} = analyze(blocks.map(([text]) => text).join('\n\n'), {withoutWordScores: true});
    const terms = blocks.map(([text]) => blockTerms(text, 18));
    return {rows, descriptions, labels: blocks.map(([, label]) => label), page: `page${p}`, language: 'eng', terms};
  });
  const model = trainModel(documents, {title: false});

  it('fills each page\'s word columns from a table that never saw the page, and keeps the table of every page', () => {
    const table = wordWeights(model.words!);
    expect(model.words!.languages).toEqual(['eng']);
    expect(table.bytes[blockTerms('zeppelin', 18)[0]!]).toBeLessThan(0);
    const filled = documents.filter((doc) => doc.rows[0]![column('known')] === 1);
    // At least one of the pages with "zeppelin" has its columns (not left without, as one in four is).
    expect(documents.slice(0, 3).some((doc) => doc.rows[0]![column('known')] === 1)).toBe(true);
    for (const doc of documents.slice(0, 3)) expect(doc.rows[2]![column('lowest')]).toBe(0);
    // "subscribe" is on every page: the other folds' pages teach it.
    for (const doc of filled) expect(doc.rows[1]![column('lowest')]).toBeLessThan(0);
    expect(trainModel(documents, {title: false}).words).toEqual(model.words);
  });

  it('leaves about one page in four without word columns, so the trees learn pages in other languages too', () => {
    const without = documents.filter((doc) => doc.rows.every((row) => row[column('known')] === 0));
    expect(without.length).toBeGreaterThan(60 * 0.1);
    expect(without.length).toBeLessThan(60 * 0.45);
    expect(without.length + documents.filter((doc) => doc.rows.every((row) => row[column('known')] === 1)).length).toBe(60);
  });
});
