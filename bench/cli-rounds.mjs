#!/usr/bin/env node
// Whole CLI runs of two or more checkouts, by turns, on the same arguments: each run's CPU seconds, split by thread,
// so that a change to the CLI's path (reading, writing, workers, V8's settings) is measured as a user runs it. The
// machine's load moves every run; taking the checkouts by turns (in the other order every second round) moves them
// alike. Give the same checkout twice for an A/A round, which shows the noise.
//
//   node bench/cli-rounds.mjs ROOT... [--rounds 5] -- CLI ARGUMENTS
//   e.g. node bench/cli-rounds.mjs ../main . --rounds 5 -- -q pages.jsonl
//        node bench/cli-rounds.mjs ../main . -- -q -j 1 -o OUT IN   (OUT is removed before every run)
//
// Threads are read from /proc/PID/task every 20 ms while the run lasts (Linux only; Node 20 names none of them):
// "main" is the process's first thread; "busiest other" the other thread that spent the most (batch mode's worker,
// where there is one); "rest" V8's compiler and garbage-collector threads, Node's thread pool and the rest. A thread that
// ends between two readings loses at most 20 ms; the total is the process's own count at its end.
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {median} from './measure.mjs';

const dash = process.argv.indexOf('--');
if (dash < 0) throw new Error('usage: cli-rounds.mjs ROOT... [--rounds N] -- CLI ARGUMENTS');
const {values: args, positionals: roots} = parseArgs({
  args: process.argv.slice(2, dash),
  allowPositionals: true,
  options: {rounds: {type: 'string', default: '5'}},
});
const cliArgs = process.argv.slice(dash + 1);
const outDir = cliArgs.includes('-o') ? cliArgs[cliArgs.indexOf('-o') + 1] : undefined;
if (roots.length < 1) throw new Error('name at least one checkout');

const TICKS = 100;
const KINDS = ['main', 'busiest other', 'rest'];

/** CPU seconds of each thread of a process so far, by thread id. */
function readThreads(pid, into) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // The thread ended between the listing and the reading.
    }
  }
}

/** One run of a checkout's CLI: CPU seconds by kind of thread, and in all (rusage of the finished child). */
function runOnce(root) {
  if (outDir) rmSync(outDir, {recursive: true, force: true});
  return new Promise((done, fail) => {
    const hook = new URL('./usage-hook.mjs', import.meta.url).href;
    const child = spawn(process.execPath, ['--import', hook, resolve(root, 'bin', 'declutter.cjs'), ...cliArgs], {stdio: ['ignore', 'ignore', 'pipe']});
    const threads = new Map();
    const timer = setInterval(() => readThreads(child.pid, threads), 20);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      clearInterval(timer);
      const usage = /bench-usage (\{.*\})/.exec(stderr);
      if (!usage) return fail(new Error(`the run did not report its usage (status ${status}): ${stderr.slice(-500)}`));
      const others = [...threads].filter(([tid]) => tid !== child.pid).map(([, cpu]) => cpu);
      const busiest = Math.max(0, ...others);
      const sum = others.reduce((a, b) => a + b, 0);
      done({total: JSON.parse(usage[1]).cpuSeconds, main: threads.get(child.pid) ?? 0, 'busiest other': busiest, rest: sum - busiest});
    });
  });
}

const runs = roots.map(() => []);
for (let round = 0; round < Number(args.rounds); round++) {
  const order = roots.map((_, i) => i);
  if (round % 2) order.reverse();
  for (const i of order) runs[i].push(await runOnce(roots[i]));
}
console.log(`declutter ${cliArgs.join(' ')}: CPU seconds of ${args.rounds} rounds, checkouts by turns\n`);
console.log(`| checkout | total, each round | median | ${KINDS.map((kind) => `${kind} (median)`).join(' | ')} |`);
console.log(`|---|---|---|${KINDS.map(() => '---').join('|')}|`);
// Milliseconds show where runs are short (start-up).
const digits = median(runs.flat().map((run) => run.total)) < 1 ? 3 : 2;
roots.forEach((root, i) => {
  const of = (key) => median(runs[i].map((run) => run[key])).toFixed(digits);
  console.log(`| ${root} | ${runs[i].map((run) => run.total.toFixed(digits)).join(' ')} | ${of('total')} | ${KINDS.map(of).join(' | ')} |`);
});
