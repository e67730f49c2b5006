import {Writable} from 'node:stream';
import {describe, it} from 'vitest';
import {Output} from '../src/cli/output.js';

/** A stream whose writes are taken at once but fail a moment later, as a pipe's or a full disk's can. */
function failingLater(code: string): Writable {
  return new Writable({
    highWaterMark: 1 << 20,
    write(_chunk, _encoding, callback) {
      setTimeout(() => callback(Object.assign(new Error(`write ${code}`), {code})), 5);
    },
  });
}

describe('Output', () => {
  it('sees an error that arrives after the last write returned, once flushed', async ({expect}) => {
    const output = new Output(failingLater('ENOSPC'));
    await output.write('a paragraph\n');
    await output.flush();
    expect(output.error?.message).toBe('write ENOSPC');
    expect(output.closed).toBe(true);
  });

  it('ends quietly when the reader goes away late (EPIPE)', async ({expect}) => {
    const output = new Output(failingLater('EPIPE'));
    await output.write('a paragraph\n');
    await output.flush();
    expect(output.error).toBeUndefined();
    expect(output.closed).toBe(true);
  });

  it('flushes a stream that takes every write', async ({expect}) => {
    const chunks: string[] = [];
    const output = new Output(new Writable({write: (chunk, _encoding, callback) => (chunks.push(String(chunk)), callback())}));
    await output.write('one\n');
    await output.write('two\n');
    await output.flush();
    expect(chunks.join('')).toBe('one\ntwo\n');
    expect(output.error).toBeUndefined();
    expect(output.closed).toBe(false);
  });
});
