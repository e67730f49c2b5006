import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import nodeModule from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {bin, declutterCli, projectRoot, runCommand} from './helpers/spawn.js';

// bin/declutter.cjs, the command that starts the bundled program.

const example = join(projectRoot, 'fixtures', 'nato', 'input.txt');

describe('the declutter command in a checkout not built yet', () => {
  let checkout: string;
  beforeAll(() => {
    checkout = mkdtempSync(join(tmpdir(), 'declutter-unbuilt-'));
    mkdirSync(join(checkout, 'bin'));
    copyFileSync(bin, join(checkout, 'bin', 'declutter.cjs'));
  });
  afterAll(() => rmSync(checkout, {recursive: true, force: true}));

  it('says to build it, and fails', async () => {
    const run = await runCommand(process.execPath, [join(checkout, 'bin', 'declutter.cjs'), example]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^declutter: .*dist.bundle.declutter\.cjs does not exist: build the program first with `npm run build`\n$/);
  });
});

describe('the declutter command on a Node.js that cannot require() ES modules', () => {
  // As Node 22.0 to 22.11 are by default, and Node 18 always: the flag turns the feature off on the Nodes that have it.
  it('names the Node versions it needs, and fails before cleaning anything', async () => {
    const page = '<!DOCTYPE html><html><body><p>A paragraph of a page, long enough to be its body text.</p></body></html>';
    const run = await runCommand(process.execPath, ['--no-experimental-require-module', bin], {input: page});
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `declutter: needs Node.js 20.19 or later in the 20 line, or 22.12 or later, which load ES modules with require(); this is Node.js ${process.version}\n`,
    );
  });
});

// Node's compile cache came with Node 22 (module.enableCompileCache); Node 20 starts without one.
describe.skipIf(!('enableCompileCache' in nodeModule))('the compile cache', () => {
  let temporary: string;
  beforeAll(() => {
    temporary = mkdtempSync(join(tmpdir(), 'declutter-compile-cache-'));
  });
  afterAll(() => rmSync(temporary, {recursive: true, force: true}));

  it('keeps the code compiled for the program in the temporary folder, and the next run gives the same output', async () => {
    const env = {TMPDIR: temporary};
    const first = await declutterCli([example], {env});
    const versions = readdirSync(join(temporary, 'node-compile-cache'));
    expect(versions).toHaveLength(1);
    expect(readdirSync(join(temporary, 'node-compile-cache', versions[0]!)).length).toBeGreaterThan(0);
    const second = await declutterCli([example], {env});
    const expected = readFileSync(join(projectRoot, 'fixtures', 'nato', 'expected.txt'), 'utf8');
    expect(first.stdout).toBe(expected);
    expect(second.stdout).toBe(expected);
  });
});
