import {copyFileSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {decodeBytes, declutter, toText} from '../src/index.js';
import {findSharedRoot} from './helpers/shared.js';
import {declutterCli} from './helpers/spawn.js';
import {jsonLines, removeTempDirs, runCli, tempDir} from './stream-cli.js';

const shared = findSharedRoot();
afterAll(removeTempDirs);

interface Page {
  /** The page's file name in the sample folder: text pages `.txt`, HTML pages `.html.gz` as fetched. */
  name: string;
  path: string;
}

/** A few text and HTML pages of each corpus, spread over its ids. */
function samplePages(): Page[] {
  const pages: Page[] = [];
  for (const corpus of ['wcxb-dev', 'traf-dev']) {
    const dir = join(shared!, 'corpus', corpus);
    const ids = readdirSync(join(dir, 'gold')).map((name) => name.replace(/\.json$/, '')).sort();
    const spread = [0.1, 0.35, 0.6, 0.85].map((at) => ids[Math.floor(at * ids.length)]!);
    for (const id of spread.slice(0, 2)) pages.push({name: `${corpus}-${id}.txt`, path: join(dir, 'text', 'paras', `${id}.txt`)});
    for (const id of spread.slice(2)) pages.push({name: `${corpus}-${id}.html.gz`, path: join(dir, 'html', `${id}.html.gz`)});
  }
  return pages;
}

// The same body from every way in: the library, the CLI on a file and on stdin, batch mode without template learning,
// and a JSONL stream of the pages' decoded text.
describe.skipIf(!shared)('every way of cleaning a page agrees', () => {
  it('on text and HTML pages of both corpora', {timeout: 120_000}, async () => {
    const pages = samplePages();
    const folder = tempDir();
    for (const page of pages) copyFileSync(page.path, join(folder, page.name));
    const texts = pages.map((page) => decodeBytes(readFileSync(page.path)).text);
    const library = texts.map((text) => toText(declutter(text)));
    expect(library.filter((printed) => printed !== '').length, 'pages that keep something').toBeGreaterThan(pages.length / 2);

    // The CLI on a file and on stdin for every other page (each run loads the model), two at a time.
    for (const [index, page] of pages.entries()) {
      if (index % 2 === 1) continue;
      const [file, stdin] = await Promise.all([declutterCli([join(folder, page.name)]), declutterCli([], {input: readFileSync(page.path)})]);
      expect({status: file.status, stdout: file.stdout}, `file ${page.name}`).toEqual({status: 0, stdout: library[index]});
      expect({status: stdin.status, stdout: stdin.stdout}, `stdin ${page.name}`).toEqual({status: 0, stdout: library[index]});
    }

    const out = tempDir();
    const batch = runCli([folder, '-o', out, '--no-templates', '-j', '2', '-q']);
    expect(batch.status, batch.stderr).toBe(0);
    for (const [index, page] of pages.entries()) {
      const output = join(out, page.name.replace(/\.txt$|\.html\.gz$/, '') + '.txt');
      expect(readFileSync(output, 'utf8'), `batch ${page.name}`).toBe(library[index]);
    }

    const stream = pages.map((page, index) => JSON.stringify({id: page.name, text: texts[index]})).join('\n') + '\n';
    const jsonl = runCli(['--input-format', 'jsonl', '-q'], stream);
    expect(jsonl.status, jsonl.stderr).toBe(0);
    const records = jsonLines(jsonl.stdout);
    expect(records.map((record) => record['id'])).toEqual(pages.map((page) => page.name));
    for (const [index, record] of records.entries()) {
      expect(record['text'], `jsonl ${pages[index]!.name}`).toBe(library[index]!.replace(/\n$/, ''));
    }
  });
});
