#!/usr/bin/env node
// `npm run bench`: declutter's speed on the wcxb-dev corpus through the compiled CLI (dist/), as docs/speed.md reports.
//
//   node bench/run.mjs [--corpus DIR] [--renderings paras,blocks] [--pages N] [--stream-mb 500] [--skip memory]
//   (--skip takes startup, throughput, batch, memory, big or shapes, and may be given more than once)
//
// - throughput: each rendering's pages as one JSONL stream, through one process, then dealt into one shard a core and
//   run as that many processes at once: MB/s (of page text) per core, and how the jobs scale; `html` is the pages as
//   fetched, which declutter reads as HTML (MB of HTML);
// - batch: a folder of paras pages (one site) through batch mode on one worker, with template learning and with
//   --no-templates: MB per CPU second of each, and what learning the templates costs;
// - start-up: one small article (the NATO fixture) against `node -e 0`, medians of interleaved runs;
// - memory: peak RSS while cleaning a JSONL stream of --stream-mb MB (pages repeated), and RSS along the way;
// - big documents: the paras pages concatenated into one text document of 24 MB and of 100 MB (pages repeated), each
//   cleaned as one document: time, peak RSS and bytes of peak RSS a block;
// - shapes: pages of odd shapes (thousands of tiny blocks, one huge line) at two sizes, to show that time grows with
//   the size and no faster: one pathological page must not stall a batch.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {readPages, writeLargeStream, writeShards} from './corpus-jsonl.mjs';
import {cliArgs, median, runWatchingMemory, timeRun, usageOf} from './measure.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'declutter.cjs');
const SMALL = join(ROOT, 'fixtures', 'nato', 'input.txt');
const MB = 1e6;

const {values: args} = parseArgs({
  options: {
    corpus: {type: 'string', default: process.env.DECLUTTER_CORPUS ?? defaultCorpus()},
    renderings: {type: 'string', default: 'paras,blocks,lynx,region,html'},
    pages: {type: 'string'},
    jobs: {type: 'string', default: String(availableParallelism())},
    'stream-mb': {type: 'string', default: '500'},
    'startup-runs': {type: 'string', default: '15'},
    'batch-pages': {type: 'string', default: '511'},
    'batch-runs': {type: 'string', default: '3'},
    skip: {type: 'string', multiple: true, default: []},
  },
});

