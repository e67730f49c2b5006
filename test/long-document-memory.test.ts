import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {declutter, declutterTaken} from '../src/declutter.js';

const nato = readFileSync(new URL('../fixtures/nato/input.txt', import.meta.url), 'utf8');

// The fixture's page repeated: past 10,000 blocks, a long document, as a book or a forum dump is.
function repeated(blocks: number): string {
  const page = nato.trim();
  const pageBlocks = page.split(/\n\s*\n/).length;
  return Array.from({length: Math.ceil(blocks / pageBlocks)}, () => page).join('\n\n');
}

describe('a long document held less', () => {
  it('declutterTaken cleans as declutter does and leaves its input empty', () => {
    const input = {text: nato};
    const doc = declutterTaken(input, {});
    expect(input.text).toBe('');
    expect(JSON.stringify(doc)).toBe(JSON.stringify(declutter(nato)));
  });

  it('shares one frozen list among the removed blocks whose one reason is low-score, from 10,000 blocks, for the CLI', () => {
    const doc = declutterTaken({text: repeated(10_000)});
    expect(doc.blocks.length).toBeGreaterThanOrEqual(10_000);
    const lowScore = doc.blocks.filter((block) => block.reasons.length === 1 && block.reasons[0] === 'low-score');
    expect(lowScore.length).toBeGreaterThan(1);
    expect(new Set(lowScore.map((block) => block.reasons)).size).toBe(1);
    expect(Object.isFrozen(lowScore[0]!.reasons)).toBe(true);
  });

  it("gives a library caller's long document a list of reasons a block, which it may write into", () => {
    const doc = declutter(repeated(10_000));
    expect(doc.blocks.length).toBeGreaterThanOrEqual(10_000);
    const lowScore = doc.blocks.filter((block) => block.reasons.length === 1 && block.reasons[0] === 'low-score');
    expect(lowScore.length).toBeGreaterThan(1);
    lowScore[0]!.reasons.push('reviewed');
    expect(lowScore[0]!.reasons).toEqual(['low-score', 'reviewed']);
    expect(lowScore[1]!.reasons).toEqual(['low-score']);
  });

  it('gives each block of a shorter document its own list of reasons', () => {
    const lowScore = declutter(repeated(200)).blocks.filter((block) => block.reasons.length === 1 && block.reasons[0] === 'low-score');
    expect(lowScore.length).toBeGreaterThan(1);
    expect(new Set(lowScore.map((block) => block.reasons)).size).toBe(lowScore.length);
    expect(Object.isFrozen(lowScore[0]!.reasons)).toBe(false);
  });
});
