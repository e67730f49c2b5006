#!/usr/bin/env node
// How batch cleaning scales with worker threads: the same folder of real pages cleaned with -j 1, then -j 2.
//
//   npm run build && node bench/batch-scaling.mjs [--files N] [--rounds R] [--corpus DIR] [--no-templates]
//
// Copies the first N pages of the corpus (default: wcxb-dev/text/paras beside the repository) to a temporary
// folder, runs the built CLI on it once per job count and round, and prints MB/s per job count and the speed-up.
// Keep N small on a shared machine: each run cleans every page. A busy machine cannot show scaling, so the script
// first times a plain CPU loop split over 1 and then 2 threads: the most any program could gain here right now.
import {spawnSync} from 'node:child_process';
import {Worker} from 'node:worker_threads';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';

const repo = new URL('..', import.meta.url).pathname;
const {values} = parseArgs({
  options: {
    files: {type: 'string', default: '150'},
    rounds: {type: 'string', default: '1'},
    corpus: {type: 'string'},
    'no-templates': {type: 'boolean', default: false},
  },
});
const corpus = values.corpus ?? ['../shared', '../../shared'].map((up) => join(repo, up, 'corpus/wcxb-dev/text/paras')).find(existsSync);
if (!corpus || !existsSync(corpus)) throw new Error('no corpus: pass --corpus DIR');

/** Seconds to spin a fixed number of loop turns split over `threads` worker threads. */
async function spin(threads) {
  const turns = 3e8 / threads;
  const code = `let x = 0; for (let i = 0; i < ${turns}; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);`;
  const started = performance.now();
  await Promise.all(Array.from({length: threads}, () => new Promise((resolve) => new Worker(code, {eval: true}).once('message', resolve))));
  return (performance.now() - started) / 1000;
}
const ceiling = (await spin(1)) / (await spin(2));
console.log(`a plain CPU loop scales ${ceiling.toFixed(2)}x from 1 to 2 threads on this machine now (about 2x on an idle machine with 2 free cores)`);

const work = mkdtempSync(join(tmpdir(), 'declutter-bench-'));
const input = join(work, 'in');
mkdirSync(input);
const names = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort().slice(0, Number(values.files));
let bytes = 0;
for (const name of names) {
  copyFileSync(join(corpus, name), join(input, name));
  bytes += statSync(join(input, name)).size;
}
const mb = bytes / 1e6;
console.log(`${names.length} pages, ${mb.toFixed(2)} MB, from ${corpus}`);

/** Wall-clock seconds of one batch run, best of the rounds. */
function timeRun(jobs) {
  let best = Infinity;
  for (let round = 0; round < Number(values.rounds); round++) {
    const out = join(work, `out-${jobs}-${round}`);
    const args = [join(repo, 'bin/declutter.cjs'), input, '-o', out, '-j', String(jobs), '-q'];
    if (values['no-templates']) args.push('--no-templates');
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'inherit']});
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`declutter -j ${jobs} exited with ${run.status}`);
    rmSync(out, {recursive: true, force: true});
    best = Math.min(best, seconds);
  }
  return best;
}

const results = [1, 2].map((jobs) => {
  const seconds = timeRun(jobs);
  console.log(`-j ${jobs}: ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(2)} MB/s`);
  return seconds;
});
console.log(`speed-up from 1 to 2 jobs: ${(results[0] / results[1]).toFixed(2)}x`);
rmSync(work, {recursive: true, force: true});
