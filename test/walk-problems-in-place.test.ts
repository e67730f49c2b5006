import {execFileSync} from 'node:child_process';
import {closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {bin, declutterCli as cli, projectRoot, runCommand} from './helpers/spawn.js';

// A folder cleaned to stdout: a file its walk finds and cannot clean (here a link that leads nowhere) fails in its
// place among the others, as a named file does, so that -f json has a line for it and the lines keep name order.
const dir = mkdtempSync(join(tmpdir(), 'declutter-walk-problems-'));
const pipe = join(dir, 'piped', 'p.txt');
afterAll(() => {
  // A writer still waiting for the pipe to be opened is let go, whatever the run did.
  if (existsSync(pipe)) closeSync(openSync(pipe, constants.O_RDONLY | constants.O_NONBLOCK));
  rmSync(dir, {recursive: true, force: true});
});

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

  it.skipIf(process.platform === 'win32')('reads that path where it is named on the command line too', async () => {
    // A walk never opens a FIFO; one named is read as stdin would be. Its failure in the walk's place is not its fate
    // in its own place.
    mkdirSync(join(dir, 'piped'));
    execFileSync('mkfifo', [pipe]);
    const page = join(projectRoot, 'fixtures/nato/input.txt');
    // The writer lets go of the run's stdout and stderr before it waits for a reader, so that the run's end is seen.
    const writer = `(exec </dev/null >/dev/null 2>&1; cat "${page}" > "${pipe}") &`;
    const command = `${writer} exec "${process.execPath}" "${bin}" -f json "${join(dir, 'piped')}" "${pipe}"`;
    const run = await runCommand('sh', ['-c', command]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {input: string; error?: string; body?: string});
    expect(lines.map((line) => [line.input, line.error])).toEqual([
      [pipe, 'is not a regular file'],
      [pipe, undefined],
    ]);
    expect(lines[1]!.body).toContain('NATO');
  });
});
