import {statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a plain script module, shared with scripts/hostile.mjs, has no types.
import {hostileInputs, runMeasured, scratchFolder, writeInput} from '../scripts/hostile-inputs.mjs';

// Hostile inputs through the CLI, each within a time and a peak-memory bound. The sizes are what the suite can afford;
// scripts/hostile.mjs runs the full ones (a 100 MB line, a million lines or tags, 100,000 levels, a 1 GB gzip bomb,
// 10 MB runs of punctuation).
// The bounds leave room for a busy 2-core machine: several times what the cases take alone.
interface Measured {
  status: number | null;
  signal: string | null;
  seconds: number;
  maxRssMb: number;
  stdoutBytes: number;
  stdout: string;
  stderr: string;
}

const MB = 1e6;
const {dir, remove} = scratchFolder() as {dir: string; remove: () => void};
afterAll(remove);

async function clean(input: unknown, args: string[] = [], env: Record<string, string> = {}): Promise<Measured & {bytes: number}> {
  const path = (await writeInput(dir, input)) as string;
  const run = (await runMeasured([...args, path], {dir, env})) as Measured;
  return {...run, bytes: statSync(path).size};
}

describe('hostile inputs are cleaned or refused, within time and memory bounds', {timeout: 60_000}, () => {
  it('one line of 10 MB', async () => {
    const run = await clean(hostileInputs.oneLine(10 * MB));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdoutBytes).toBeLessThanOrEqual(run.bytes + 1);
    expect(run.seconds).toBeLessThan(25);
    expect(run.maxRssMb).toBeLessThan(900);
  });

  it('50,000 lines of one character', async () => {
    const run = await clean(hostileInputs.oneCharLines(50_000));
    expect(run.status, run.stderr).toBe(0);
    expect(run.seconds).toBeLessThan(20);
    expect(run.maxRssMb).toBeLessThan(1000);
  });

  it('HTML nested 100,000 deep', async () => {
    // Read no deeper than browsers nest (src/read/bounded-depth-parser.ts): time linear in the depth, not quadratic.
    const run = await clean(hostileInputs.nestedHtml(100_000));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('A paragraph at the bottom of the nesting.\n');
    expect(run.seconds).toBeLessThan(10);
    expect(run.maxRssMb).toBeLessThan(400);
  });

  it('20,000 tag pairs', async () => {
    const run = await clean(hostileInputs.manyTags(20_000));
    expect(run.status, run.stderr).toBe(0);
    expect(run.seconds).toBeLessThan(20);
    expect(run.maxRssMb).toBeLessThan(800);
  });

  it('a gzip bomb: refused as it expands past the size limit, with a message that says so', async () => {
    const run = await clean(hostileInputs.gzipBomb(64 * MB), [], {DECLUTTER_MAX_BYTES: String(8 * 1024 * 1024)});
    expect(run.bytes).toBeLessThan(MB);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bomb\.txt\.gz: gzipped input expands past the 8\.0 MiB limit/);
    expect(run.seconds).toBeLessThan(10);
    expect(run.maxRssMb).toBeLessThan(300);
  });

  it('a megabyte each of one punctuation mark, of spaces, and of full stops and spaces (one run)', async () => {
    const inputs = [hostileInputs.punctuation(MB), hostileInputs.spaces(MB), hostileInputs.stops(MB)];
    const paths = (await Promise.all(inputs.map((input) => writeInput(dir, input)))) as string[];
    const run = (await runMeasured(paths, {dir})) as Measured;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdoutBytes).toBeLessThanOrEqual(3 * MB + 3);
    expect(run.seconds).toBeLessThan(15);
    expect(run.maxRssMb).toBeLessThan(400);
  });
});

// Multi-byte characters and a stray byte, each cut between two reads of stdin.
const PARAGRAPH = 'Ünïcödé text runs on: a café in Zürich, a price of 5 €, a smile 😀 and more words to read.';
const SPLIT_TEXT = Buffer.concat([Buffer.from(`${PARAGRAPH}\n\n${PARAGRAPH} A stray byte: `), Buffer.from([0xe9]), Buffer.from(` and on.\n\n${PARAGRAPH}\n`)]);

/** The bytes cut inside every multi-byte character and next to the stray byte. */
function cutInsideCharacters(bytes: Buffer): Buffer[] {
  const chunks: Buffer[] = [];
  let start = 0;
  for (let i = 1; i < bytes.length; i++) {
    if ((bytes[i]! & 0xc0) === 0x80 || bytes[i - 1] === 0xe9 || bytes[i] === 0xe9) {
      chunks.push(bytes.subarray(start, i));
      start = i;
    }
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

describe('invalid and multi-byte UTF-8 cut across reads', () => {
  it('reads as it does in one piece, on stdin', async () => {
    const path = join(dir, 'split.txt');
    writeFileSync(path, SPLIT_TEXT);
    const whole = (await runMeasured([path], {dir})) as Measured;
    const chunks = cutInsideCharacters(SPLIT_TEXT);
    expect(chunks.length).toBeGreaterThan(10);
    const split = (await runMeasured([], {dir, stdinChunks: chunks, gapMs: 5})) as Measured;
    expect(whole.stdout).toContain('café in Zürich, a price of 5 €, a smile 😀');
    expect(whole.stderr).toMatch(/1 byte that is not: read as windows-1252/);
    expect({status: split.status, stdout: split.stdout}).toEqual({status: whole.status, stdout: whole.stdout});
  });

  it('reads as it does in one piece, in a JSONL stream, where a line that is not UTF-8 fails alone', async () => {
    const good = Buffer.from(JSON.stringify({id: 'a', text: `${PARAGRAPH}\n\n${PARAGRAPH}`}) + '\n');
    const bad = Buffer.concat([Buffer.from('{"id": "b", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const stream = Buffer.concat([good, bad, good]);
    const whole = (await runMeasured(['--input-format', 'jsonl', '-q'], {dir, stdinChunks: [stream]})) as Measured;
    const split = (await runMeasured(['--input-format', 'jsonl', '-q'], {dir, stdinChunks: cutInsideCharacters(stream), gapMs: 2})) as Measured;
    const lines = whole.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line['id'] ?? line['line'])).toEqual(['a', 2, 'a']);
    expect(lines[1]).toMatchObject({error: 'line is not UTF-8'});
    expect(lines[0]!['text']).toContain('😀');
    expect(split.stdout).toBe(whole.stdout);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is read, with a note naming the byte order', async () => {
    const text = `${PARAGRAPH}\n\n${PARAGRAPH}\n`;
    const run = (await runMeasured([], {dir, stdinChunks: [Buffer.from(text, 'utf16le')]})) as Measured;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('a smile 😀');
    expect(run.stderr).toMatch(/read as utf-16le/);
  });
});
