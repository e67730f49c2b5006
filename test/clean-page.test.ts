import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {declutter, toText} from '../src/index.js';
import type {Cue} from '../src/features/lexicon.js';
import {CLEAN_PAGE, isCleanPage, keepCleanPage, SURE_JUNK, UNNAMED_SURE_JUNK} from '../src/structure/clean-page.js';
import type {Verdict} from '../src/types.js';
import {findSharedRoot} from './helpers/shared.js';

const shared = findSharedRoot();
const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', path), 'utf8');
const COPYRIGHT: Cue = {name: 'copyright', label: 'legal', pattern: /©/u, whole: false};

function verdict(score: number, kept: boolean): Verdict {
  return kept ? {kept, label: 'body', score, reasons: []} : {kept, label: 'other', score, reasons: ['low-score']};
}

/** The cues of a page's blocks: none, except on the blocks at `named`. */
function cuesOf(verdicts: readonly Verdict[], named: readonly number[] = []): {cues: Cue[]}[] {
  return verdicts.map((_, i) => ({cues: named.includes(i) ? [COPYRIGHT] : []}));
}

describe('keepCleanPage', () => {
  it('keeps every dropped block of a page on which no block scores as sure junk, in place', () => {
    const verdicts = [verdict(0.9, true), verdict(0.2, false), verdict(0.8, true), verdict(SURE_JUNK, false)];
    expect(keepCleanPage(verdicts, cuesOf(verdicts))).toBe(true);
    expect(verdicts.map((v) => v.kept)).toEqual([true, true, true, true]);
    expect(verdicts[1]).toEqual({kept: true, label: 'body', score: 0.2, reasons: [CLEAN_PAGE]});
    // A block kept before keeps its own verdict.
    expect(verdicts[0]!.reasons).toEqual([]);
  });

  it('keeps a page whose one sure-junk block no cue names, that block too: a line cleaned text keeps of its markup', () => {
    const verdicts = [verdict(0.9, true), verdict(SURE_JUNK / 2, false), verdict(0.2, false), verdict(0.8, true)];
    expect(keepCleanPage(verdicts, cuesOf(verdicts))).toBe(true);
    expect(verdicts.map((v) => v.kept)).toEqual([true, true, true, true]);
    expect(verdicts[1]!.reasons).toEqual([CLEAN_PAGE]);
  });

  it('leaves a page with a sure-junk block that a cue names as it was judged', () => {
    const verdicts = [verdict(0.9, true), verdict(0.2, false), verdict(SURE_JUNK / 2, false)];
    const before = structuredClone(verdicts);
    expect(keepCleanPage(verdicts, cuesOf(verdicts, [2]))).toBe(false);
    expect(verdicts).toEqual(before);
  });

  it('leaves a page with two sure-junk blocks, named by no cue, as it was judged', () => {
    const verdicts = [verdict(SURE_JUNK / 2, false), verdict(0.9, true), verdict(0.2, false), verdict(SURE_JUNK / 3, false)];
    const before = structuredClone(verdicts);
    expect(keepCleanPage(verdicts, cuesOf(verdicts))).toBe(false);
    expect(verdicts).toEqual(before);
  });

  it('reads a cue only on a sure-junk block: a named block the scorer doubts is no evidence', () => {
    const verdicts = [verdict(0.9, true), verdict(0.2, false), verdict(0.8, true)];
    expect(isCleanPage(verdicts, cuesOf(verdicts, [1]))).toBe(true);
  });

  it('does not take an empty page or a lone block for a clean page: a lone block is only-block\'s', () => {
    expect(isCleanPage([], [])).toBe(false);
    expect(isCleanPage([verdict(0.3, false)], [{cues: []}])).toBe(false);
  });

  it('does not fire on a scraped page: the NATO fixture has blocks the scorer is sure are junk', () => {
    const doc = declutter(fixture('nato/input.txt'));
    expect(doc.blocks.filter((block) => block.score < SURE_JUNK).length).toBeGreaterThan(UNNAMED_SURE_JUNK);
    expect(doc.blocks.some((block) => block.reasons.includes(CLEAN_PAGE))).toBe(false);
  });
});

describe.skipIf(!shared)('a cleaned page cleaned again', () => {
  const dir = shared ? join(shared, 'corpus', 'wcxb-dev') : '';
  const ids = shared ? readdirSync(join(dir, 'gold')).map((name) => name.replace(/\.json$/, '')).sort() : [];
  const cleanedTwice = (id: string) => {
    const once = toText(declutter(readFileSync(join(dir, 'text', 'paras', `${id}.txt`), 'utf8')));
    return {once, twice: declutter(once)};
  };

  it('keeps the blocks the scorer alone would drop, and prints the output whole', {timeout: 60_000}, () => {
    let restored = 0;
    for (const id of ids.slice(0, 60)) {
      const {once, twice} = cleanedTwice(id);
      const kept = twice.blocks.filter((block) => block.reasons.includes(CLEAN_PAGE));
      if (kept.length === 0) continue;
      restored++;
      // Every block the stage keeps is one the scorer put under the page's threshold, and the output is whole again.
      for (const block of kept) expect(block.score, `${id}: ${block.text}`).toBeLessThan(twice.threshold);
      expect(toText(twice), id).toBe(once);
    }
    // Without the stage, these pages' second pass would drop those blocks.
    expect(restored).toBeGreaterThanOrEqual(3);
  });
});
