import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {delimiter, dirname, join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {projectRoot} from './helpers/spawn.js';

// The package as a user gets it: packed, installed from its tarball by the machine's npm into a prefix of its own, and
// run as an installed command from another folder.

const run = promisify(execFile);
const example = join(projectRoot, 'fixtures', 'nato', 'input.txt');
const expected = readFileSync(join(projectRoot, 'fixtures', 'nato', 'expected.txt'), 'utf8');

/**
 * The environment of the npm and declutter commands: this process's node first on the PATH (the one the tests run
 * on, which the installed command's `#!/usr/bin/env node` then finds), and none of the npm_* variables that `npm test`
 * sets for its own scripts.
 */
function commandEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  return {...env, PATH: [dirname(process.execPath), process.env['PATH']].join(delimiter)};
}

describe('the package', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'declutter-package-'));
  });
  afterAll(() => rmSync(work, {recursive: true, force: true}));

  it('installs from its tarball without a warning, and the installed command cleans the example', async () => {
    const env = commandEnv();
    // --ignore-scripts: packing runs `npm run build` first (prepack), which would rewrite dist/ under the tests running
    // beside this one; `npm test` has just built it.
    const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {cwd: projectRoot, env});
    expect(pack.stderr).not.toMatch(/warn/i);
    const [{filename}] = JSON.parse(pack.stdout) as [{filename: string}];

    // The dependencies come from npm's cache when they are in it, as after the project's own install.
    const prefix = join(work, 'prefix');
    const install = await run(
      'npm',
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, filename)],
      {cwd: work, env},
    );
    expect(install.stdout + install.stderr).not.toMatch(/warn/i);

    const clean = await run(join(prefix, 'bin', 'declutter'), [example], {cwd: work, env});
    expect(clean.stderr).toBe('');
    expect(clean.stdout).toBe(expected);
    // npm links the manual page of a global install where man(1) finds it.
    expect(existsSync(join(prefix, 'share', 'man', 'man1', 'declutter.1'))).toBe(true);

    // The bundles that load on demand are in the package: the Markdown reader and writer.
    writeFileSync(join(work, 'example.md'), `# ${expected.split('\n')[0]}\n\n${expected.split('\n').slice(1).join('\n')}`);
    const markdown = await run(join(prefix, 'bin', 'declutter'), ['-f', 'markdown', 'example.md'], {cwd: work, env});
    expect(markdown.stderr).toBe('');
    expect(markdown.stdout).toMatch(/^# NATO head says/);
  }, 120_000);
});
