import {mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {brokenLinkReason} from '../src/cli/batch/broken-link.js';
import {readInput} from '../src/cli/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'declutter-broken-link-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('brokenLinkReason', () => {
  it.skipIf(process.platform === 'win32')('ends a loop where it comes back to the link named, however that link is written', () => {
    symlinkSync('b', join(dir, 'a.txt'));
    symlinkSync('a.txt', join(dir, 'b'));
    const loop = `${join(dir, 'a.txt')} -> ${join(dir, 'b')} -> ${join(dir, 'a.txt')}`;
    expect(brokenLinkReason(join(dir, 'a.txt'))).toBe(`is a link that leads nowhere (${loop})`);
    // A folder's walk names the link relative to the working folder, as it was given.
    const named = relative(process.cwd(), join(dir, 'a.txt'));
    expect(brokenLinkReason(named)).toBe(`is a link that leads nowhere (${named} -> ${join(dir, 'b')} -> ${join(dir, 'a.txt')})`);
  });

  it.skipIf(process.platform === 'win32')('is what reading an input named on the command line says of such a link', async () => {
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'named.txt'));
    await expect(readInput(join(dir, 'named.txt'), 1024)).rejects.toThrow(`is a link that leads nowhere (${join(dir, 'named.txt')} -> ${join(dir, 'gone.txt')})`);
    // A file that is not there at all is still just missing.
    await expect(readInput(join(dir, 'gone.txt'), 1024)).rejects.toThrow(/^no such file$/);
  });
});
