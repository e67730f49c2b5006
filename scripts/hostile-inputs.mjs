// Hostile inputs, written to files as streams (never held whole), and a CLI run measured for time and peak memory.
// Shared by scripts/hostile.mjs (full sizes) and test/hostile.test.ts (sizes the suite can afford).
import {spawn} from 'node:child_process';
import {createWriteStream, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pipeline} from 'node:stream/promises';
import {fileURLToPath} from 'node:url';
import {createGzip} from 'node:zlib';

const BIN = fileURLToPath(new URL('../bin/declutter.cjs', import.meta.url));
const PRELOAD = fileURLToPath(new URL('./max-rss-preload.cjs', import.meta.url));
const CHUNK = 1 << 20;

/** Repeat `unit` to `bytes` bytes, in chunks of about a megabyte, then `tail` once. */
function* repeated(unit, bytes, head = '', tail = '') {
  yield head;
  const perChunk = Math.max(1, Math.floor(CHUNK / unit.length));
  const chunk = unit.repeat(perChunk);
  let left = Math.floor(bytes / unit.length);
  for (; left >= perChunk; left -= perChunk) yield chunk;
  yield unit.repeat(left) + tail;
}

/** `head`, `count` units `first(i)`, `middle`, `count` units `second(i)`, `tail`, in chunks of about a megabyte. */
function* numbered(count, first, second, head, middle, tail) {
  yield head;
  for (const unit of [first, second]) {
    let chunk = '';
    for (let i = 0; i < count; i++) {
      chunk += unit(i);
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    yield unit === first ? chunk + middle : chunk + tail;
  }
}

export const hostileInputs = {
  /** One line of words and no newline at all. */
  oneLine: (bytes) => ({name: 'one-line.txt', chunks: repeated('word and more words, ', bytes)}),
  /** Lines of one character each. */
  oneCharLines: (lines) => ({name: 'one-char-lines.txt', chunks: repeated('a\n', lines * 2)}),
  /** A paragraph inside `depth` nested `<div>`s. */
  nestedHtml: (depth) => ({name: 'nested.html', chunks: repeated('<div>', depth * 5, '<!DOCTYPE html><html><body>', `<p>A paragraph at the bottom of the nesting.</p>${'</div>'.repeat(depth)}</body></html>`)}),
  /** The same nesting with a word after every start and end tag: a line for each. */
  nestedWords: (depth) => ({name: 'nested-words.html', chunks: numbered(depth, (i) => `<div>open${i} `, (i) => `</div>close${depth - 1 - i} `, '<!DOCTYPE html><html><body>', '<p>A paragraph at the bottom of the nesting.</p>', '</body></html>')}),
  /** `count` `<font>` tags never closed (a broken template's), a word in each: one line. */
  unclosedTags: (count) => ({name: 'unclosed.html', chunks: numbered(count, (i) => `<font size="2">word${i} `, () => '', '<!DOCTYPE html><html><body>', '<p>The end of the page.</p>', '</body></html>')}),
  /** `count` paragraphs, each of one word: a tag pair apiece. */
  manyTags: (count) => ({name: 'many-tags.html', chunks: repeated('<p>x</p>', count * 8, '<!DOCTYPE html><html><body>', '</body></html>')}),
  /** Spaces that gzip to about a thousandth of their size. */
  gzipBomb: (expandedBytes) => ({name: 'bomb.txt.gz', chunks: repeated(' ', expandedBytes), gzip: true}),
  /** A run of one punctuation mark, of spaces, or of full stops and spaces. */
  punctuation: (bytes) => ({name: 'punctuation.txt', chunks: repeated('!', bytes)}),
  spaces: (bytes) => ({name: 'spaces.txt', chunks: repeated(' ', bytes)}),
  stops: (bytes) => ({name: 'stops.txt', chunks: repeated('. ', bytes)}),
};

/** A fresh temporary folder and its removal. */
export function scratchFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-hostile-'));
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}

/** Write an input to a file in `dir` (gzipped where it says so); returns the path. */
export async function writeInput(dir, {name, chunks, gzip}) {
  const path = join(dir, name);
  const source = (async function* () {
    for (const chunk of chunks) yield Buffer.from(chunk);
  })();
  await (gzip ? pipeline(source, createGzip({level: 9}), createWriteStream(path)) : pipeline(source, createWriteStream(path)));
  return path;
}

/**
 * Run the built CLI and measure it: exit status, seconds, peak resident memory in MB, the size of stdout and its first
 * 64 KB, stderr. `stdinChunks`, if given, are written to stdin one at a time, `gapMs` apart, so that each is its own read.
 */
export async function runMeasured(args, {stdinChunks, gapMs = 0, env = {}, dir} = {}) {
  const rssFile = join(dir, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', PRELOAD, BIN, ...args], {
    env: {...process.env, NO_COLOR: '1', ...env, MAX_RSS_FILE: rssFile},
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const kept = [];
  let keptBytes = 0;
  let stdoutBytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdoutBytes += chunk.length;
    if (keptBytes < 65536) {
      kept.push(chunk);
      keptBytes += chunk.length;
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  child.stdin.on('error', () => {
    // EPIPE when declutter refuses an input before reading it all: the exit status tells the story.
  });
  const closed = new Promise((resolve) => child.on('close', (status, signal) => resolve({status, signal})));
  for (const chunk of stdinChunks ?? []) {
    child.stdin.write(chunk);
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  child.stdin.end();
  const {status, signal} = await closed;
  const seconds = (performance.now() - started) / 1000;
  let maxRssMb = NaN;
  try {
    maxRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // No figure: the process died before its exit handlers ran (a signal, an abort).
  }
  const stdout = Buffer.concat(kept).subarray(0, 65536).toString('utf8');
  return {status, signal, seconds, maxRssMb, stdoutBytes, stdout, stderr};
}
