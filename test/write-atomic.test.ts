import {lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {writeAtomic} from '../src/cli/batch/write-atomic.js';

const root = mkdtempSync(join(tmpdir(), 'declutter-write-atomic-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('writeAtomic', () => {
  it('writes a link through to the file it names, keeping the link, and creates that file where it does not exist yet', async () => {
    const folder = join(root, 'links');
    mkdirSync(join(folder, 'real'), {recursive: true});
    writeFileSync(join(folder, 'real', 'there.txt'), 'old\n');
    symlinkSync(join('real', 'there.txt'), join(folder, 'to-file.txt'));
    // A dangling link, through a second link: each is followed from its own folder.
    symlinkSync(join('real', 'new.txt'), join(folder, 'dangling.txt'));
    symlinkSync('dangling.txt', join(folder, 'to-dangling.txt'));

    await writeAtomic(join(folder, 'to-file.txt'), 'through\n');
    await writeAtomic(join(folder, 'to-dangling.txt'), 'created\n');

    expect(readFileSync(join(folder, 'real', 'there.txt'), 'utf8')).toBe('through\n');
    expect(readFileSync(join(folder, 'real', 'new.txt'), 'utf8')).toBe('created\n');
    for (const link of ['to-file.txt', 'dangling.txt', 'to-dangling.txt']) expect(lstatSync(join(folder, link)).isSymbolicLink(), link).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['dangling.txt', 'real', 'to-dangling.txt', 'to-file.txt']);
  });

  it('follows a link\'s .. from the folder the link really is in, as the kernel does, behind a linked folder', async () => {
    const folder = join(root, 'dotdot');
    mkdirSync(join(folder, 'real', 'sub'), {recursive: true});
    symlinkSync(join('real', 'sub'), join(folder, 'out'));
    symlinkSync(join('..', 'target.txt'), join(folder, 'real', 'sub', 'a.txt'));
    await writeAtomic(join(folder, 'out', 'a.txt'), 'there\n');
    expect(readFileSync(join(folder, 'real', 'target.txt'), 'utf8')).toBe('there\n');
    expect(readdirSync(folder).sort()).toEqual(['out', 'real']);
  });

  it('refuses a link loop with ELOOP, writing nothing', async () => {
    const folder = join(root, 'loop');
    mkdirSync(folder);
    symlinkSync('b', join(folder, 'a'));
    symlinkSync('a', join(folder, 'b'));
    await expect(writeAtomic(join(folder, 'a'), 'never\n')).rejects.toMatchObject({code: 'ELOOP'});
    expect(readdirSync(folder).sort()).toEqual(['a', 'b']);
  });
});
