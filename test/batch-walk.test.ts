import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {extensionMatcher} from '../src/cli/batch/extensions.js';
import {walkInputs} from '../src/cli/batch/walk.js';
import {makeTmp, removeTmpFolders} from './batch-helpers.js';

afterAll(removeTmpFolders);

const txt = extensionMatcher(['txt']);
const paths = (walk: Awaited<ReturnType<typeof walkInputs>>) => walk.files.map((file) => file.path);

describe('walkInputs', () => {
  it('passes over hidden files and folders inside a folder, and takes them where they are named', async () => {
    const root = makeTmp();
    for (const folder of ['site/.git', 'site/.cache/deep', 'site/news']) mkdirSync(join(root, folder), {recursive: true});
    for (const file of ['site/a.txt', 'site/.draft.txt', 'site/.git/b.txt', 'site/.cache/deep/c.txt', 'site/news/d.txt']) {
      writeFileSync(join(root, file), 'text\n');
    }
    const walked = await walkInputs([join(root, 'site')], txt);
    expect(paths(walked)).toEqual([join(root, 'site/a.txt'), join(root, 'site/news/d.txt')]);
    const named = await walkInputs([join(root, 'site/.cache'), join(root, 'site/.draft.txt')], txt);
    expect(paths(named)).toEqual([join(root, 'site/.cache/deep/c.txt'), join(root, 'site/.draft.txt')]);
    // A folder whose files are all hidden holds none to clean.
    mkdirSync(join(root, 'only'));
    writeFileSync(join(root, 'only', '.x.txt'), 'text\n');
    expect((await walkInputs([join(root, 'only')], txt)).remarks).toEqual([{kind: 'no-files', path: join(root, 'only'), at: 0}]);
  });

  it.skipIf(process.platform === 'win32')('takes a folder whose only files fail for one that holds files, not one with none to clean', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'site', 'news'), {recursive: true});
    symlinkSync(join(root, 'gone.txt'), join(root, 'site', 'news', 'a.txt'));
    const walked = await walkInputs([join(root, 'site')], txt);
    expect(walked.remarks.map((remark) => [remark.kind, remark.path])).toEqual([['problem', join(root, 'site', 'news', 'a.txt')]]);
  });
});
