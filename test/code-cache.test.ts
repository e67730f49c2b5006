import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {projectRoot, runCommand} from './helpers/spawn.js';

// The CLI runs its bundle with the V8 code cache the build saved (bin/code-cache.cjs, scripts/bundle-cli.mjs). These
// check that the build's cache is used, and that a cache that does not belong to the bundle is never used, whatever
// V8 would say: the output stays the same either way.

const bundleDir = join(projectRoot, 'dist', 'bundle');
const codeCache = join(projectRoot, 'bin', 'code-cache.cjs');
const example = join(projectRoot, 'fixtures', 'nato', 'input.txt');
const expected = readFileSync(join(projectRoot, 'fixtures', 'nato', 'expected.txt'), 'utf8');

/** In a fresh process (V8 checks the cache against its own flags): what became of the cache, and the command's output. */
async function runBundle(bundle: string): Promise<{cache: string; stdout: string}> {
  const script = `process.stderr.write(require(${JSON.stringify(codeCache)}).runWithCodeCache(process.argv[1]));`;
  const run = await runCommand(process.execPath, ['-e', script, bundle, example]);
  expect(run.status).toBe(0);
  return {cache: run.stderr, stdout: run.stdout};
}

describe('the code cache', () => {
  let copy: string;
  let bundle: string;

  // A copy of the built bundle where the tests may change it: package.json two folders up, as main.js expects.
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'declutter-cache-'));
    mkdirSync(join(copy, 'dist', 'bundle'), {recursive: true});
    mkdirSync(join(copy, 'dist', 'score'), {recursive: true});
    copyFileSync(join(projectRoot, 'package.json'), join(copy, 'package.json'));
    for (const name of ['declutter.cjs', 'declutter.cjs.cache']) {
      copyFileSync(join(bundleDir, name), join(copy, 'dist', 'bundle', name));
    }
    // The bundle reads the library's copy of the model.
    copyFileSync(join(bundleDir, '..', 'score', 'weights.json'), join(copy, 'dist', 'score', 'weights.json'));
    bundle = join(copy, 'dist', 'bundle', 'declutter.cjs');
  });
  afterAll(() => rmSync(copy, {recursive: true, force: true}));

  it('is used as the build saved it', async () => {
    const run = await runBundle(join(bundleDir, 'declutter.cjs'));
    expect(run.cache).toBe('used');
    expect(run.stdout).toBe(expected);
  });

  it('runs a bundle that is strict, as the ES modules it is made of were', () => {
    // A directive only as the file's first statement: after the banner, esbuild's own would be an inert string.
    expect(readFileSync(join(bundleDir, 'declutter.cjs'), 'utf8')).toMatch(/^'use strict';\n/);
  });

  it('is not used with another build of the same length', async () => {
    // V8 checks only the length of the source: a bundle with another build line must be refused by the line.
    const source = readFileSync(bundle, 'utf8');
    const line = source.lastIndexOf('//# declutter-build ');
    const other = source.slice(0, line) + source.slice(line).replace(/[0-9a-f](?=\n$)/, (digit) => (digit === '0' ? '1' : '0'));
    expect(other.length).toBe(source.length);
    writeFileSync(bundle, other);
    const run = await runBundle(bundle);
    expect(run.cache).toBe('stale');
    expect(run.stdout).toBe(expected);
  });

  it('is rejected when V8 cannot read it, and the bundle still runs', async () => {
    const source = readFileSync(join(bundleDir, 'declutter.cjs'), 'utf8');
    writeFileSync(bundle, source);
    const build = source.slice(source.lastIndexOf('//# declutter-build '));
    writeFileSync(`${bundle}.cache`, Buffer.concat([Buffer.from(build), Buffer.alloc(4096, 7)]));
    const run = await runBundle(bundle);
    expect(run.cache).toBe('rejected');
    expect(run.stdout).toBe(expected);
  });

  it('may be missing', async () => {
    writeFileSync(bundle, readFileSync(join(bundleDir, 'declutter.cjs')));
    rmSync(`${bundle}.cache`, {force: true});
    const run = await runBundle(bundle);
    expect(run.cache).toBe('missing');
    expect(run.stdout).toBe(expected);
  });
});
