import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {describe, expect, it} from 'vitest';
import {BIN} from './stream-cli.js';

// Reports the process's peak RSS on stderr as it exits.
const PEAK_RSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent("process.on('exit', () => process.stderr.write(`\\npeak-rss-kib ${process.resourceUsage().maxRSS}\\n`));");

describe('JSONL stream memory', () => {
  it('stays flat over a stream far larger than it: one line at a time, reading paced by the output', async () => {
    // 100 MB of records without a text field: each is answered by a short error line, so the stream layer (reading,
    // splitting, parsing, writing) runs at full speed with no cleaning to slow it.
    const child = spawn(process.execPath, ['--import', PEAK_RSS_HOOK, BIN, '--input-format', 'jsonl', '--text-field', 'missing', '-q']);
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const pad = 'x'.repeat(10_000);
    const total = 10_000;
    for (let i = 0; i < total; i++) {
      if (!child.stdin.write(`{"id":${i},"pad":"${pad}"}\n`)) await once(child.stdin, 'drain');
    }
    child.stdin.end();
    const [status] = (await once(child, 'close')) as [number];
    expect(status).toBe(1);
    expect(lines).toBe(total);
    const peakMiB = Number(/peak-rss-kib (\d+)/.exec(stderr)?.[1]) / 1024;
    // node and the cleaner take about 70 MiB before the first line; holding the stream would take 200 more.
    expect(peakMiB).toBeGreaterThan(20);
    expect(peakMiB).toBeLessThan(160);
  });
});
