import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeBytes, declutter, InputError, toText} from '../src/index.js';
// @ts-expect-error: a plain script module, shared with scripts/fuzz.mjs, has no types.
import {loadSeeds, makeInput, random} from '../scripts/fuzz-inputs.mjs';
import {findSharedRoot} from './helpers/shared.js';

// A bounded sample of scripts/fuzz.mjs: random and mutated corpus inputs (gzip and UTF-16 variants too) through the
// library, each refused with an InputError or cleaned, within a time bound.
const shared = findSharedRoot();
const CORPUS = shared === undefined ? undefined : join(shared, 'corpus');
const INPUTS = 150;
const MAX_MS_AN_INPUT = 3_000;

describe.skipIf(CORPUS === undefined)('a fuzz sample', () => {
  it(`neither crashes nor hangs on ${INPUTS} random and mutated inputs`, {timeout: 120_000}, () => {
    const rand = random(20_260_101);
    const seeds = loadSeeds(CORPUS!, 10, rand);
    const crashes: string[] = [];
    let cleaned = 0;
    let slowest = 0;
    for (let index = 0; index < INPUTS; index++) {
      const {kind, bytes} = makeInput(seeds, rand) as {kind: string; bytes: Buffer};
      const started = performance.now();
      try {
        toText(declutter(decodeBytes(bytes).text));
        cleaned++;
      } catch (error) {
        if (!(error instanceof InputError)) crashes.push(`input ${index} (${kind}): ${(error as Error).message}`);
      }
      slowest = Math.max(slowest, performance.now() - started);
    }
    expect(crashes).toEqual([]);
    expect(cleaned).toBeGreaterThan(INPUTS / 2);
    expect(slowest).toBeLessThan(MAX_MS_AN_INPUT);
  });
});
