import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {constants, gunzipSync, gzipSync} from 'node:zlib';
import {WARCRecord, WARCSerializer} from 'warcio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {declutter} from '../src/index.js';
import {jsonLines, removeTempDirs, ROOT, runCli, tempDir} from './stream-cli.js';

const nato = readFileSync(join(ROOT, 'fixtures/nato/input.txt'), 'utf8');
const natoExpected = readFileSync(join(ROOT, 'fixtures/nato/expected.txt'), 'utf8').replace(/\n$/, '');
// WET files hold one block a line, no blank lines: the NATO article in that habit cleans to the same body.
// As Common Crawl writes a page's text: one line per line of the page, no blank lines.
const natoWet = nato.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
// What the library says of the page: each record carries it.
const metadata = declutter(natoWet).metadata;
const encoder = new TextEncoder();
const HOSTILE_ID = '<urn:uuid:../../x\u001b[31m/evil>';

interface Page {
  url: string;
  text: string | Uint8Array;
  language?: string;
  id?: string;
  /** Why the crawler stored only part of the page (WARC-Truncated). */
  truncated?: string;
}

function conversion(page: Page): WARCRecord {
  const headers: Record<string, string> = {'Content-Type': 'text/plain'};
  if (page.language) headers['WARC-Identified-Content-Language'] = page.language;
  if (page.id) headers['WARC-Record-ID'] = page.id;
  if (page.truncated) headers['WARC-Truncated'] = page.truncated;
  const body = typeof page.text === 'string' ? encoder.encode(page.text) : page.text;
  return WARCRecord.create({url: page.url, date: '2025-03-04T05:06:07Z', type: 'conversion', warcHeaders: headers}, [body]);
}

/** A WET file as Common Crawl writes it: a warcinfo record, then conversion records, each gzipped on its own. */
async function writeWet(path: string, records: WARCRecord[], gzip = true): Promise<void> {
  const info = WARCRecord.createWARCInfo({filename: 'test.warc.wet.gz'}, {software: 'declutter tests'});
  const parts: Uint8Array[] = [];
  for (const record of [info, ...records]) parts.push(await WARCSerializer.serialize(record, {gzip}));
  writeFileSync(path, Buffer.concat(parts));
}

afterAll(removeTempDirs);

/** A WARC response record: the page as a crawler fetched it, HTTP headers and body. */
function response(url: string, body: string | Uint8Array, headers: Record<string, string>, statusline = 'HTTP/1.1 200 OK'): WARCRecord {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return WARCRecord.create({url, date: '2025-03-04T05:06:07Z', type: 'response', httpHeaders: headers, statusline}, [bytes]);
}

const natoHtml = `<!DOCTYPE html><html><head><title>NATO</title><script>var ad = "ADVERTISEMENT";</script></head><body>${natoWet
  .split('\n')
  .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
  .join('')}</body></html>`;

