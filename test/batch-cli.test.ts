import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cleanAlone, declutterCli, listFiles, makeTmp, removeTmpFolders, snapshot} from './batch-helpers.js';
import {PROMO_LINES, SHARED_SENTENCE, SITE_PAGES, sitePage} from './batch-site.js';
import {runInProcess} from './helpers/in-process.js';

afterAll(removeTmpFolders);

const NATO = new URL('../fixtures/nato/input.txt', import.meta.url).pathname;

/**
 * A real input tree: nested folders, a gzipped HTML-named page, a binary file, an empty file, a symlink loop, a
 * dangling link, a FIFO, and a file with an extension the walk leaves alone.
 */
function makeTree(): string {
  const root = makeTmp();
  const input = join(root, 'in');
  mkdirSync(join(input, 'news', 'deep'), {recursive: true});
  copyFileSync(NATO, join(input, 'nato.txt'));
  writeFileSync(join(input, 'news', 'page1.txt'), sitePage(0));
  writeFileSync(join(input, 'news', 'deep', 'page2.html.gz'), gzipSync(sitePage(1)));
  writeFileSync(join(input, 'news', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
  symlinkSync('..', join(input, 'news', 'loop'));
  symlinkSync('nowhere.txt', join(input, 'dangling.txt'));
  execFileSync('mkfifo', [join(input, 'news', 'pipe.txt')]);
  return root;
}

// Spawned runs of the built CLI: slow on a busy 2-core machine.
describe('declutter DIR -o OUT', {timeout: 90_000}, () => {
  let root: string;
  let before: Record<string, string>;
  let run: Awaited<ReturnType<typeof declutterCli>>;

  beforeAll(async () => {
    root = makeTree();
    before = snapshot(join(root, 'in'));
    run = await declutterCli(['in', '-o', 'out', '--no-templates', '-j', '2'], {cwd: root});
  }, 90_000);

  it('mirrors the tree, with the output extension, uncompressed', () => {
    expect(listFiles(join(root, 'out'))).toEqual(['empty.txt', 'nato.txt', 'news/deep/page2.txt', 'news/page1.txt']);
  });

  it('writes what cleaning each file alone prints, byte for byte, with templates off', () => {
    for (const [input, output] of [
      ['nato.txt', 'nato.txt'],
      ['news/page1.txt', 'news/page1.txt'],
      ['news/deep/page2.html.gz', 'news/deep/page2.txt'],
    ]) {
      expect(readFileSync(join(root, 'out', output), 'utf8')).toBe(cleanAlone(join(root, 'in', input!)));
    }
  });

  it('matches the single-file CLI too', async () => {
    const alone = await declutterCli([join(root, 'in', 'news', 'deep', 'page2.html.gz')]);
    expect(readFileSync(join(root, 'out', 'news', 'deep', 'page2.txt'), 'utf8')).toBe(alone.stdout);
  });

  it('gives an empty output for an empty file', () => {
    expect(readFileSync(join(root, 'out', 'empty.txt'), 'utf8')).toBe('');
  });

  it('names each file it cannot clean with the reason, cleans the others, and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/binary\.txt: looks binary/);
    expect(run.stderr).toMatch(/pipe\.txt: is not a regular file/);
    expect(run.stderr).toContain(`in/dangling.txt: is a link that leads nowhere (in/dangling.txt -> ${join(root, 'in', 'nowhere.txt')})`);
    expect(run.stderr).not.toMatch(/image\.png/);
    // In the walk's order, what the walk could not clean in its place among the files the workers failed on.
    expect(run.stderr.match(/[\w.]+(?=: (?:looks binary|is not a regular|is a link that leads nowhere))/g)).toEqual(['dangling.txt', 'binary.txt', 'pipe.txt']);
    expect(run.stderr).toMatch(/cleaned 4, failed 3, skipped 0; [\d.]+ kB in, [\d.]+ kB out; \d+% of the text kept; [\d.]+ s/);
  });

  it('leaves the inputs as they were', () => {
    expect(snapshot(join(root, 'in'))).toEqual(before);
  });
});

describe('batch mode choices', {timeout: 90_000}, () => {
  it('writes json with the json extension, or the one --out-ext gives', async () => {
    const root = makeTree();
    const json = await declutterCli(['in/news', '-o', 'json', '-f', 'json', '--no-templates'], {cwd: root});
    expect(json.code).toBe(1);
    expect(listFiles(join(root, 'json'))).toEqual(['deep/page2.json', 'page1.json']);
    const page2 = JSON.parse(readFileSync(join(root, 'json', 'deep', 'page2.json'), 'utf8'));
    expect(page2.body).toContain('The island ferry will run every forty minutes from June');
    // The headline is kept, as the title or as a heading in its place, above the article.
    const headline = page2.blocks.findIndex((block: {text: string}) => block.text === 'Ferry timetable changes for the summer season');
    const firstBody = page2.blocks.findIndex((block: {label: string}) => block.label === 'body');
    expect(page2.blocks[headline]).toMatchObject({kept: true, label: expect.stringMatching(/^(?:title|heading)$/)});
    expect(headline).toBeLessThan(firstBody);
    const md = await declutterCli(['in/news/page1.txt', '-o', 'md', '--out-ext', '.md'], {cwd: root});
    expect(md.code).toBe(0);
    expect(listFiles(join(root, 'md'))).toEqual(['page1.md']);
  });

  it('reads HTML pages as HTML, and counts the share kept of their visible text, not of their markup', async () => {
    const root = makeTmp();
    const body = sitePage(0).split('\n').filter((line) => line.trim()).map((line) => `<p>${line}</p>`).join('');
    writeFileSync(join(root, 'page.html'), `<!DOCTYPE html><html><head><script>${'var x = 1;'.repeat(500)}</script></head><body>${body}</body></html>`);
    const run = await declutterCli(['page.html', '-o', 'out', '--threshold', '0', '--no-templates'], {cwd: root});
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'out', 'page.txt'), 'utf8')).not.toMatch(/<|var x/);
    expect(run.stderr).toMatch(/; 100% of the text kept;/);
  });

  it('cleans files given by name into the output folder', async () => {
    const root = makeTmp();
    writeFileSync(join(root, 'a.txt'), sitePage(0));
    writeFileSync(join(root, 'b.md'), sitePage(1));
    const run = await declutterCli(['a.txt', 'b.md', '-o', 'out', '-q'], {cwd: root});
    expect(run).toMatchObject({code: 0, stderr: ''});
    expect(listFiles(join(root, 'out'))).toEqual(['a.txt', 'b.txt']);
  });

  it('picks files in folders by --ext', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in', 'a.txt'), sitePage(0));
    writeFileSync(join(root, 'in', 'b.md'), sitePage(1));
    writeFileSync(join(root, 'in', 'c.md.gz'), gzipSync(sitePage(2)));
    const run = await declutterCli(['in', '-o', 'out', '--ext', 'md'], {cwd: root});
    expect(run.code).toBe(0);
    expect(listFiles(join(root, 'out'))).toEqual(['b.txt', 'c.txt']);
  });

  it('keeps folder names apart when several folders are given', async () => {
    const root = makeTmp();
    for (const site of ['one', 'two']) {
      mkdirSync(join(root, site));
      writeFileSync(join(root, site, 'index.txt'), sitePage(site === 'one' ? 0 : 1));
    }
    const run = await declutterCli(['one', 'two', '-o', 'out'], {cwd: root});
    expect(run.code).toBe(0);
    expect(listFiles(join(root, 'out'))).toEqual(['one/index.txt', 'two/index.txt']);
  });

  it('refuses inputs that would land on one output path before any work, naming them', async () => {
    const root = makeTmp();
    writeFileSync(join(root, 'a.txt'), sitePage(0));
    writeFileSync(join(root, 'a.html'), sitePage(1));
    const run = await runInProcess(['.', '-o', '../out'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/a\.html and .*a\.txt would both be written to .*out\/a\.txt/);
    expect(existsSync(join(root, '..', 'out'))).toBe(false);
  });

  it('refuses an output folder inside an input folder, or the input folder itself (exit 2)', async () => {
    const root = makeTree();
    for (const [out, said] of [
      ['in/cleaned', 'is inside the input folder in:'],
      ['in', 'is the input folder'],
      ['in/news/../news/x', 'is inside the input folder in:'],
    ]) {
      const run = await runInProcess(['in', '-o', out!], root);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`the output folder ${out} ${said}`);
    }
    expect(existsSync(join(root, 'in', 'cleaned'))).toBe(false);
    expect(listFiles(join(root, 'in')).some((file) => file.startsWith('news/x'))).toBe(false);
  });

  it('refuses an output folder above an input folder where an output would land inside the input folder (exit 2)', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'data', 'raw', 'raw'), {recursive: true});
    writeFileSync(join(root, 'data', 'raw', 'raw', 'b.txt'), sitePage(0));
    // The outputs mirror the tree below data/raw: raw/b.txt would be data/raw/b.txt, inside the input folder.
    const into = await declutterCli(['data/raw', '-o', 'data'], {cwd: root});
    expect(into.code).toBe(2);
    expect(into.stderr).toContain('the output data/raw/b.txt would be written inside the input folder data/raw');
    expect(listFiles(join(root, 'data'))).toEqual(['raw/raw/b.txt']);
    // Where every output lands beside the input folder, not in it, the run goes ahead.
    mkdirSync(join(root, 'data', 'raw', 'news'));
    renameSync(join(root, 'data', 'raw', 'raw', 'b.txt'), join(root, 'data', 'raw', 'news', 'b.txt'));
    rmSync(join(root, 'data', 'raw', 'raw'), {recursive: true});
    const beside = await declutterCli(['-q', 'data/raw', '-o', 'data'], {cwd: root});
    expect(beside.code).toBe(0);
    expect(listFiles(join(root, 'data'))).toEqual(['news/b.txt', 'raw/news/b.txt']);
    // A link in the output folder to a folder inside the input folder leads an output into it: refused too.
    rmSync(join(root, 'data', 'news'), {recursive: true});
    mkdirSync(join(root, 'data', 'raw', 'empty'));
    symlinkSync(join('raw', 'empty'), join(root, 'data', 'news'));
    const linked = await declutterCli(['data/raw', '-o', 'data'], {cwd: root});
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('the output data/news/b.txt would be written inside the input folder data/raw: choose an output folder beside it (such as -o data/raw-clean)');
    expect(listFiles(join(root, 'data', 'raw'))).toEqual(['news/b.txt']);
  });

  it('refuses an empty output folder name, and an output that is a file, naming it (exit 2)', async () => {
    const root = makeTmp();
    writeFileSync(join(root, 'a.txt'), sitePage(0));
    const empty = await runInProcess(['a.txt', '-o', ''], root);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/takes a folder, not an empty name/);
    const file = await runInProcess(['.', '-o', 'a.txt'], root);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/the output a\.txt exists and is not a folder/);
    const under = await runInProcess(['.', '-o', 'a.txt/clean'], root);
    expect(under.status).toBe(2);
    expect(under.stderr).toContain(`the output folder a.txt/clean cannot be made: ${join(root, 'a.txt')} is a file, not a folder`);
    expect(listFiles(root)).toEqual(['a.txt']);
  });

  // The temporary file beside each output must fit where the output's own name fits (255 bytes on most systems).
  it('writes outputs whose names are as long as a file name may be', async () => {
    const root = makeTmp();
    const name = `${'a'.repeat(247)}.txt`;
    writeFileSync(join(root, name), sitePage(0));
    const run = await declutterCli([name, '-o', 'out', '-q'], {cwd: root});
    expect(run).toMatchObject({code: 0, stderr: ''});
    expect(listFiles(join(root, 'out'))).toEqual([name]);
  });

  // Spawned, as a user meets it; this file's other refusals run in process (runInProcess), sparing a process start each.
  it('refuses to write an output over its own input', async () => {
    const root = makeTmp();
    writeFileSync(join(root, 'a.txt'), sitePage(0));
    const run = await declutterCli(['a.txt', '-o', '.'], {cwd: root});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/would be written over by its own output/);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(sitePage(0));
  });

  it('refuses an output folder that holds a file named as input, whose neighbours are the user\'s (exit 2)', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'pages'));
    writeFileSync(join(root, 'pages', 'page.html'), `<html><body><p>${sitePage(0)}</p></body></html>`);
    // A scraped text of the same page beside it, which the output page.txt would replace.
    writeFileSync(join(root, 'pages', 'page.txt'), sitePage(1));
    // Spawned: were the run not refused, it would clean in a worker, which an in-process run cannot start.
    for (const out of ['pages', './pages/', 'pages/../pages']) {
      const run = await declutterCli(['pages/page.html', '-o', out], {cwd: root});
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/would be written beside the input pages\/page\.html, among files declutter did not write/);
    }
    expect(readFileSync(join(root, 'pages', 'page.txt'), 'utf8')).toBe(sitePage(1));
    // A folder of its own below the inputs' is another folder: the outputs go there.
    const below = await declutterCli(['-q', 'pages/page.html', '-o', 'pages/clean'], {cwd: root});
    expect(below.code).toBe(0);
    expect(listFiles(join(root, 'pages', 'clean'))).toEqual(['page.txt']);
  });

  it('names the input at risk where an output is a link to another input, and refuses a link to nothing as the output folder', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'in'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'in', 'alpha.txt'), sitePage(0));
    writeFileSync(join(root, 'in', 'beta.txt'), sitePage(1));
    symlinkSync(join('..', 'in', 'beta.txt'), join(root, 'out', 'alpha.txt'));
    const linked = await runInProcess(['in', '-o', 'out'], root);
    expect(linked.status).toBe(2);
    expect(linked.stderr).toContain('in/beta.txt would be written over by out/alpha.txt, the output of in/alpha.txt');
    symlinkSync(join(root, 'nowhere'), join(root, 'gone'));
    symlinkSync('gone', join(root, 'gone2'));
    for (const out of ['gone', 'gone/sub', 'gone2']) {
      const dangling = await runInProcess(['in/alpha.txt', '-o', out], root);
      expect(dangling.status).toBe(2);
      expect(dangling.stderr).toContain(`the output folder ${out} cannot be made: ${join(root, out.split('/')[0]!)} is a link that leads nowhere (`);
      expect(dangling.stderr).toContain(`-> ${join(root, 'nowhere')})`);
    }
    expect(readFileSync(join(root, 'in', 'beta.txt'), 'utf8')).toBe(sitePage(1));
  });

  it('refuses an output that is a link to a file among the inputs that is no input, whether a folder or a file is named', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'in'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'in', 'alpha.txt'), sitePage(0));
    writeFileSync(join(root, 'in', 'notes.dat'), 'kept by the user\n');
    symlinkSync(join('..', 'in', 'notes.dat'), join(root, 'out', 'alpha.txt'));
    const byFolder = await runInProcess(['in', '-o', 'out'], root);
    expect(byFolder.status).toBe(2);
    expect(byFolder.stderr).toContain(`the output out/alpha.txt (a link to ${join(root, 'in', 'notes.dat')}) would be written inside the input folder in`);
    const byFile = await runInProcess(['in/alpha.txt', '-o', 'out'], root);
    expect(byFile.status).toBe(2);
    expect(byFile.stderr).toContain(`the output out/alpha.txt (a link to ${join(root, 'in', 'notes.dat')}) would be written beside the input in/alpha.txt`);
    expect(readFileSync(join(root, 'in', 'notes.dat'), 'utf8')).toBe('kept by the user\n');
    // Through an output folder that is itself a link, the target's `..` climbs from where the folder really is.
    mkdirSync(join(root, 'work'));
    symlinkSync(join(root, 'out'), join(root, 'work', 'out'));
    const throughFolder = await runInProcess([join(root, 'in'), '-o', 'out'], join(root, 'work'));
    expect(throughFolder.status).toBe(2);
    expect(throughFolder.stderr).toContain(`(a link to ${join(root, 'in', 'notes.dat')}) would be written inside the input folder`);
    expect(readFileSync(join(root, 'in', 'notes.dat'), 'utf8')).toBe('kept by the user\n');
  });

  it('writes an output that is a link through to the file it names, created where it does not exist yet', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'a.txt'), sitePage(0));
    symlinkSync(join('..', 'kept', 'a.txt'), join(root, 'out', 'a.txt'));
    mkdirSync(join(root, 'kept'));
    const run = await declutterCli(['a.txt', '-o', 'out', '-q', '--no-templates'], {cwd: root});
    expect(run).toMatchObject({code: 0, stderr: ''});
    expect(lstatSync(join(root, 'out', 'a.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'kept', 'a.txt'), 'utf8')).toBe(cleanAlone(join(root, 'a.txt')));
  });

  it('refuses two outputs that a link in the output folder makes one file, which would lose a page (exit 2, nothing written)', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'in', 'one'), {recursive: true});
    mkdirSync(join(root, 'in', 'two'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'in', 'a.txt'), sitePage(0));
    writeFileSync(join(root, 'in', 'b.txt'), sitePage(1));
    // To another output, there from an earlier run or not yet.
    symlinkSync('b.txt', join(root, 'out', 'a.txt'));
    const missing = await runInProcess(['in', '-o', 'out', '--skip-existing'], root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`the outputs out/a.txt (a link to ${join(root, 'out', 'b.txt')}) and out/b.txt would both be written to ${join(root, 'out', 'b.txt')}`);
    writeFileSync(join(root, 'out', 'b.txt'), 'an earlier output\n');
    const existing = await runInProcess(['in', '-o', 'out'], root);
    expect(existing.status).toBe(2);
    expect(existing.stderr).toContain('the outputs out/a.txt (a link to');
    expect(readFileSync(join(root, 'out', 'b.txt'), 'utf8')).toBe('an earlier output\n');
    // Both outputs there, and both passed over by --skip-existing: nothing is written, so nothing is lost.
    const skipped = await runInProcess(['in', '-o', 'out', '--skip-existing'], root);
    expect(skipped.stderr).toContain('skipped 2');
    expect(skipped.status).toBe(0);
    expect(readFileSync(join(root, 'out', 'b.txt'), 'utf8')).toBe('an earlier output\n');
    // Through a link to a folder of the output folder: out/one/p.txt is out/two/p.txt.
    rmSync(join(root, 'out', 'a.txt'));
    writeFileSync(join(root, 'in', 'one', 'p.txt'), sitePage(2));
    writeFileSync(join(root, 'in', 'two', 'p.txt'), sitePage(3));
    mkdirSync(join(root, 'out', 'two'));
    symlinkSync('two', join(root, 'out', 'one'));
    const throughFolder = await runInProcess(['in', '-o', 'out'], root);
    expect(throughFolder.status).toBe(2);
    expect(throughFolder.stderr).toContain(`the outputs out/one/p.txt and out/two/p.txt would both be written to ${join(root, 'out', 'two', 'p.txt')}`);
    expect(listFiles(join(root, 'out'))).toEqual(['b.txt']);
  });

  it('skips outputs that exist with --skip-existing', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'in'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'in', 'a.txt'), sitePage(0));
    writeFileSync(join(root, 'in', 'b.txt'), sitePage(1));
    writeFileSync(join(root, 'out', 'a.txt'), 'left alone\n');
    const run = await declutterCli(['in', '-o', 'out', '--skip-existing', '--no-templates'], {cwd: root});
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'out', 'a.txt'), 'utf8')).toBe('left alone\n');
    expect(readFileSync(join(root, 'out', 'b.txt'), 'utf8')).toBe(cleanAlone(join(root, 'in', 'b.txt')));
    expect(run.stderr).toMatch(/cleaned 1, failed 0, skipped 1/);
  });

  it('refuses record streams, which it would clean as one document of JSON or WARC text (exit 2, nothing written)', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in', 'pages.jsonl'), JSON.stringify({id: 1, text: sitePage(0)}) + '\n');
    writeFileSync(join(root, 'in', 'a.txt'), sitePage(1));
    const cases: [string[], RegExp][] = [
      [['in/pages.jsonl'], /in\/pages\.jsonl is jsonl/],
      [['in', '--ext', 'txt,jsonl'], /\*\.jsonl is jsonl/],
      [['in/a.txt', '--input-format', 'warc'], /not warc record streams/],
      [['in/a.txt', '--blocks'], /--blocks is for JSONL output/],
      [['in/a.txt', '--text-field', 'body'], /--text-field is for JSONL input/],
    ];
    for (const [args, message] of cases) {
      const run = await runInProcess([...args, '-o', 'out'], root);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(join(root, 'out'))).toBe(false);
    // Documents alone still go through.
    expect((await declutterCli(['in/a.txt', '--input-format', 'text', '-o', 'out'], {cwd: root})).code).toBe(0);
  });

  it('refuses batch-only options without an output folder, --ext without a folder, and a bad --jobs', async () => {
    expect((await runInProcess([NATO, '--skip-existing'])).status).toBe(2);
    const noTemplates = await runInProcess([NATO, '--no-templates']);
    expect(noTemplates.status).toBe(2);
    expect(noTemplates.stderr).toContain('--no-templates needs an output folder (-o, --out-dir)');
    // --ext picks the files of folders: with files alone it would be ignored in silence.
    for (const args of [[NATO, '--ext', 'jsonl'], [NATO, '-', '--ext', 'md'], [NATO, '--ext', 'md', '-o', makeTmp()]]) {
      const ext = await runInProcess(args);
      expect(ext.status, args.join(' ')).toBe(2);
      expect(ext.stderr).toContain('--ext picks the files of folders, and no input is a folder');
    }
    // An input that is not there may be the folder meant: its own error is the one named.
    const missing = await runInProcess([join(makeTmp(), 'nowhere'), '--ext', 'md', '-o', makeTmp()]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nowhere: no such file');
    const jobs = await runInProcess([NATO, '-o', makeTmp(), '-j', '0']);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toMatch(/--jobs takes a whole number/);
  });
});

