import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {WARCRecord, WARCSerializer} from 'warcio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {declutter, toText} from '../src/index.js';
import {jsonLines, removeTempDirs, ROOT, runCli, tempDir} from './stream-cli.js';

/**
 * A real fault of declutter's, provoked from outside: the CLI runs with a preload that breaks the HTML parser
 * (`helpers/break-html-parser.cjs`), so that cleaning an HTML page throws a TypeError, as a bug would; text pages are
 * cleaned as usual.
 */
const BREAK_HTML = {NODE_OPTIONS: `--require ${join(ROOT, 'test/helpers/break-html-parser.cjs')}`};
const runBroken = (args: readonly string[], dir: string, env: NodeJS.ProcessEnv = {}) => runCli(args, undefined, dir, {...BREAK_HTML, ...env});

const natoText = readFileSync(join(ROOT, 'fixtures/nato/input.txt'), 'utf8');
const natoHtml = `<!DOCTYPE html><html><head><title>NATO</title></head><body>${natoText
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
  .join('')}</body></html>`;
const cleanedText = toText(declutter(natoText));

/** A corpus of one page, the NATO page as HTML with its text as gold, in `dir`/`name`. */
function natoCorpus(dir: string, name: string, id: string): void {
  const corpus = join(dir, name);
  mkdirSync(join(corpus, 'gold'), {recursive: true});
  mkdirSync(join(corpus, 'html'), {recursive: true});
  writeFileSync(join(corpus, 'gold', `${id}.json`), JSON.stringify({id, main_content: natoText}));
  writeFileSync(join(corpus, 'html', `${id}.html.gz`), gzipSync(natoHtml));
}

const INTERNAL = /internal error while cleaning (\S+): Cannot read properties of undefined/;
const REPORT = /declutter: this is a bug in declutter, not a fault of the input: please report it/;
const STACK_LINE = /^\s+at /m;

afterAll(removeTempDirs);

describe('an internal error, told apart from a bad input', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'page.txt'), natoText);
    writeFileSync(join(dir, 'page.html'), natoHtml);
  });

  it('is named as one, asks for a report, still cleans the other inputs, and exits 70 over a missing file\'s 1', () => {
    const run = runBroken(['page.html', 'missing.txt', 'page.txt'], dir);
    expect(run.status).toBe(70);
    expect(INTERNAL.exec(run.stderr)?.[1]).toBe('page.html');
    expect(run.stderr).toMatch(REPORT);
    expect(run.stderr).toContain('declutter: missing.txt: no such file\n');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe(cleanedText);
  });

  it('shows its stack with DECLUTTER_DEBUG=1', () => {
    const run = runBroken(['page.html'], dir, {DECLUTTER_DEBUG: '1'});
    expect(run.status).toBe(70);
    expect(run.stderr).toMatch(/^TypeError: Cannot read properties of undefined/m);
    expect(run.stderr).toMatch(STACK_LINE);
  });

  it('in eval, is named as one for the command, asks for a report and exits 70, without a stack', () => {
    natoCorpus(dir, 'corpus', '0008');
    const run = runBroken(['eval', 'corpus', '--renderings', 'html', '-q'], dir);
    expect(run.status).toBe(70);
    expect(run.stderr).toMatch(/^declutter: internal error while running eval: Cannot read properties of undefined/);
    expect(run.stderr).toMatch(REPORT);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('in eval, is named for the command that ran, whatever words before it name another command', () => {
    const run = runBroken(['--language', 'train', 'eval', 'corpus', '--renderings', 'html', '-q'], dir);
    expect(run.status).toBe(70);
    expect(run.stderr).toMatch(/^declutter: internal error while running eval: /);
  });

  it('in train, is named for train, in the words the README gives for it', () => {
    natoCorpus(dir, 'train-corpus', '0001');
    const run = runBroken(['train', 'train-corpus', '--renderings', 'html', '-q', '-o', 'model.json'], dir);
    expect(run.status).toBe(70);
    const [, doing] = /^declutter: internal error (while running train): /.exec(run.stderr) ?? [];
    expect(doing).toBeDefined();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| 70 |')) ?? '';
    for (const words of [doing!, 'while running eval', 'while running the command line']) expect(row, words).toContain(`\`${words}\``);
  });

  it('leaves the status at 1 when only inputs fail', () => {
    const run = runBroken(['missing.txt', 'page.txt'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(REPORT);
  });

  it('is marked internal in the JSON line that answers its input', () => {
    const run = runBroken(['-f', 'json', 'page.html', 'missing.txt'], dir);
    expect(run.status).toBe(70);
    const [html, missing] = jsonLines(run.stdout);
    expect(html).toMatchObject({input: 'page.html', internal: true});
    expect(missing).toEqual({input: 'missing.txt', error: 'no such file'});
  });

  it('fails its file in batch mode, whose other files are written, with status 70', () => {
    mkdirSync(join(dir, 'in'), {recursive: true});
    writeFileSync(join(dir, 'in', 'a.txt'), natoText);
    writeFileSync(join(dir, 'in', 'b.html'), natoHtml);
    const run = runBroken(['in', '-o', 'out', '--no-templates', '-j', '1'], dir);
    expect(run.status).toBe(70);
    expect(INTERNAL.exec(run.stderr)?.[1]).toBe(join('in', 'b.html'));
    expect(run.stderr).toMatch(REPORT);
    expect(run.stderr).toContain('cleaned 1, failed 1');
    expect(readFileSync(join(dir, 'out', 'a.txt'), 'utf8')).toBe(cleanedText);
  });

  it('marks its record internal in JSONL, cleans the others, and exits 70', () => {
    const records = [{id: 1, text: natoHtml}, {id: 2, text: natoText}, {id: 3}].map((record) => JSON.stringify(record)).join('\n');
    writeFileSync(join(dir, 'pages.jsonl'), `${records}\n`);
    const run = runBroken(['pages.jsonl'], dir);
    expect(run.status).toBe(70);
    const [html, text, noText] = jsonLines(run.stdout);
    expect(html).toMatchObject({line: 1, id: 1, internal: true});
    expect(text).toMatchObject({id: 2, text: cleanedText.replace(/\n$/, '')});
    expect(noText).toEqual({line: 3, id: 3, error: 'no string field "text"'});
    expect(run.stderr).toContain('internal error while cleaning pages.jsonl, line 1: ');
    expect(run.stderr).toMatch(REPORT);
  });

  it('marks its record internal in WARC, cleans the others, and exits 70', async () => {
    const url = 'https://news.example/nato';
    const records = [
      WARCRecord.create({url, type: 'response', httpHeaders: {'Content-Type': 'text/html'}, statusline: 'HTTP/1.1 200 OK'}, [new TextEncoder().encode(natoHtml)]),
      WARCRecord.create({url, type: 'conversion', warcHeaders: {'Content-Type': 'text/plain'}}, [new TextEncoder().encode(natoText)]),
    ];
    const parts = await Promise.all(records.map((record) => WARCSerializer.serialize(record, {gzip: true})));
    writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(parts));
    const run = runBroken(['crawl.warc.gz'], dir);
    expect(run.status).toBe(70);
    const [response, conversion] = jsonLines(run.stdout);
    expect(response).toMatchObject({url, internal: true});
    expect(conversion).not.toHaveProperty('error');
    expect(conversion).toHaveProperty('text');
    expect(run.stderr).toMatch(/internal error while cleaning crawl\.warc\.gz, record <urn:uuid:[^>]+>: /);
  });
});
