import {copyFileSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {declutterCli as cli, projectRoot} from './helpers/spawn.js';

// A folder cleaned to stdout: a file its walk finds and cannot clean (here a link that leads nowhere) fails in its
// place among the others, as a named file does, so that -f json has a line for it and the lines keep name order.
const dir = mkdtempSync(join(tmpdir(), 'declutter-walk-problems-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('a folder cleaned to stdout with a file its walk cannot clean', () => {
  it.skipIf(process.platform === 'win32')('answers that file in its place, in -f json and on stderr', async () => {
    const page = join(projectRoot, 'fixtures/nato/input.txt');
    copyFileSync(page, join(dir, 'a.txt'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'b.txt'));
    copyFileSync(page, join(dir, 'c.txt'));
    const run = await cli(['-f', 'json', dir]);
    const reason = `is a link that leads nowhere (${join(dir, 'b.txt')} -> ${join(dir, 'missing.txt')})`;
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {input: string; error?: string});
    expect(lines.map((line) => [line.input, line.error])).toEqual([
      [join(dir, 'a.txt'), undefined],
      [join(dir, 'b.txt'), reason],
      [join(dir, 'c.txt'), undefined],
    ]);
    expect(run.stderr).toBe(`declutter: ${join(dir, 'b.txt')}: ${reason}\n`);
  });
});
