import {mkdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {makeFolder} from '../src/cli/batch/make-folder.js';
import {makeTmp, removeTmpFolders} from './batch-helpers.js';

afterAll(removeTmpFolders);

/** Settles within `ms`, or rejects: a regression to a mkdir that never settles fails instead of hanging. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not settled after ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('makeFolder', () => {
  it('makes every missing folder of a path, and takes one that exists', async () => {
    const root = makeTmp('declutter-mkdir-');
    await within(2_000, makeFolder(join(root, 'a', 'b', 'c')));
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    await within(2_000, makeFolder(join(root, 'a', 'b')));
  });

  it('fails at once under /proc, where a new name answers ENOENT though its parent is there', async () => {
    await expect(within(2_000, makeFolder('/proc/declutter-no-such-folder/a/b'))).rejects.toMatchObject({code: 'ENOENT'});
  });

  it('fails with the file system\'s error when a file stands where a folder should be', async () => {
    const root = makeTmp('declutter-mkdir-');
    writeFileSync(join(root, 'file'), '');
    await expect(within(2_000, makeFolder(join(root, 'file', 'sub')))).rejects.toMatchObject({code: 'ENOTDIR'});
    await expect(within(2_000, makeFolder(join(root, 'file')))).rejects.toMatchObject({code: 'EEXIST'});
  });

  it('takes a folder another write makes at the same time', async () => {
    const root = makeTmp('declutter-mkdir-');
    mkdirSync(join(root, 'x'));
    await within(2_000, Promise.all(Array.from({length: 8}, () => makeFolder(join(root, 'x', 'y', 'z')))));
    expect(statSync(join(root, 'x', 'y', 'z')).isDirectory()).toBe(true);
  });
});