/** ../shared/corpus/wcxb-dev beside the project, or beside its main checkout when this is a git worktree. */
function defaultCorpus() {
  const beside = (root) => join(root, '..', 'shared', 'corpus', 'wcxb-dev');
  if (existsSync(beside(ROOT))) return beside(ROOT);
  try {
    const commonGitDir = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {cwd: ROOT, encoding: 'utf8'});
    return beside(join(commonGitDir.trim(), '..'));
  } catch {
    return beside(ROOT);
  }
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('no dist/: run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 'declutter-bench-'));
  try {
    console.log(`declutter bench: node ${process.version}, ${availableParallelism()} cores, corpus ${args.corpus}`);
    console.log(`load average at the start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on the machine lowers every figure)\n`);
    if (!args.skip.includes('startup')) await benchStartup();
    if (!args.skip.includes('throughput')) await benchThroughput(work);
    if (!args.skip.includes('batch')) await benchBatch(work);
    if (!args.skip.includes('memory')) await benchMemory(work);
    if (!args.skip.includes('big')) await benchBigDocuments(work);
    if (!args.skip.includes('shapes')) await benchShapes(work);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

async function benchStartup() {
  const runs = Number(args['startup-runs']);
  const bare = {wall: [], cpu: []};
  const cli = {wall: [], cpu: []};
  const record = (into, run) => {
    into.wall.push(run.seconds * 1000);
    into.cpu.push(usageOf(run).cpuSeconds * 1000);
  };
  // Interleaved, so that a busy neighbour slows both alike; both with the usage hook, so that it costs both the same.
  for (let i = 0; i < runs; i++) {
    record(bare, await checked(timeRun(process.execPath, cliArgs('-e', ['0']))));
    record(cli, await checked(timeRun(process.execPath, cliArgs(BIN, [SMALL]))));
  }
  console.log('## Start-up (one small article, median of %d runs)\n', runs);
  for (const kind of ['wall', 'cpu']) {
    const [b, c] = [median(bare[kind]), median(cli[kind])];
    console.log(`${kind === 'wall' ? 'wall' : 'CPU '}: node -e 0 ${b.toFixed(0)} ms, declutter small.txt ${c.toFixed(0)} ms: ${(c / b).toFixed(2)}x`);
  }
  console.log('(target <= 2x)\n');
}

async function benchThroughput(work) {
  const jobs = Number(args.jobs);
  const limit = args.pages ? Number(args.pages) : Infinity;
  console.log('## Throughput (MB of page text a second, JSONL through the CLI)\n');
  console.log(`| rendering | MB | 1 job MB/s | MB per CPU s | ${jobs} jobs MB/s | per core | scaling | scaling on idle cores |`);
  console.log('|---|---|---|---|---|---|---|---|');
  for (const rendering of args.renderings.split(',')) {
    const pages = readPages(args.corpus, rendering, limit);
    if (pages.length === 0) {
      console.log(`| ${rendering} | (not in the corpus) |||||`);
      continue;
    }
    const whole = join(work, `${rendering}.jsonl`);
    const [bytes] = await writeShards(pages, [whole]);
    const shards = Array.from({length: jobs}, (_, i) => join(work, `${rendering}.${i}.jsonl`));
    await writeShards(pages, shards);
    const one = await checked(timeRun(process.execPath, cliArgs(BIN, ['-q', whole])));
    const cpu = bytes / MB / usageOf(one).cpuSeconds;
    const start = process.hrtime.bigint();
    const runs = await Promise.all(shards.map((shard) => checked(timeRun(process.execPath, cliArgs(BIN, ['-q', shard])))));
    const allSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    // What the jobs would reach with a core each to themselves: the work split N ways, limited by the slowest shard.
    const idleScaling = usageOf(one).cpuSeconds / Math.max(...runs.map((run) => usageOf(run).cpuSeconds));
    const [single, all] = [bytes / MB / one.seconds, bytes / MB / allSeconds];
    console.log(
      `| ${rendering} | ${(bytes / MB).toFixed(1)} | ${single.toFixed(2)} | ${cpu.toFixed(2)} | ${all.toFixed(2)} | ${(all / jobs).toFixed(2)} | ${(all / single).toFixed(2)}x | ${idleScaling.toFixed(2)}x |`,
    );
  }
  console.log('\nMB per CPU s is the one-job figure a busy machine disturbs least. Scaling on idle cores: one job\'s CPU time over');
  console.log('the busiest shard\'s, what the jobs reach when each has a core to itself.');
  console.log('Targets: >= 10 MB/s per core on paras; 2 jobs >= 1.7x one.\n');
}

async function benchBatch(work) {
  const pages = readPages(args.corpus, 'paras', Number(args['batch-pages']));
  if (pages.length === 0) throw new Error(`no paras pages in ${args.corpus}`);
  const input = join(work, 'batch-in');
  mkdirSync(input);
  for (const page of pages) writeFileSync(join(input, `${page.id}.txt`), page.text);
  const mb = pages.reduce((sum, page) => sum + Buffer.byteLength(page.text), 0) / MB;
  const runs = Number(args['batch-runs']);
  const cpu = {templates: [], none: []};
  // Interleaved, so that a busy neighbour slows both alike; the median of each.
  for (let i = 0; i < runs; i++) {
    for (const kind of ['templates', 'none']) {
      const out = join(work, 'batch-out');
      rmSync(out, {recursive: true, force: true});
      const flags = kind === 'none' ? ['--no-templates'] : [];
      cpu[kind].push(usageOf(await checked(timeRun(process.execPath, cliArgs(BIN, ['-q', '-j', '1', ...flags, '-o', out, input])))).cpuSeconds);
    }
  }
  const [withTemplates, without] = [median(cpu.templates), median(cpu.none)];
  console.log(`## Batch (${pages.length} paras pages, ${mb.toFixed(1)} MB, one site, -j 1; median CPU of ${runs} interleaved runs)\n`);
  console.log('| run | CPU s | MB per CPU s |');
  console.log('|---|---|---|');
  console.log(`| with templates | ${withTemplates.toFixed(2)} | ${(mb / withTemplates).toFixed(2)} |`);
  console.log(`| --no-templates | ${without.toFixed(2)} | ${(mb / without).toFixed(2)} |`);
  console.log(`\nLearning the templates costs ${(((withTemplates - without) / without) * 100).toFixed(0)}% over --no-templates.\n`);
}

async function benchMemory(work) {
  const target = Number(args['stream-mb']) * MB;
  const pages = readPages(args.corpus, 'paras', args.pages ? Number(args.pages) : Infinity);
  if (pages.length === 0) throw new Error(`no paras pages in ${args.corpus}`);
  const path = join(work, 'large.jsonl');
  await writeLargeStream(pages, path, target);
  const size = statSync(path).size;
  const run = await checked(runWatchingMemory(process.execPath, cliArgs(BIN, ['-q', path])));
  const peak = Math.max(run.peakMiB, usageOf(run).maxRssKiB / 1024);
  const samples = run.samplesMiB;
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const early = Math.max(...samples.slice(0, tenth));
  const late = Math.max(...samples.slice(-tenth));
  console.log('## Memory (a JSONL stream through one process)\n');
  console.log(
    `${(size / MB).toFixed(0)} MB stream in ${run.seconds.toFixed(0)} s: peak RSS ${peak.toFixed(0)} MiB ` +
      `(RSS ${early.toFixed(0)} MiB in the first tenth of the run, ${late.toFixed(0)} MiB in the last; target < 300 MB)\n`,
  );
}

// One document of every paras page (about 24 MB), and one of 100 MB with the pages repeated.
const BIG_DOCUMENT_MB = [24, 100];

async function benchBigDocuments(work) {
  const pages = readPages(args.corpus, 'paras', args.pages ? Number(args.pages) : Infinity).map((page) => page.text.trim());
  if (pages.length === 0) throw new Error(`no paras pages in ${args.corpus}`);
  console.log('## Big documents (paras pages concatenated into one text document, cleaned as one)\n');
  console.log('| document | MB | blocks | seconds | MB/s | peak RSS, MiB | bytes of peak RSS a block |');
  console.log('|---|---|---|---|---|---|---|');
  const rates = [];
  for (const [i, mb] of BIG_DOCUMENT_MB.entries()) {
    // The first is every page once, however large; the others repeat the pages up to their size.
    const text = i === 0 ? pages.join('\n\n') + '\n' : repeatedPages(pages, mb * MB);
    const path = join(work, 'big.txt');
    writeFileSync(path, text);
    const size = statSync(path).size;
    const blocks = paragraphCount(text);
    // The block limit is the heap over the cost of a block: this row measures the cost, so it lifts the limit.
    const run = await checked(runWatchingMemory(process.execPath, cliArgs(BIN, ['-q', path]), 250, {DECLUTTER_MAX_BLOCKS: String(blocks)}));
    const peak = Math.max(run.peakMiB, usageOf(run).maxRssKiB / 1024);
    rates.push(size / MB / run.seconds);
    console.log(
      `| ${i === 0 ? 'every page once' : 'pages repeated'} | ${(size / MB).toFixed(1)} | ${blocks.toLocaleString('en')} | ` +
        `${run.seconds.toFixed(1)} | ${(size / MB / run.seconds).toFixed(2)} | ${peak.toFixed(0)} | ${((peak * 1024 * 1024) / blocks).toFixed(0)} |`,
    );
  }
  console.log(`\nMB/s of the largest over the smallest: ${(rates.at(-1) / rates[0]).toFixed(2)} (1 is time linear in size).`);
  console.log('Targets: peak RSS under 300 MB at 24 MB and under 1 GB at 100 MB.\n');
}

/** The pages, repeated in order, joined by blank lines up to about `bytes`. */
function repeatedPages(pages, bytes) {
  const chosen = [];
  let size = 0;
  while (size < bytes) {
    for (const page of pages) {
      chosen.push(page);
      size += Buffer.byteLength(page) + 2;
      if (size >= bytes) break;
    }
  }
  return chosen.join('\n\n') + '\n';
}

/** Runs of non-blank lines: the blocks of a document laid out in paragraphs. */
function paragraphCount(text) {
  let count = 0;
  let inRun = false;
  for (const line of text.split('\n')) {
    const blank = line.trim() === '';
    if (!blank && !inRun) count++;
    inRun = !blank;
  }
  return count;
}

// Odd page shapes, each a function of a block count: real scrapes produce every one of them now and then.
const SHAPES = {
  'a related marker above every teaser': (n) => 'Read more\n\nA headline of a teaser\n\n'.repeat(n / 2),
  'one word a line': (n) => 'Word\n'.repeat(n),
  'a bullet list': (n) => '* an item\n'.repeat(n),
  'one block repeated': (n) => 'Subscribe to our newsletter for more.\n\n'.repeat(n),
  'one line of prose': (n) => 'the quick brown fox jumps over the lazy dog. '.repeat(n),
  // Short lines of one length, no two of one template: a chain of template lines is sought from each.
  'numbered short lines': (n) => Array.from({length: n}, (_, i) => `item ${i + 1}\n`).join(''),
};
const SHAPE_SIZES = [25_000, 100_000];

async function benchShapes(work) {
  console.log('## Odd shapes (one file through the CLI, at two sizes)\n');
  console.log(`| shape | ${SHAPE_SIZES.map((n) => `${n.toLocaleString('en')} blocks, s`).join(' | ')} | time ratio over size ratio |`);
  console.log('|---|---|---|---|');
  for (const [name, make] of Object.entries(SHAPES)) {
    const seconds = [];
    for (const n of SHAPE_SIZES) {
      const path = join(work, 'shape.txt');
      writeFileSync(path, make(n));
      seconds.push((await checked(timeRun(process.execPath, cliArgs(BIN, [path])))).seconds);
    }
    const growth = seconds.at(-1) / seconds[0] / (SHAPE_SIZES.at(-1) / SHAPE_SIZES[0]);
    console.log(`| ${name} | ${seconds.map((t) => t.toFixed(2)).join(' | ')} | ${growth.toFixed(2)} |`);
  }
  console.log('\nA ratio near 1 (or under it: start-up weighs less on the larger file) is linear time; 4 would be quadratic.\n');
}

/** A run's result, or an error if the CLI failed: a bench of a broken build measures nothing. */
async function checked(promise) {
  const result = await promise;
  if (result.status !== 0) throw new Error(`the CLI exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return result;
}

await main();
