import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {formatRate, Progress} from '../src/cli/batch/progress.js';
import {formatSummary, Tally} from '../src/cli/batch/summary.js';

/** A stream that passes for a terminal, recording what is drawn on it. */
function fakeTerminal(isTTY: boolean): {stream: PassThrough & {isTTY: boolean; columns: number}; text: () => string} {
  const stream = Object.assign(new PassThrough(), {isTTY, columns: 120});
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return {stream, text: () => written};
}

describe('Progress', () => {
  it('draws files done of total, MB/s and the ETA on a terminal', async () => {
    const {stream, text} = fakeTerminal(true);
    const progress = new Progress(false, stream);
    progress.start('cleaning', 4);
    progress.tick(2_000_000);
    progress.print(() => stream.write('declutter: x.txt: looks binary\n'));
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toMatch(/cleaning .*1\/4 files \| [\d.]+ MB\/s \| ETA /);
    expect(text()).toContain('declutter: x.txt: looks binary\n');
  });

  it('draws nothing with --quiet or off a terminal', async () => {
    for (const [quiet, isTTY] of [
      [true, true],
      [false, false],
    ] as const) {
      const {stream, text} = fakeTerminal(isTTY);
      const progress = new Progress(quiet, stream);
      progress.start('cleaning', 4);
      progress.tick(100);
      progress.stop();
      await new Promise((resolve) => setImmediate(resolve));
      expect(text()).toBe('');
    }
  });

  it('gives the rate in MB/s', () => {
    expect(formatRate({done: 1, total: 2, bytes: 3_000_000, seconds: 2})).toBe('1.5 MB/s');
    expect(formatRate({done: 1, total: 2, bytes: 300_000, seconds: 1})).toBe('0.30 MB/s');
    expect(formatRate({done: 0, total: 2, bytes: 0, seconds: 0})).toBe('– MB/s');
  });
});

describe('formatSummary', () => {
  it('says what was cleaned, failed and skipped, the MB in and out, the share of text kept, and the time', () => {
    const tally = Object.assign(new Tally(), {cleaned: 120, failed: 2, skipped: 3, bytesIn: 25_100_000, bytesOut: 10_200_000, textChars: 1000, keptChars: 410});
    expect(formatSummary(tally, 12.34)).toBe('cleaned 120, failed 2, skipped 3; 25.1 MB in, 10.2 MB out; 41% of the text kept; 12.3 s');
  });

  it('says the sizes of a batch under a megabyte in kB, where MB would read 0.0', () => {
    const small = Object.assign(new Tally(), {cleaned: 2, bytesIn: 32_900, bytesOut: 2_200, textChars: 100, keptChars: 77});
    expect(formatSummary(small, 0.2)).toBe('cleaned 2, failed 0, skipped 0; 32.9 kB in, 2.2 kB out; 77% of the text kept; 0.2 s');
    // Just under a megabyte rounds to one, not to "1000.0 kB".
    expect(formatSummary(Object.assign(new Tally(), {bytesIn: 999_990}), 0)).toContain('1.0 MB in');
  });

  it('leaves the share of text kept out where no text was cleaned, rather than say 0% was kept', () => {
    const skippedAll = Object.assign(new Tally(), {skipped: 10});
    expect(formatSummary(skippedAll, 0.01)).toBe('cleaned 0, failed 0, skipped 10; 0.0 kB in, 0.0 kB out; 0.0 s');
    const removedAll = Object.assign(new Tally(), {cleaned: 1, bytesIn: 100, textChars: 90, keptChars: 0});
    expect(formatSummary(removedAll, 0.01)).toBe('cleaned 1, failed 0, skipped 0; 0.1 kB in, 0.0 kB out; 0% of the text kept; 0.0 s');
  });
});
