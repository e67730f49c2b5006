import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {declutter} from '../src/index.js';
import {BIN, jsonLines, removeTempDirs, ROOT, runCli, tempDir} from './stream-cli.js';

const nato = readFileSync(join(ROOT, 'fixtures/nato/input.txt'), 'utf8');
const natoExpected = readFileSync(join(ROOT, 'fixtures/nato/expected.txt'), 'utf8').replace(/\n$/, '');
const line = (value: unknown) => JSON.stringify(value) + '\n';
// What the library says of the page: each cleaned record carries it.
const metadata = declutter(nato).metadata;

afterAll(removeTempDirs);

describe('--input-format jsonl', () => {
  it('cleans each record in order, replacing its text and passing the other fields through', () => {
    const input = line({id: 'a', source: 'x', text: nato}) + line({id: 'b', meta: {n: 1}, text: nato});
    const run = runCli(['--input-format', 'jsonl'], input);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([
      {id: 'a', source: 'x', text: natoExpected, metadata},
      {id: 'b', meta: {n: 1}, text: natoExpected, metadata},
    ]);
  });

  it('passes the other fields through as the input wrote them, numbers a double cannot hold and spacing included', () => {
    const input = [
      `{"id": 12345678901234567890, "score": 1e400, "ratio": 1.50, "10": [1.0, {"q": "a\\"}b"}], "text": ${JSON.stringify(nato)} }`,
      `{"id":98765432109876543210,"body":"no text field"}`,
    ].join('\n') + '\n';
    const run = runCli(['--input-format', 'jsonl'], input);
    expect(run.status).toBe(1);
    const [cleaned, failed] = run.stdout.split('\n');
    expect(cleaned).toBe(
      `{"id": 12345678901234567890, "score": 1e400, "ratio": 1.50, "10": [1.0, {"q": "a\\"}b"}], "text": ${JSON.stringify(natoExpected)},"metadata":${JSON.stringify(metadata)} }`,
    );
    expect(failed).toBe('{"line":2,"id":98765432109876543210,"error":"no string field \\"text\\""}');
  });

  it('of a text key written twice, cleans the member JSON readers take, the last, once, and leaves the earlier as written', () => {
    const run = runCli(['--input-format', 'jsonl'], `{"text": 1, "id": 1, "text": ${JSON.stringify(nato)}}\n`);
    expect(run.stdout).toBe(`{"text": 1, "id": 1, "text": ${JSON.stringify(natoExpected)},"metadata":${JSON.stringify(metadata)}}\n`);
  });

  it('says that -f explain does not apply to a stream, whose records still come out as JSON lines', () => {
    const input = line({id: 'a', text: nato});
    const run = runCli(['--input-format', 'jsonl', '-f', 'explain'], input);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("declutter: <stdin>: a record stream comes out as JSON lines, not in -f explain (--blocks adds each record's scored blocks)");
    expect(jsonLines(run.stdout)).toEqual([{id: 'a', text: natoExpected, metadata}]);
    expect(runCli(['--input-format', 'jsonl', '-f', 'json'], input).stderr).not.toContain('-f explain');
  });

  it('answers each malformed line at its place, keeps going, and exits 1 at the end', () => {
    const input = ['not json', '', line({id: 7, body: 'no text field'}).trim(), '[1, 2]', line({id: 'ok', text: nato}).trim()].join('\n') + '\n';
    const run = runCli(['--input-format', 'jsonl'], input);
    expect(run.status).toBe(1);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({line: 1, error: expect.stringMatching(/^not JSON/)});
    expect(out[1]).toEqual({line: 2, error: 'empty line'});
    expect(out[2]).toEqual({line: 3, id: 7, error: 'no string field "text"'});
    expect(out[3]).toEqual({line: 4, error: 'not a JSON object'});
    expect(out[4]).toEqual({id: 'ok', text: natoExpected, metadata});
    expect(run.stderr).toContain('4 of 5 records could not be cleaned (first: line 1: not JSON');
  });

  it("keeps a record's own metadata and blocks fields as they were, and says how many records kept theirs", () => {
    const own = {source: 'crawl-2024', licence: 'cc-by'};
    const input = line({id: 'a', text: nato, metadata: own, blocks: [1, 2]}) + line({id: 'b', text: nato}) + line({id: 'c', text: nato, metadata: own});
    const run = runCli(['--input-format', 'jsonl', '--blocks'], input);
    expect(run.status).toBe(0);
    const [first, second] = jsonLines(run.stdout) as [Record<string, unknown>, Record<string, unknown>];
    expect(first).toEqual({id: 'a', text: natoExpected, metadata: own, blocks: [1, 2]});
    expect(second).toMatchObject({id: 'b', text: natoExpected, metadata});
    expect(second['blocks']).toHaveLength(declutter(nato).blocks.length);
    expect(run.stderr).toContain('2 of 3 records have a "metadata" field of their own, kept as it was: declutter\'s metadata is not added to them');
    expect(run.stderr).toContain('1 of 3 records has a "blocks" field of its own, kept as it was: declutter\'s blocks is not added to it');
  });

  it('refuses a --text-field that names a field declutter writes, which would lose the cleaned text', () => {
    const run = runCli(['--input-format', 'jsonl', '--text-field', 'metadata'], line({metadata: nato}));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("--text-field metadata: declutter writes each record's metadata there");
    expect(runCli(['--input-format', 'jsonl', '--blocks', '--text-field', 'blocks'], line({blocks: nato})).status).toBe(2);
    // Without --blocks, declutter writes no blocks field: a record's text may be there.
    const run2 = runCli(['--input-format', 'jsonl', '--text-field', 'blocks'], line({blocks: nato}));
    expect(run2.status).toBe(0);
    expect(jsonLines(run2.stdout)).toEqual([{blocks: natoExpected, metadata}]);
  });

  it("reads a record's url as the page's address, as the library's url option", () => {
    const prose = '<p>The storm reached the coast late on Tuesday night, and the town met it with sandbags, boats and a long night of waiting for the water to fall.</p>';
    const html = `<!doctype html><html><head><title>Storm hits | Cityherald</title><meta property="og:title" content="Storm hits | Cityherald"></head><body>${prose.repeat(4)}</body></html>`;
    const url = 'https://www.cityherald.com/weather/storm';
    const run = runCli(['--input-format', 'jsonl'], line({url, text: html}));
    expect(run.status).toBe(0);
    const [record] = jsonLines(run.stdout) as [{metadata: {title: string}}];
    expect(record.metadata.title).toBe(declutter(html, {url}).title);
    expect(record.metadata.title).not.toBe(declutter(html).title);
  });

  it('cleans a record whose url is no absolute address from its text alone, the field passed through', () => {
    const urls = ['', '/news/river-budget', 'not an address'];
    const run = runCli(['--input-format', 'jsonl'], urls.map((url) => line({url, text: nato})).join(''));
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(jsonLines(run.stdout)).toEqual(urls.map((url) => ({url, text: natoExpected, metadata})));
  });

  it('reads another field with --text-field and writes the cleaned text back into it', () => {
    const run = runCli(['--input-format', 'jsonl', '--text-field', 'body'], line({id: 1, text: 'kept as is', body: nato}));
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([{id: 1, text: 'kept as is', body: natoExpected, metadata}]);
  });

  it('adds the scored blocks with --blocks', () => {
    const run = runCli(['--input-format', 'jsonl', '--blocks'], line({id: 1, text: 'ADVERTISEMENT\n\n' + nato}));
    const [record] = jsonLines(run.stdout) as [{blocks: {text: string; kept: boolean; label: string}[]}];
    expect(record.blocks[0]).toMatchObject({text: 'ADVERTISEMENT', kept: false, label: 'ad'});
    expect(record.blocks.filter((block) => block.kept).length).toBeGreaterThan(3);
  });

  it('refuses --blocks and --text-field where no input is a record stream, which would read a stream on stdin as one text', () => {
    const records = line({id: 1, body: nato});
    for (const args of [['--blocks'], ['--text-field', 'body']]) {
      const run = runCli(args, records);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `declutter: ${args[0]} is for record streams (JSONL, WARC, WET), and no input is one: name a .jsonl file, or give --input-format jsonl for stdin\n(run declutter --help for usage)\n`,
      );
    }
    const dir = tempDir();
    writeFileSync(join(dir, 'page.txt'), nato);
    writeFileSync(join(dir, 'pages.jsonl'), records);
    expect(runCli(['--blocks', join(dir, 'page.txt')]).status).toBe(2);
    // With a stream among the inputs, the documents beside it are cleaned as ever.
    const mixed = runCli(['--text-field', 'body', join(dir, 'page.txt'), join(dir, 'pages.jsonl')]);
    expect(mixed.status).toBe(0);
    expect(mixed.stdout).toBe(`${natoExpected}\n${line({id: 1, body: natoExpected, metadata})}`);
  });

  it('recognises .jsonl and .jsonl.gz files by name, and takes CRLF line ends', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'pages.jsonl'), line({id: 1, text: nato}).replace(/\n$/, '\r\n'));
    writeFileSync(join(dir, 'pages.jsonl.gz'), gzipSync(line({id: 2, text: nato}) + line({id: 3, text: nato})));
    const run = runCli([join(dir, 'pages.jsonl'), join(dir, 'pages.jsonl.gz')]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((record) => [record['id'], record['text']])).toEqual([
      [1, natoExpected],
      [2, natoExpected],
      [3, natoExpected],
    ]);
  });

  it('reports a missing file and a corrupt gzip stream, exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.jsonl.gz'), gzipSync(line({id: 1, text: nato}).repeat(50)).subarray(0, 200));
    const run = runCli([join(dir, 'missing.jsonl'), join(dir, 'bad.jsonl.gz')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing.jsonl: no such file');
    expect(run.stderr).toMatch(/bad\.jsonl\.gz: corrupt gzip data/);
  });

  it('stops quietly when the reader goes away, as in `| head`', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.jsonl'), line({id: 1, text: 'A sentence of body text that a reader would want to keep.'}).repeat(5000));
    const pipe = `node ${JSON.stringify(BIN)} ${JSON.stringify(join(dir, 'many.jsonl'))} | head -n 2; echo "status $\{PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', pipe], {encoding: 'utf8'});
    expect(run.stdout.split('\n')).toHaveLength(3);
    expect(run.stderr.trim()).toBe('status 0');
  });
});