describe('WARC input: response records', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await writeWet(join(dir, 'crawl.warc.gz'), [
      WARCRecord.create({url: 'https://news.example/nato', type: 'request', httpHeaders: {Host: 'news.example'}, statusline: 'GET /nato HTTP/1.1'}, []),
      response('https://news.example/nato', natoHtml, {'Content-Type': 'text/html; charset=utf-8'}),
      response('https://news.example/old', '', {Location: 'https://news.example/nato'}, 'HTTP/1.1 301 Moved Permanently'),
      response('https://news.example/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {'Content-Type': 'image/png'}),
      // "Zażółć gęślą jaźń" in ISO-8859-2: read as the more common Latin-1 it would come out garbled.
      response('https://news.example/latin2', Buffer.concat([
        Buffer.from('<html><body><p>'),
        Buffer.from([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0xb6, 0x6c, 0xb1, 0x20, 0x6a, 0x61, 0xbc, 0xf1]),
        Buffer.from('</p></body></html>'),
      ]), {'Content-Type': 'text/html; charset=ISO-8859-2'}),
    ]);
  });

  it('cleans each HTML page a crawler fetched, read as HTML, and passes over redirects and other media with a note', () => {
    const run = runCli([join(dir, 'crawl.warc.gz')]);
    expect(run.status).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record['url'])).toEqual(['https://news.example/nato', 'https://news.example/latin2']);
    expect(records[0]).toMatchObject({date: '2025-03-04T05:06:07Z', text: natoExpected});
    expect(run.stderr).toContain('passed over response records that are not a page (redirects, errors): 1');
    expect(run.stderr).toContain('passed over response records that are not HTML (images, PDFs, scripts...): 1');
  });

  it('refuses a small gzipped body that expands past the record limit, at the limit, and goes on with the next record', async () => {
    const bomb = gzipSync(Buffer.alloc(70 * 1024 * 1024, 'a'));
    await writeWet(join(dir, 'bomb.warc'), [
      response('https://bomb.example/', bomb, {'Content-Type': 'text/html; charset=windows-1252', 'Content-Encoding': 'gzip'}),
      response('https://news.example/nato', natoHtml, {'Content-Type': 'text/html'}),
    ], false);
    const run = runCli([join(dir, 'bomb.warc')]);
    expect(run.status).toBe(1);
    const [refused, cleaned] = jsonLines(run.stdout);
    expect(refused).toMatchObject({url: 'https://bomb.example/', error: 'record expands past the 64 MiB limit'});
    expect(cleaned).toMatchObject({url: 'https://news.example/nato', text: natoExpected});
  });

  it('answers a response record cut short by the end of the file in its place, exit 1', async () => {
    const last = response('https://news.example/cut', natoHtml, {'Content-Type': 'text/html'});
    const path = join(dir, 'cut.warc');
    await writeWet(path, [response('https://news.example/nato', natoHtml, {'Content-Type': 'text/html'}), last], false);
    const cutOff = 1000;
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - cutOff));
    // A record ends with its content, then a blank line (4 bytes) that the cut takes first.
    const declared = last.warcContentLength;
    const run = runCli([path]);
    expect(run.status).toBe(1);
    const [cleaned, cut] = jsonLines(run.stdout);
    expect(cleaned).toMatchObject({url: 'https://news.example/nato', text: natoExpected});
    expect(cut).toMatchObject({url: 'https://news.example/cut', error: `record is cut short (${declared - (cutOff - 4)} of its ${declared} bytes)`});
    expect(cut).not.toHaveProperty('text');
  });

  it('answers a record that is not a page in its place when the file ends inside it, rather than waiting for its bytes', async () => {
    const path = join(dir, 'cut-image.warc');
    await writeWet(path, [
      response('https://news.example/nato', natoHtml, {'Content-Type': 'text/html'}),
      response('https://news.example/photo.jpg', new Uint8Array(4000).fill(0xff), {'Content-Type': 'image/jpeg'}),
    ], false);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 1000));
    const run = runCli([path]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout)).toMatchObject([
      {url: 'https://news.example/nato', text: natoExpected},
      {url: 'https://news.example/photo.jpg', error: expect.stringMatching(/^record is cut short \(\d+ of its \d+ bytes\)$/)},
    ]);
  });

  it('says when the crawler stored only part of a page (WARC-Truncated), and cleans what it stored', async () => {
    const truncated = response('https://news.example/nato', natoHtml, {'Content-Type': 'text/html'});
    truncated.warcHeaders.headers.set('WARC-Truncated', 'length');
    const path = join(dir, 'truncated.warc');
    await writeWet(path, [truncated, response('https://news.example/whole', natoHtml, {'Content-Type': 'text/html'})], false);
    const run = runCli([path]);
    expect(run.status).toBe(0);
    const [partial, whole] = jsonLines(run.stdout);
    expect(partial).toMatchObject({url: 'https://news.example/nato', truncated: 'length', text: natoExpected});
    expect(whole).not.toHaveProperty('truncated');
  });

  it('de-chunks a body whose Transfer-Encoding is spelt Chunked, as coding names are case-insensitive', async () => {
    const html = Buffer.from(natoHtml);
    const half = Math.floor(html.length / 2);
    const chunk = (bytes: Buffer): Buffer => Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]);
    const body = Buffer.concat([chunk(html.subarray(0, half)), chunk(html.subarray(half)), Buffer.from('0\r\n\r\n')]);
    const path = join(dir, 'chunked.warc');
    await writeWet(path, [response('https://news.example/nato', body, {'Content-Type': 'text/html', 'Transfer-Encoding': 'Chunked'})], false);
    expect(jsonLines(runCli([path]).stdout)).toMatchObject([{url: 'https://news.example/nato', text: natoExpected}]);
  });

  it('decodes a page in the charset its Content-Type names', () => {
    const [, latin2] = jsonLines(runCli(['--blocks', join(dir, 'crawl.warc.gz')]).stdout) as [unknown, {blocks: {text: string}[]}];
    expect(latin2.blocks.map((block) => block.text)).toEqual(['Zażółć gęślą jaźń']);
  });
});

