import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {gunzipIfNeeded} from '../src/cli/stream/byte-source.js';
import {inputFormatOf} from '../src/cli/stream/input-format.js';
import {splitLines, type Line} from '../src/cli/stream/lines.js';

async function* chunksOf(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const lines = (maxBytes: number, ...parts: (string | Uint8Array)[]): Promise<Line[]> =>
  collect(splitLines(chunksOf(...parts), maxBytes));

describe('splitLines', () => {
  it('numbers lines across chunk boundaries, CRLF included, and keeps a last line without a newline', async () => {
    expect(await lines(100, 'ab', 'c\r\nd', 'e\n\nf')).toEqual([
      {number: 1, text: 'abc'},
      {number: 2, text: 'de'},
      {number: 3, text: ''},
      {number: 4, text: 'f'},
    ]);
  });

  it('has no lines for an empty stream, and no extra line after a final newline', async () => {
    expect(await lines(100)).toEqual([]);
    expect(await lines(100, 'a\n')).toEqual([{number: 1, text: 'a'}]);
  });

  it('answers an overlong line in its place and reads on', async () => {
    expect(await lines(4, 'ok\n123', '45\nok\n')).toEqual([
      {number: 1, text: 'ok'},
      {number: 2, error: 'line is over the 4 bytes limit'},
      {number: 3, text: 'ok'},
    ]);
  });

  it('answers a line that is not UTF-8 in its place, and decodes a character split across chunks', async () => {
    const euro = Buffer.from('€');
    expect(await lines(100, Buffer.from([0x61, 0xff, 0x0a]), euro.subarray(0, 1), euro.subarray(1), '\n')).toEqual([
      {number: 1, error: 'line is not UTF-8'},
      {number: 2, text: '€'},
    ]);
  });
});

describe('gunzipIfNeeded', () => {
  it('unwraps gzip (concatenated members too) and passes plain bytes through', async () => {
    const gz = Buffer.concat([gzipSync('one\n'), gzipSync('two\n')]);
    const unwrapped = Buffer.concat(await collect(gunzipIfNeeded(chunksOf(gz.subarray(0, 1), gz.subarray(1)))));
    expect(unwrapped.toString()).toBe('one\ntwo\n');
    expect(Buffer.concat(await collect(gunzipIfNeeded(chunksOf('plain', ' text')))).toString()).toBe('plain text');
  });

  it('says so when gzip data is corrupt', async () => {
    const truncated = gzipSync('x'.repeat(10000)).subarray(0, 20);
    await expect(collect(gunzipIfNeeded(chunksOf(truncated)))).rejects.toThrow(/corrupt gzip data/);
  });
});

describe('inputFormatOf', () => {
  it('goes by the file name under auto, and by the choice otherwise', () => {
    expect(inputFormatOf('pages.jsonl', 'auto')).toBe('jsonl');
    expect(inputFormatOf('PAGES.JSONL.GZ', 'auto')).toBe('jsonl');
    expect(inputFormatOf('CC-MAIN-1.warc.wet.gz', 'auto')).toBe('wet');
    expect(inputFormatOf('x.wet', 'auto')).toBe('wet');
    expect(inputFormatOf('article.txt', 'auto')).toBe('text');
    expect(inputFormatOf('-', 'auto')).toBe('text');
    expect(inputFormatOf('-', 'jsonl')).toBe('jsonl');
    expect(inputFormatOf('pages.jsonl', 'text')).toBe('text');
  });
});
