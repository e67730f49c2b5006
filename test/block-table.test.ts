import {readFileSync} from 'node:fs';
import {Chalk} from 'chalk';
import {describe, expect, it} from 'vitest';
import {declutter, declutterTaken} from '../src/declutter.js';
import {describeBlock} from '../src/features/describe.js';
import {storedKeyCounts} from '../src/features/description-table.js';
import {stopwordsFor} from '../src/features/language.js';
import {BlockTable, blockTableOf, countKeys} from '../src/pipeline/block-table.js';
import {BOILERPLATE_LABELS, type Label} from '../src/types.js';
import {toExplain} from '../src/write/explain.js';
import {toText} from '../src/write/text.js';

const nato = readFileSync(new URL('../fixtures/nato/input.txt', import.meta.url), 'utf8');
const pageBlocks = nato.trim().split(/\n\s*\n/);

// Past 10,000 blocks, a long document: the fixture's page repeated, each time with a line of its own, so that the
// blocks are not all repeats.
const long = Array.from({length: Math.ceil(10_500 / pageBlocks.length)}, (_, i) => `${nato.trim()}\n\nPage ${i} of the dump, read on.`).join('\n\n');

const plain = new Chalk({level: 0});

describe('a long document cleaned for a caller that only reads it (BlockTable)', () => {
  const taken = declutterTaken({text: long});
  const library = declutter(long);

  it('holds its verdicts in its table, its blocks read through the objects of their descriptions', () => {
    expect(taken.blocks.length).toBeGreaterThanOrEqual(10_000);
    expect(Object.keys(taken.blocks[0]!)).not.toContain('text');
    expect(Object.keys(library.blocks[0]!)).toEqual(['text', 'kept', 'label', 'score', 'reasons']);
  });

  it('gives blocks with the same reasons one frozen list', () => {
    const byNames = new Map<string, Set<string[]>>();
    for (const block of taken.blocks) {
      const names = block.reasons.join(',');
      byNames.set(names, (byNames.get(names) ?? new Set()).add(block.reasons));
    }
    expect([...byNames.values()].every((lists) => lists.size === 1)).toBe(true);
    expect(taken.blocks.every((block) => Object.isFrozen(block.reasons))).toBe(true);
    expect(byNames.size).toBeGreaterThan(2);
  });

  it('is judged as the library judges it: every field of every block, the JSON, the text and the explanation', () => {
    expect(new Set(taken.blocks.map((block) => block.label)).size).toBeGreaterThan(2);
    expect(taken.blocks.some((block) => block.reasons.some((reason) => reason !== 'low-score'))).toBe(true);
    taken.blocks.forEach((block, i) => {
      const expected = library.blocks[i]!;
      const read = {text: block.text, kept: block.kept, label: block.label, score: block.score, reasons: block.reasons};
      if (JSON.stringify(read) !== JSON.stringify(expected)) expect([i, read]).toEqual([i, expected]);
    });
    expect(JSON.stringify(taken)).toBe(JSON.stringify(library));
    expect(toText(taken)).toBe(toText(library));
    expect(toExplain(taken, plain)).toBe(toExplain(library, plain));
  });
});

describe('BlockTable', () => {
  const texts = Array.from({length: 12}, (_, i) => pageBlocks[i % pageBlocks.length]!);
  const table = new BlockTable(texts);
  const stopwords = stopwordsFor('eng');
  const descriptions = texts.map((text, i) => table.store(i, describeBlock(text, stopwords)));
  table.stored();
  const labels: Label[] = ['title', 'heading', 'body', ...BOILERPLATE_LABELS];
  const verdicts = table.judged(descriptions, (i) => ({text: texts[i]!, kept: i % 2 === 0, label: labels[i]!, score: i / 7, reasons: [`r${i}`]}));

  it('reads back each verdict it was given, and what is written into a block afterwards', () => {
    expect(blockTableOf(descriptions)).toBe(table);
    expect(verdicts.map((v) => [v.text, v.kept, v.label, v.score, v.reasons])).toEqual(
      texts.map((text, i) => [text, i % 2 === 0, labels[i], i / 7, [`r${i}`]]),
    );
    verdicts[3]!.kept = true;
    verdicts[3]!.label = 'other';
    verdicts[3]!.score = 0.125;
    verdicts[3]!.reasons = ['rule'];
    verdicts[5]!.reasons = ['rule'];
    expect(verdicts[5]!.reasons).toBe(verdicts[3]!.reasons);
    expect([verdicts[3]!.kept, verdicts[3]!.label, verdicts[3]!.score, verdicts[3]!.reasons]).toEqual([true, 'other', 0.125, ['rule']]);
    expect([verdicts[4]!.kept, verdicts[4]!.label, verdicts[4]!.score]).toEqual([true, labels[4], 4 / 7]);
  });

  it('leaves the descriptions as they were stored', () => {
    texts.forEach((text, i) => expect(descriptions[i]!.words).toBe(describeBlock(text, stopwords).words));
  });

  it("makes each block's key again from its text, and counts the blocks of each key while it is filled", () => {
    const plain = texts.map((text) => describeBlock(text, stopwords));
    expect(descriptions.map((d) => d.key)).toEqual(plain.map((d) => d.key));
    const counts = storedKeyCounts(descriptions)!;
    expect([...counts]).toEqual(plain.map((d) => plain.filter((other) => other.key === d.key).length));
    expect(Math.max(...counts)).toBeGreaterThan(1);
  });

  it('is no table of a plain list of descriptions', () => {
    expect(storedKeyCounts(texts.map((text) => describeBlock(text, stopwords)))).toBeUndefined();
    expect(blockTableOf(texts.map((text) => describeBlock(text, stopwords)))).toBeUndefined();
  });
});

describe('countKeys', () => {
  it('counts the blocks of each key exactly, where different keys share a hash', () => {
    const keys = ['a', 'b', 'a', 'c', 'b', 'a', 'd'];
    // Every key but 'd' given one hash: the counts must come from the keys themselves.
    const hashes = Int32Array.from(keys, (key) => (key === 'd' ? 2 : 1));
    expect([...countKeys(hashes, (i) => keys[i]!)]).toEqual([3, 2, 3, 1, 2, 3, 1]);
    // Two blocks alone on a hash: equal keys or not.
    const pairs = ['x', 'y', 'z', 'z'];
    expect([...countKeys(Int32Array.of(5, 5, 9, 9), (i) => pairs[i]!)]).toEqual([1, 1, 2, 2]);
  });
});