describe('WET input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await writeWet(join(dir, 'crawl.warc.wet.gz'), [
      conversion({url: 'https://news.example/nato', text: natoWet, language: 'eng,fra', id: '<urn:uuid:1>'}),
      WARCRecord.create({url: 'https://news.example/logo.png', type: 'resource', warcHeaders: {'Content-Type': 'image/png'}}, [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      ]),
      conversion({url: 'https://news.example/second', text: natoWet, id: '<urn:uuid:2>'}),
    ]);
    await writeWet(join(dir, 'plain.wet'), [conversion({url: 'https://plain.example/', text: natoWet})], false);
    await writeWet(join(dir, 'hostile.warc.wet.gz'), [
      conversion({url: 'https://bad.example/', text: new Uint8Array([0x41, 0, 0, 0x42]), id: HOSTILE_ID}),
      conversion({url: 'https://good.example/', text: natoWet, id: HOSTILE_ID}),
    ]);
  });

  it('writes one JSON line for each conversion record, in order, with its id, URI, date and language', () => {
    const run = runCli([join(dir, 'crawl.warc.wet.gz')]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([
      {id: '<urn:uuid:1>', url: 'https://news.example/nato', date: '2025-03-04T05:06:07Z', language: 'eng', text: natoExpected, metadata},
      {id: '<urn:uuid:2>', url: 'https://news.example/second', date: '2025-03-04T05:06:07Z', language: 'eng', text: natoExpected, metadata},
    ]);
    expect(run.stderr).toContain('passed over resource records: 1');
  });

  it('detects the language of a record that declares one without a stopword list, rather than read it as English', async () => {
    const path = join(dir, 'scots.wet');
    await writeWet(path, [conversion({url: 'https://scots.example/', text: natoWet, language: 'sco'})], false);
    expect(jsonLines(runCli([path]).stdout)).toMatchObject([{url: 'https://scots.example/', language: 'eng', text: natoExpected}]);
  });

  it('passes the WARC-Truncated value of a conversion record through', async () => {
    const path = join(dir, 'truncated.wet');
    await writeWet(path, [conversion({url: 'https://slow.example/', text: natoWet, truncated: 'time'})], false);
    expect(jsonLines(runCli([path]).stdout)).toMatchObject([{url: 'https://slow.example/', truncated: 'time', text: natoExpected}]);
  });

  it('reads uncompressed .wet files, and WET on stdin with --input-format wet', () => {
    const file = runCli([join(dir, 'plain.wet')]);
    expect(jsonLines(file.stdout).map((record) => record['url'])).toEqual(['https://plain.example/']);
    const stdin = runCli(['--input-format', 'wet', '-'], readFileSync(join(dir, 'crawl.warc.wet.gz')));
    expect(jsonLines(stdin.stdout).map((record) => record['id'])).toEqual(['<urn:uuid:1>', '<urn:uuid:2>']);
  });

  it('adds the blocks with --blocks, and lets --language override the declared one', () => {
    const run = runCli(['--blocks', '--language', 'deu', join(dir, 'plain.wet')]);
    const [record] = jsonLines(run.stdout) as [{language: string; blocks: unknown[]}];
    expect(record.language).toBe('deu');
    expect(record.blocks.length).toBeGreaterThan(5);
  });

  it('answers a record it cannot read in place, exits 1, and never lets a record id reach a path or the terminal raw', () => {
    const cwd = tempDir();
    const run = runCli([join(dir, 'hostile.warc.wet.gz')], undefined, cwd);
    expect(run.status).toBe(1);
    const [bad, good] = jsonLines(run.stdout);
    expect(bad).toEqual({id: HOSTILE_ID, url: 'https://bad.example/', date: '2025-03-04T05:06:07Z', error: expect.stringContaining('binary')});
    expect(good).toMatchObject({id: HOSTILE_ID, text: natoExpected});
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).toContain('record <urn:uuid:../../x\\u001b[31m/evil>: looks binary');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses a file that is not WARC, and answers a record cut short in its place', () => {
    const notWarc = join(dir, 'notes.wet');
    writeFileSync(notWarc, 'just some notes\nand more\n');
    const refused = runCli([notWarc]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('notes.wet: not a WARC file');

    const cut = join(dir, 'cut.wet');
    writeFileSync(cut, 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://cut.example/\r\nContent-Length: 500\r\n\r\nonly this');
    const run = runCli([cut]);
    expect(run.status).toBe(1);
    // A record without an id is named by its place in the file.
    expect(jsonLines(run.stdout)).toEqual([{record: 1, url: 'https://cut.example/', error: 'record is cut short (9 of its 500 bytes)'}]);

    // Cut inside its headers, a record is cut short too, not one without a Content-Length.
    const inHeaders = join(dir, 'headers.wet');
    writeFileSync(inHeaders, 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://cut.example/\r\nCon');
    const headersRun = runCli([inHeaders]);
    expect(headersRun.status).toBe(1);
    expect(headersRun.stdout).toBe('');
    expect(headersRun.stderr).toContain('headers.wet: record 1: record is cut short (the file ends inside its headers)');
  });

  it('refuses the rest of a file at a record whose Content-Length is missing or no number, as no later record can be found', () => {
    const page = 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 11\r\n\r\nFirst page.\r\n\r\n';
    for (const [length, said] of [['Content-Length: abc\r\n', '"abc"'], ['', 'none']] as const) {
      const bad = join(dir, 'bad-length.wet');
      writeFileSync(bad, `${page}WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:2>\r\n${length}\r\nSecond page that no length bounds.\r\n\r\n`);
      const run = runCli([bad]);
      expect(run.status).toBe(1);
      expect(jsonLines(run.stdout)).toMatchObject([{id: '<urn:uuid:1>', text: 'First page.'}]);
      expect(run.stderr).toContain(`bad-length.wet: record <urn:uuid:2> has no valid Content-Length (${said})`);
    }
  });

  it('reports a corrupt WET file, exit 1', () => {
    const truncated = join(dir, 'truncated.warc.wet.gz');
    writeFileSync(truncated, readFileSync(join(dir, 'crawl.warc.wet.gz')).subarray(0, 300));
    const run = runCli([truncated]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/truncated\.warc\.wet\.gz: record 2 \(after <urn:uuid:[^>]+>\): corrupt gzip data: the file ends inside gzip member 2; the file is read no further/);
  });
});

describe('WARC input that is damaged or framed by hand', () => {
  const page = (n: number) => response(`https://news.example/${n}`, natoHtml, {'Content-Type': 'text/html'});
  const urls = (stdout: string) => jsonLines(stdout).map((record) => [record['url'], record['error'] ?? record['text']]);
  const members = async (records: WARCRecord[]) => Promise.all(records.map((record) => WARCSerializer.serialize(record, {gzip: true})));
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('keeps the records before a damaged gzip member, names the record it held, and exits 1', async () => {
    const parts = (await members([page(1), page(2), page(3)])).map((part) => Buffer.from(part));
    for (let i = 40; i < 60; i++) parts[1]![i]! ^= 0x55;
    writeFileSync(join(dir, 'damaged.warc.gz'), Buffer.concat(parts));
    const run = runCli([join(dir, 'damaged.warc.gz')]);
    expect(run.status).toBe(1);
    expect(urls(run.stdout)).toEqual([['https://news.example/1', natoExpected]]);
    expect(run.stderr).toMatch(/damaged\.warc\.gz: record 2 \(after <urn:uuid:[^>]+>\): corrupt gzip data in member 2 \(.+\); the file is read no further/);
  });

  it('says so where what follows a gzip member is not one, rather than end the file there in silence', async () => {
    const parts = (await members([page(1), page(2)])).map((part) => Buffer.from(part));
    parts[1]!.fill(0, 0, 2);
    writeFileSync(join(dir, 'not-gzip.warc.gz'), Buffer.concat(parts));
    const run = runCli([join(dir, 'not-gzip.warc.gz')]);
    expect(run.status).toBe(1);
    expect(urls(run.stdout)).toEqual([['https://news.example/1', natoExpected]]);
    expect(run.stderr).toContain('corrupt gzip data: what follows gzip member 1 is not a gzip member');
    // Zeros after the last member pad the file: no data is lost.
    writeFileSync(join(dir, 'padded.warc.gz'), Buffer.concat([...(await members([page(1)])), Buffer.alloc(512)]));
    expect(runCli([join(dir, 'padded.warc.gz')])).toMatchObject({status: 0, stderr: ''});
  });

  it('names the record whose gzip member fails its check, rather than clean what it gave', async () => {
    const parts = (await members([page(1), page(2), page(3)])).map((part) => Buffer.from(part));
    parts[1]![parts[1]!.length - 6]! ^= 0xff;
    writeFileSync(join(dir, 'check.warc.gz'), Buffer.concat(parts));
    const run = runCli([join(dir, 'check.warc.gz')]);
    expect(run.status).toBe(1);
    // A small member is inflated in one piece: nothing of it comes out before its check.
    expect(urls(run.stdout)).toEqual([['https://news.example/1', natoExpected]]);
    expect(run.stderr).toMatch(/record 2 \(after <urn:uuid:[^>]+>\): corrupt gzip data in member 2 \(its check does not match what it holds\); the file is read no further/);
  });

  it('reads WARC and HTTP header lines that end in a bare LF, as hand-made tools write them', () => {
    const http = `HTTP/1.1 200 OK\nContent-Type: text/html\n\n${natoHtml}`;
    const record = (n: number) =>
      `WARC/1.0\nWARC-Type: response\nWARC-Record-ID: <urn:uuid:${n}>\nWARC-Target-URI: https://news.example/${n}\nContent-Length: ${Buffer.byteLength(http)}\n\n${http}\n\n`;
    writeFileSync(join(dir, 'lf.warc'), record(1) + record(2));
    const run = runCli([join(dir, 'lf.warc')]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(urls(run.stdout)).toEqual([
      ['https://news.example/1', natoExpected],
      ['https://news.example/2', natoExpected],
    ]);
  });

  /** Three pages, the second's Content-Length changed by `delta`. */
  async function misframed(name: string, delta: number): Promise<{run: ReturnType<typeof runCli>; declared: number}> {
    const parts = await Promise.all([page(1), page(2), page(3)].map((record) => WARCSerializer.serialize(record)));
    let declared = 0;
    parts[1] = Buffer.from(
      Buffer.from(parts[1]!)
        .toString('latin1')
        .replace(/Content-Length: (\d+)/, (_, length: string) => `Content-Length: ${(declared = Number(length) + delta)}`),
      'latin1',
    );
    writeFileSync(join(dir, name), Buffer.concat(parts));
    return {run: runCli([join(dir, name)]), declared};
  }

  const notEnded = (declared: number) =>
    `its Content-Length (${declared}) does not end the record: the two line ends that must follow it do not`;

  it('answers a record whose Content-Length is off by any number of bytes in its place, and reads the file no further', async () => {
    for (const delta of [-100, -1, 1, 2, 3, 4, 5, 9, 13, 100, 100_000]) {
      const {run, declared} = await misframed(`off${delta}.warc`, delta);
      expect(run.status).toBe(1);
      expect(urls(run.stdout)).toEqual([
        ['https://news.example/1', natoExpected],
        ['https://news.example/2', delta === 100_000 ? expect.stringMatching(/^record is cut short/) : notEnded(declared)],
      ]);
      if (delta !== 100_000) expect(run.stderr).toContain(`record <urn:uuid:`);
      if (delta !== 100_000) expect(run.stderr).toContain(`${notEnded(declared)}; the file is read no further`);
    }
  });

  it('never makes a record of a page that holds a WARC file: a length that checks out is trusted, one cut or too short is refused', async () => {
    const inner = '\r\n\r\nWARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://inner.example/\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n';
    const holder = response('https://news.example/holder', natoHtml.replace('</body>', `<pre>${inner}</pre><p>After it.</p></body>`), {'Content-Type': 'text/html'});
    const [first, held, last] = await Promise.all([page(1), holder, page(3)].map((record) => WARCSerializer.serialize(record)));
    const whole = Buffer.concat([first!, held!, last!]);
    writeFileSync(join(dir, 'holder.warc'), whole);
    expect(urls(runCli([join(dir, 'holder.warc')]).stdout).map(([url]) => url)).toEqual(['https://news.example/1', 'https://news.example/holder', 'https://news.example/3']);
    // Cut inside the page, after the WARC file it holds.
    writeFileSync(join(dir, 'holder-cut.warc'), whole.subarray(0, whole.indexOf('After it.')));
    const cut = runCli([join(dir, 'holder-cut.warc')]);
    expect(urls(cut.stdout)).toEqual([
      ['https://news.example/1', natoExpected],
      ['https://news.example/holder', expect.stringMatching(/^record is cut short/)],
    ]);
  });

  it('names a Content-Length as written, however long, and a record without an id by its place', () => {
    const record = (headers: string, body: string) => `WARC/1.0\r\nWARC-Type: resource\r\n${headers}\r\n\r\n${body}\r\n\r\n`;
    writeFileSync(join(dir, 'huge-length.warc'), record('WARC-Record-ID: <urn:uuid:huge>\r\nContent-Length: 99999999999999999999999', 'abc'));
    expect(jsonLines(runCli([join(dir, 'huge-length.warc')]).stdout)).toEqual([{id: '<urn:uuid:huge>', error: 'record is cut short (7 of its 99999999999999999999999 bytes)'}]);
    writeFileSync(join(dir, 'no-id.warc'), record('Content-Length: 3', 'abc') + record('Content-Length: 9', 'abc'));
    const run = runCli([join(dir, 'no-id.warc')]);
    expect(jsonLines(run.stdout)).toEqual([{record: 2, error: 'record is cut short (7 of its 9 bytes)'}]);
    expect(run.stderr).toContain('record 2: record is cut short');
  });

  it('reads a header line of any length up to the headers\' bound, wherever the reads split it', async () => {
    for (const length of [64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 70_000]) {
      const line = `WARC-Target-URI: https://news.example/${'a'.repeat(length - 'WARC-Target-URI: https://news.example/'.length - 2)}\r\n`;
      expect(line.length).toBe(length);
      const [first, last] = await Promise.all([page(1), page(3)].map((record) => WARCSerializer.serialize(record)));
      const long = Buffer.from(Buffer.from(await WARCSerializer.serialize(page(2))).toString('latin1').replace(/WARC-Target-URI: [^\r]*\r\n/, line), 'latin1');
      writeFileSync(join(dir, 'long-line.warc'), Buffer.concat([first!, long, last!]));
      const run = runCli([join(dir, 'long-line.warc')]);
      expect(run).toMatchObject({status: 0, stderr: ''});
      expect(urls(run.stdout).map(([url]) => (url as string).length)).toEqual([22, length - 'WARC-Target-URI: '.length - 2, 22]);
    }
  });

  it('passes over an empty response record and counts it, as one that holds no page', async () => {
    const empty = 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:empty>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 0\r\n\r\n\r\n\r\n';
    const [first] = await Promise.all([WARCSerializer.serialize(page(1))]);
    writeFileSync(join(dir, 'empty.warc'), Buffer.concat([first!, Buffer.from(empty)]));
    const run = runCli([join(dir, 'empty.warc')]);
    expect(run.status).toBe(0);
    expect(urls(run.stdout)).toEqual([['https://news.example/1', natoExpected]]);
    expect(run.stderr).toContain('passed over response records that are not a page (redirects, errors): 1');
  });

  it('blames bytes that frame no record on their gzip member where it fails its check', async () => {
    const all = Buffer.concat(await Promise.all([page(1), page(2), page(3), page(4)].map((record) => WARCSerializer.serialize(record))));
    const one = gzipSync(all, {level: 0});
    // Stored blocks: a byte changed inside the third record's headers inflates without a fault, and only the check sees it.
    const at = one.length - 18 - Math.floor(all.length / 4) - 300;
    one[at] = 0x41;
    writeFileSync(join(dir, 'one-member.warc.gz'), one);
    const run = runCli([join(dir, 'one-member.warc.gz')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('corrupt gzip data in member 1 (its check does not match what it holds)');
    expect(run.stderr).not.toContain('Content-Length');
  });

  it('writes a whole record that bytes other than a record follow, then names what follows as the next record', async () => {
    const [first, second] = await Promise.all([page(1), page(2)].map(async (record) => Buffer.from(await WARCSerializer.serialize(record))));
    const cases: [string, Buffer][] = [
      ['junk-after.warc', Buffer.concat([first!, second!, Buffer.from('garbage here\n')])],
      ['zeros-after.warc', Buffer.concat([first!, second!, Buffer.alloc(512)])],
      ['junk-between.warc', Buffer.concat([first!, Buffer.from('garbage here\n'), second!])],
      ['text-member.warc.gz', Buffer.concat([gzipSync(first!), gzipSync(second!), gzipSync('garbage here\n')])],
    ];
    for (const [name, bytes] of cases) {
      writeFileSync(join(dir, name), bytes);
      const run = runCli([join(dir, name)]);
      const written = name === 'junk-between.warc' ? 1 : 2;
      expect(run.status).toBe(1);
      expect(urls(run.stdout)).toEqual([1, 2].slice(0, written).map((n) => [`https://news.example/${n}`, natoExpected]));
      expect(run.stderr).toMatch(new RegExp(`record ${written + 1} \\(after <urn:uuid:[^>]+>\\): not a WARC record \\(it does not start with WARC/\\); the file is read no further`));
    }
  });

  it('writes the records of a single gzip stream that inflated before the file is cut, as far as the cut', async () => {
    const records = await Promise.all(Array.from({length: 30}, (_, n) => WARCSerializer.serialize(page(n + 1))));
    const all = Buffer.concat(records);
    const one = gzipSync(all);
    // Cut inside the deflate data: what inflates from the bytes before the cut holds all but the last few records.
    const cut = one.subarray(0, one.length - 40);
    writeFileSync(join(dir, 'stream-cut.warc.gz'), cut);
    const inflated = gunzipSync(cut, {finishFlush: constants.Z_SYNC_FLUSH}).length;
    let whole = 0;
    for (let end = 0, n = 0; n < records.length && (end += records[n]!.length) <= inflated; n++) whole++;
    expect(whole).toBeGreaterThan(25);
    const run = runCli([join(dir, 'stream-cut.warc.gz')]);
    expect(run.status).toBe(1);
    expect(urls(run.stdout).filter(([, text]) => text === natoExpected)).toHaveLength(whole);
    expect(run.stderr).toContain('corrupt gzip data: the file ends inside gzip member 1; the file is read no further');
  });

  it('reads a record that the file ends inside its line ends as whole, but not one whose content ends in them', async () => {
    const [first, second] = await Promise.all([page(1), page(2)].map(async (record) => Buffer.from(await WARCSerializer.serialize(record))));
    const both = Buffer.concat([first!, second!]);
    // The file cut 0 to 3 bytes after the last content (warcio reads such a record as whole).
    for (const cut of [4, 3, 2, 1]) {
      writeFileSync(join(dir, `ends-${cut}.warc`), both.subarray(0, both.length - cut));
      const run = runCli([join(dir, `ends-${cut}.warc`)]);
      expect(run).toMatchObject({status: 0, stderr: ''});
      expect(urls(run.stdout)).toHaveLength(2);
    }
    // A last Content-Length 4 too large takes in the record's own line ends: nothing follows the content.
    const text = second!.toString('latin1');
    const length = Number(/Content-Length: (\d+)/.exec(text)![1]);
    writeFileSync(join(dir, 'takes-ends.warc'), Buffer.concat([first!, Buffer.from(text.replace(/Content-Length: \d+/, `Content-Length: ${length + 4}`), 'latin1')]));
    const run = runCli([join(dir, 'takes-ends.warc')]);
    expect(run.status).toBe(1);
    const message = `its Content-Length (${length + 4}) takes in the two line ends that end the record (its content ends in them, and nothing follows)`;
    expect(urls(run.stdout)).toEqual([
      ['https://news.example/1', natoExpected],
      ['https://news.example/2', message],
    ]);
  });

  it('names the first record where the file fails before it is read', async () => {
    const member = gzipSync(Buffer.from(await WARCSerializer.serialize(page(1))));
    writeFileSync(join(dir, 'first-cut.warc.gz'), member.subarray(0, 20));
    const run = runCli([join(dir, 'first-cut.warc.gz')]);
    expect(run).toMatchObject({status: 1, stdout: ''});
    expect(run.stderr).toContain('first-cut.warc.gz: record 1: corrupt gzip data: the file ends inside gzip member 1; the file is read no further');
  });

  it('reads a response record whose content is no HTTP response as its WARC Content-Type says, and the records after it', async () => {
    const bare = (n: number, type: string) => {
      const body = type.startsWith('image') ? 'GIF89a' : natoHtml;
      return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bare-${n}>\r\nWARC-Target-URI: https://bare.example/${n}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}\r\n\r\n`;
    };
    const [before, after] = await Promise.all([WARCSerializer.serialize(page(1)), WARCSerializer.serialize(page(2))]);
    const path = join(dir, 'bare.warc');
    writeFileSync(path, Buffer.concat([before!, Buffer.from(bare(1, 'text/html') + bare(2, 'application/http; msgtype=response') + bare(3, 'image/gif')), after!]));
    const run = runCli([path]);
    expect(run.status).toBe(1);
    expect(urls(run.stdout)).toEqual([
      ['https://news.example/1', natoExpected],
      ['https://bare.example/1', natoExpected],
      ['https://bare.example/2', 'its content is not an HTTP response (no status line)'],
      ['https://news.example/2', natoExpected],
    ]);
    expect(run.stderr).toContain('passed over response records that are not HTML (images, PDFs, scripts...): 1');
  });
});

describe('WARC input in Markdown', () => {
  it('writes each page as Markdown, its relative links read against the record\'s URL', async () => {
    const dir = tempDir();
    const page = `<!DOCTYPE html><html><head><title>Rates</title></head><body>${natoWet
      .split('\n')
      .map((line, i) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}${i === 3 ? ' <a href="../rates/2025.html">the rates</a>' : ''}</p>`)
      .join('')}</body></html>`;
    await writeWet(join(dir, 'crawl.warc.gz'), [response('https://news.example/world/nato', page, {'Content-Type': 'text/html; charset=utf-8'})]);
    const result = runCli(['-f', 'markdown', join(dir, 'crawl.warc.gz')]);
    expect(result.status).toBe(0);
    const [record] = jsonLines(result.stdout);
    expect(record!['text']).toContain('[the rates](https://news.example/rates/2025.html)');
  });
});
