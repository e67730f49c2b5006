import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {declutter, decodeBytes, toText} from '../src/index.js';
import {runCli} from './stream-cli.js';

const root = new URL('../fixtures/', import.meta.url).pathname;

/** A file of the fixture's folder, or `fallback` when it has none (no stderr, status 0). */
function readOr(folder: string, file: string, fallback: string): string {
  const path = join(folder, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : fallback;
}

// Every folder under fixtures/ is a case: an input (a page as text or HTML, a JSON-lines stream, a WARC file) and
// the output declutter must print for it, exactly: expected.txt or expected.jsonl, with expected.stderr and
// expected.status where they are not empty and 0. `node scripts/update-fixtures.mjs` rewrites them on purpose.
describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    const input = readdirSync(folder).find((file) => file.startsWith('input.'));
    const expectedFile = readdirSync(folder).find((file) => file === 'expected.txt' || file === 'expected.jsonl');
    if (!input || !expectedFile) throw new Error(`fixtures/${name} needs an input.* and an expected.txt or expected.jsonl`);
    const expected = readFileSync(join(folder, expectedFile), 'utf8');

    it(`${name}: the CLI prints the expected output, notes and status`, () => {
      const run = runCli([input], undefined, folder);
      expect(run.stdout).toBe(expected);
      expect(run.stderr).toBe(readOr(folder, 'expected.stderr', ''));
      expect(String(run.status)).toBe(readOr(folder, 'expected.status', '0').trim());
    });

    if (expectedFile === 'expected.txt') {
      it(`${name}: the library gives the same text`, () => {
        const {text} = decodeBytes(readFileSync(join(folder, input)));
        expect(toText(declutter(text))).toBe(expected);
      });
    }
  }
});