describe('several inputs without -o', {timeout: 90_000}, () => {
  it('cleans them in order to stdout, like cat, a folder walked in name order', async () => {
    const root = makeTree();
    const run = await declutterCli(['in/news', 'in/nato.txt'], {cwd: root});
    const expected = [join(root, 'in/news/deep/page2.html.gz'), join(root, 'in/news/page1.txt'), join(root, 'in/nato.txt')].map(cleanAlone).join('');
    expect(run.stdout).toBe(expected);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/binary\.txt: looks binary/);
  });

  it('says so when a folder holds no file to clean', async () => {
    const root = makeTmp();
    writeFileSync(join(root, 'a.txt'), sitePage(0));
    const run = await declutterCli(['.', '--ext', 'md'], {cwd: root});
    expect(run).toMatchObject({code: 0, stdout: '', stderr: 'declutter: .: no files to clean (extensions: md)\n'});
    // In batch mode too, before the summary; and a folder holding files is not named.
    mkdirSync(join(root, 'pages'));
    mkdirSync(join(root, 'empty'));
    writeFileSync(join(root, 'pages', 'a.txt'), sitePage(0));
    const batch = await declutterCli(['pages', 'empty', '-o', 'out'], {cwd: root});
    expect(batch.code).toBe(0);
    expect(batch.stderr).toMatch(/^declutter: empty: no files to clean \(extensions: [^)]*\)\ndeclutter: cleaned 1,/);
    // A folder whose files a folder above it, given too, found first is not empty.
    mkdirSync(join(root, 'pages', 'sub'));
    writeFileSync(join(root, 'pages', 'sub', 'b.txt'), sitePage(1));
    const nested = await declutterCli(['pages', join('pages', 'sub'), '-o', 'nested'], {cwd: root});
    expect(nested.code).toBe(0);
    expect(nested.stderr).not.toContain('no files to clean');
  });

  it('notes a folder with no file to clean in its place among the inputs, with or without -o', async () => {
    const root = makeTmp();
    for (const folder of ['first', 'empty', 'last']) mkdirSync(join(root, folder));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]);
    for (const file of ['first/a.txt', 'named.txt', 'last/b.txt']) writeFileSync(join(root, file), png);
    const said = /^declutter: (\S+): (looks binary|no files to clean)/gm;
    const inOrder = (stderr: string) => [...stderr.matchAll(said)].map((match) => match[1]);
    const expected = [join('first', 'a.txt'), 'empty', 'named.txt', join('last', 'b.txt')];
    for (const args of [['-o', 'out'], ['-f', 'json']]) {
      const run = await declutterCli(['first', 'empty', 'named.txt', 'last', ...args], {cwd: root});
      expect(run.code).toBe(1);
      expect(inOrder(run.stderr)).toEqual(expected);
    }
    // A last folder with nothing to clean is noted after the files before it.
    const last = await declutterCli(['first', 'empty'], {cwd: root});
    expect(inOrder(last.stderr)).toEqual(expected.slice(0, 2));
  });

  it('walks a folder for the files of the record stream --input-format names, when --ext is not given', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'in', 'sub'), {recursive: true});
    writeFileSync(join(root, 'in', 'a.jsonl'), `${JSON.stringify({id: 'a', text: sitePage(0)})}\n`);
    writeFileSync(join(root, 'in', 'sub', 'b.ndjson.gz'), gzipSync(`${JSON.stringify({id: 'b', text: sitePage(1)})}\n`));
    writeFileSync(join(root, 'in', 'c.txt'), sitePage(2));
    const run = await declutterCli(['--input-format', 'jsonl', 'in'], {cwd: root});
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['a', 'b']);
  });
});

