import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {extensionMatcher} from '../src/cli/batch/extensions.js';
import {escapedName} from '../src/cli/batch/name-bytes.js';
import {walkInputs} from '../src/cli/batch/walk.js';
import {readInput} from '../src/cli/read-input.js';
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

  // Linux takes any bytes but '/' and NUL in a name; other systems' file systems may refuse them.
  it.skipIf(process.platform !== 'linux')('tells a name that is not UTF-8 as such, its bytes escaped, rather than as a missing file', async () => {
    const root = makeTmp();
    const latin1 = (name: string) => Buffer.from(name, 'latin1');
    mkdirSync(join(root, 'site'));
    writeFileSync(Buffer.concat([latin1(join(root, 'site', 'caf')), Buffer.from([0xe9]), latin1('.txt')]), 'text\n');
    mkdirSync(Buffer.concat([latin1(join(root, 'site', 'f')), Buffer.from([0xfc]), latin1('r')]));
    // Not a page by its name: passed over, as any such file is.
    writeFileSync(Buffer.concat([latin1(join(root, 'site', 'x')), Buffer.from([0xff])]), 'text\n');
    writeFileSync(join(root, 'site', 'ok.txt'), 'text\n');
    const walked = await walkInputs([join(root, 'site')], txt);
    expect(paths(walked)).toEqual([join(root, 'site', 'ok.txt')]);
    expect(walked.remarks.map((remark) => [remark.path, remark.kind === 'problem' ? remark.reason : remark.kind])).toEqual([
      [join(root, 'site', 'caf\\xE9.txt'), expect.stringMatching(/^its name is not UTF-8, and declutter opens and names files in UTF-8 alone: rename it/)],
      [join(root, 'site', 'f\\xFCr'), expect.stringMatching(/^its name is not UTF-8/)],
    ]);
    // Named on the command line, such a name arrives with U+FFFD for its stray bytes, and is not there.
    await expect(readInput(join(root, 'site', 'caf\uFFFD.txt'), 1024)).rejects.toThrow(/^no such file \(if its name is not UTF-8, its stray bytes reached declutter as U\+FFFD/);
    await expect(readInput(join(root, 'site', 'gone.txt'), 1024)).rejects.toThrow(/^no such file$/);
  });

  it('shows a name with its UTF-8 characters as they are and every other byte escaped', () => {
    expect(escapedName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]))).toBe('caf\\xE9.txt');
    expect(escapedName(Buffer.concat([Buffer.from('é€'), Buffer.from([0xe2, 0x82]), Buffer.from('a')]))).toBe('é€\\xE2\\x82a');
    expect(escapedName(Buffer.from([0xc0, 0xaf, 0xf5]))).toBe('\\xC0\\xAF\\xF5');
  });
});
