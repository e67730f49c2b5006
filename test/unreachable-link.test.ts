import {chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isBrokenLink, whyUnreadable} from '../src/cli/batch/broken-link.js';

const dir = mkdtempSync(join(tmpdir(), 'declutter-unreachable-link-'));
afterAll(() => {
  chmodSync(join(dir, 'locked'), 0o700);
  rmSync(dir, {recursive: true, force: true});
});
const denied = Object.assign(new Error("EACCES: permission denied, stat 'page.txt'"), {code: 'EACCES', syscall: 'stat'});

describe('a link to a file its reader may not reach', () => {
  it.skipIf(process.platform === 'win32')('is said as the permission denied, not as a link that leads nowhere', () => {
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'page.txt'), 'text\n');
    symlinkSync(join(dir, 'locked', 'page.txt'), join(dir, 'page.txt'));
    chmodSync(join(dir, 'locked'), 0);
    // The superuser reaches it all the same, and everyone else is refused: to every reader, a link with an end.
    expect(isBrokenLink(join(dir, 'page.txt'))).toBe(false);
    // Seen from outside the locked folder, such a link looks like one to nothing: the reader's error tells them apart.
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'gone-link.txt'));
    expect(whyUnreadable(join(dir, 'gone-link.txt'), denied)).toBe('permission denied');
    expect(whyUnreadable(join(dir, 'gone-link.txt'), Object.assign(new Error(), {code: 'ENOENT'}))).toMatch(/^is a link that leads nowhere/);
  });
});
