import {copyFileSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {bin, projectRoot, runCommand} from './helpers/spawn.js';

// A checkout has no dist/ until `npm run build` (installing its dependencies does not build it).
describe('the declutter command in a checkout not built yet', () => {
  let checkout: string;
  beforeAll(() => {
    checkout = mkdtempSync(join(tmpdir(), 'declutter-unbuilt-'));
    mkdirSync(join(checkout, 'bin'));
    copyFileSync(bin, join(checkout, 'bin', 'declutter.cjs'));
  });
  afterAll(() => rmSync(checkout, {recursive: true, force: true}));

  it('says to build it, and fails', async () => {
    const run = await runCommand(process.execPath, [join(checkout, 'bin', 'declutter.cjs'), join(projectRoot, 'fixtures', 'nato', 'input.txt')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^declutter: .*dist.bundle.declutter\.cjs does not exist: build the program first with `npm run build`\n$/);
  });
});
