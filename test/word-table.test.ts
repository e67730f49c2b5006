import {describe, expect, it} from 'vitest';
import {analyze, declutter} from '../src/clean.js';
import {blockTerms} from '../src/features/terms.js';
import {FEATURE_NAMES, writeWordColumns} from '../src/features/vector.js';
import {validateModel} from '../src/model/model.js';
import {defaultModel} from '../src/model/default.js';
import {trainModel} from '../src/model/train.js';
import {TERM_SCORES, termScores, trainWordTable, wordWeights, type WordTablePage} from '../src/model/word-table.js';

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

  it('gives each block its terms\' mean, lowest, highest and sum, their count, and the shares that lean each way', () => {
    const pages = [0, 1, 2].map(() => page([['story told well', 1], ['share this', 0]]));
    const table = wordWeights(trainWordTable(pages, BITS, 3));
    const scores = termScores([terms('story share'), terms('')], table);
    const weights = [...terms('story share')].map((slot) => table.bytes[slot]! / table.scale);
    const sum = weights.reduce((a, b) => a + b, 0);
    const own = (score: number) => scores[score]!;
    expect(own(TERM_SCORES.mean)).toBeCloseTo(sum / weights.length, 12);
    expect(own(TERM_SCORES.lowest)).toBe(Math.min(...weights));
    expect(own(TERM_SCORES.highest)).toBe(Math.max(...weights));
    expect(own(TERM_SCORES.sum)).toBe(sum);
    expect(own(TERM_SCORES.terms)).toBe(3);
    expect(own(TERM_SCORES.lowShare)).toBe(weights.filter((w) => w <= -1).length / 3);
    expect(own(TERM_SCORES.highShare)).toBe(weights.filter((w) => w >= 1).length / 3);
    // "story" (body on three pages) leans to body and "share" to boilerplate, each past log odds 1; their pair is new.
    expect([own(TERM_SCORES.lowShare), own(TERM_SCORES.highShare)]).toEqual([1 / 3, 1 / 3]);
    expect([...scores.subarray(TERM_SCORES.width)]).toEqual(new Array(TERM_SCORES.width).fill(0));
  });
});

describe('word columns', () => {
  const column = (name: string) => FEATURE_NAMES.indexOf(`words:${name}`);

  it('come last, so that older models read their columns unchanged', () => {
    expect(column('known')).toBe(FEATURE_NAMES.indexOf('around:repeatedShare') + 1);
    expect(column('highShare')).toBe(FEATURE_NAMES.length - 1);
    // The first six came first, so that models trained with them alone read them where they were.
    expect(column('nextMean')).toBe(column('known') + 5);
  });

  it('hold the page\'s mean, the block\'s distance from it, and the mean of the blocks around, by term', () => {
    // Three blocks: sums 2, -3 and 0 (over 4, 2 and 0 terms), with made-up shares.
    const scores = new Float64Array(3 * TERM_SCORES.width);
    const block = (i: number, values: Partial<Record<keyof typeof TERM_SCORES, number>>) => {
      for (const [name, value] of Object.entries(values)) scores[i * TERM_SCORES.width + TERM_SCORES[name as keyof typeof TERM_SCORES]] = value;
    };
    block(0, {mean: 0.5, lowest: -1, highest: 2, sum: 2, terms: 4, lowShare: 0.25, highShare: 0.5});
    block(1, {mean: -1.5, lowest: -2, highest: -1, sum: -3, terms: 2, lowShare: 1, highShare: 0});
    const rows = [0, 1, 2].map(() => new Array<number>(FEATURE_NAMES.length).fill(0));
    writeWordColumns(rows, scores);
    const words = rows.map((row) => row.slice(column('known')));
    const pageMean = (2 - 3) / 6;
    expect(words[0]).toEqual([1, 0.5, -1, 2, 0, -1.5, pageMean, 0.5 - pageMean, -1.5, 0.25, 0.5]);
    expect(words[1]).toEqual([1, -1.5, -2, -1, 0.5, 0, pageMean, -1.5 - pageMean, 0.5, 1, 0]);
    // A block without terms has no distance from the page; its window is the other two blocks' terms.
    expect(words[2]).toEqual([1, 0, 0, 0, -1.5, 0, pageMean, 0, pageMean, 0, 0]);
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
    expect(bare.slice(column('known'))).toEqual(new Array(11).fill(0));
  });

  it('are left at zero on a page in a language the table does not know', () => {
    const text = 'Melden Sie sich für unseren Newsletter an\n\nDer Ausschuss hat den Haushalt am Dienstag nach einer langen Debatte über die Straßen beschlossen.';
    const {rows, language} = analyze(text);
    expect(language).toBe('deu');
    expect(defaultModel().words!.languages).not.toContain('deu');
    for (const row of rows) expect(row.slice(column('known'))).toEqual(new Array(11).fill(0));
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