describe('template learning in a batch', {timeout: 90_000}, () => {
  it('removes the site lines each page alone keeps, and keeps a body sentence two pages share', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'site'));
    for (let i = 0; i < SITE_PAGES; i++) writeFileSync(join(root, 'site', `page${i}.txt`), sitePage(i));
    const learned = await declutterCli(['site', '-o', 'learned'], {cwd: root});
    const alone = await declutterCli(['site', '-o', 'alone', '--no-templates'], {cwd: root});
    expect([learned.code, alone.code]).toEqual([0, 0]);
    for (let i = 0; i < SITE_PAGES; i++) {
      const withTemplates = readFileSync(join(root, 'learned', `page${i}.txt`), 'utf8');
      const without = readFileSync(join(root, 'alone', `page${i}.txt`), 'utf8');
      for (const line of PROMO_LINES) {
        expect(without).toContain(line);
        expect(withTemplates).not.toContain(line);
      }
    }
    for (const i of [0, 2]) expect(readFileSync(join(root, 'learned', `page${i}.txt`), 'utf8')).toContain(SHARED_SENTENCE);
  });

  it('keeps the article of a page saved three times, whole, as cleaning it alone does', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'saved'));
    for (const day of ['mon', 'tue', 'wed']) copyFileSync(NATO, join(root, 'saved', `nato-${day}.txt`));
    const run = await declutterCli(['saved', '-o', 'out'], {cwd: root});
    expect(run.code).toBe(0);
    for (const day of ['mon', 'tue', 'wed']) expect(readFileSync(join(root, 'out', `nato-${day}.txt`), 'utf8')).toBe(cleanAlone(NATO));
  });

  it('runs more workers than Node warns about for one signal\'s listeners without a warning (-j 6)', async () => {
    const root = makeTmp();
    mkdirSync(join(root, 'site'));
    for (let i = 0; i < 12; i++) writeFileSync(join(root, 'site', `${i}.txt`), sitePage(i % SITE_PAGES));
    const sixJobs = await declutterCli(['site', '-o', 'out', '-j', '6'], {cwd: root});
    expect(sixJobs.code).toBe(0);
    expect(listFiles(join(root, 'out'))).toHaveLength(12);
    expect(sixJobs.stderr).not.toContain('Warning');
  });

  it('learns per site: pages spread one to a folder teach nothing, unless --site-key groups them', async () => {
    const root = makeTmp();
    for (let i = 0; i < SITE_PAGES; i++) {
      mkdirSync(join(root, 'site', `2026-0${i + 1}`), {recursive: true});
      writeFileSync(join(root, 'site', `2026-0${i + 1}`, 'story.txt'), sitePage(i));
    }
    await declutterCli(['site', '-o', 'by-folder'], {cwd: root});
    await declutterCli(['site', '-o', 'by-key', '--site-key', 'all'], {cwd: root});
    expect(readFileSync(join(root, 'by-folder', '2026-01', 'story.txt'), 'utf8')).toContain(PROMO_LINES[0]);
    expect(readFileSync(join(root, 'by-key', '2026-01', 'story.txt'), 'utf8')).not.toContain(PROMO_LINES[0]);
  });
});
