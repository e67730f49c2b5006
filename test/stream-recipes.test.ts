import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BIN, jsonLines, removeTempDirs, ROOT, tempDir} from './stream-cli.js';

const cliGuide = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], {encoding: 'utf8'}).status === 0;

/** The first line of the code block after `<!-- recipe: NAME -->` in docs/cli.md. */
function recipe(name: string): string {
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w*\\n(.+)\\n`).exec(cliGuide);
  if (!match) throw new Error(`docs/cli.md has no recipe "${name}"`);
  return match[1]!;
}

/** The pages: NATO article variants, each with an id, a few KB each. */
function pages(count: number): string {
  const nato = readFileSync(join(ROOT, 'fixtures/nato/input.txt'), 'utf8');
  const paragraphs = nato.split('\n\n');
  let out = '';
  for (let i = 0; i < count; i++) out += JSON.stringify({id: `p${i}`, text: paragraphs.slice(i % 7).join('\n\n')}) + '\n';
  return out;
}

let dir: string;
let env: NodeJS.ProcessEnv;

/** Run a shell command as docs/cli.md writes it, with `declutter` on PATH logging each start to starts.log. */
function shell(command: string, input?: string) {
  const run = spawnSync('bash', ['-c', command], {cwd: dir, env, input, encoding: 'utf8'});
  return {status: run.status, stdout: run.stdout, stderr: run.stderr};
}

beforeAll(() => {
  dir = tempDir();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'declutter'), `#!/bin/sh\necho start >> "${dir}/starts.log"\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'declutter'), 0o755);
  env = {...process.env, PATH: `${bin}:${process.env['PATH']}`, NO_COLOR: '1'};
});

afterAll(removeTempDirs);

describe('docs/cli.md recipes', () => {
  it.skipIf(!hasParallel)('GNU parallel --pipe -k gives the output of one process', () => {
    writeFileSync(join(dir, 'pages.jsonl'), pages(24));
    writeFileSync(join(dir, 'starts.log'), '');
    // The guide's block size is for real streams; a smaller one makes this small stream split.
    const command = recipe('parallel').replace(/--block \S+/, '--block 16k').replace('-j "$(nproc)"', '-j 2');
    expect(command).toContain('--block 16k');
    const split = shell(command);
    expect(split.status).toBe(0);
    expect(readFileSync(join(dir, 'starts.log'), 'utf8').split('\n').length - 1).toBeGreaterThan(2);

    const single = shell('declutter --input-format jsonl -q < pages.jsonl');
    expect(single.status).toBe(0);
    expect(jsonLines(single.stdout).map((record) => record['id'])).toEqual(Array.from({length: 24}, (_, i) => `p${i}`));
    expect(readFileSync(join(dir, 'clean.jsonl'), 'utf8')).toBe(single.stdout);
  }, 60_000);

  // Hadoop Streaming and Spark's RDD.pipe feed a mapper lines on stdin and take its stdout lines as the records:
  // the contract is one line out for every line in, in order, whatever the line holds.
  for (const [name, pattern] of [
    ['hadoop', /-mapper '([^']+)'/],
    ['spark', /\.pipe\("([^"]+)"\)/],
  ] as const) {
    it(`the ${name} mapper answers every line with one line, in order`, () => {
      const mapper = pattern.exec(recipe(name))?.[1];
      expect(mapper).toMatch(/^declutter /);
      const good = pages(3).split('\n').slice(0, 3);
      const input = [good[0], 'not json', good[1], '{"id": "no text"}', '', good[2]].join('\n') + '\n';
      const run = shell(mapper!, input);
      expect(run.status).toBe(1);
      const out = jsonLines(run.stdout);
      expect(out.map((record) => record['id'] ?? `line ${record['line']}`)).toEqual(['p0', 'line 2', 'p1', 'no text', 'line 5', 'p2']);
      expect(out.filter((record) => 'error' in record)).toHaveLength(3);
    });
  }
});
