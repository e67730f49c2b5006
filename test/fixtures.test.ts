import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {declutter, toText} from '../src/index.js';

const root = new URL('../fixtures/', import.meta.url).pathname;

// Every folder under fixtures/ with an input.txt and an expected.txt is a case: the output must match exactly.
describe('fixtures', () => {
  for (const name of readdirSync(root)) {
    it(`cleans ${name} exactly`, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const expected = readFileSync(join(root, name, 'expected.txt'), 'utf8');
      expect(toText(declutter(input))).toBe(expected);
    });
  }
});
