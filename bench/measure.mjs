// Running the CLI for the bench: wall time, and peak memory (max RSS) of a process.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';

/** Run a command with stdout discarded; resolves to its wall time in seconds and exit status. */
export function timeRun(command, args, {stdin = 'ignore'} = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {stdio: [stdin, 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({seconds: Number(process.hrtime.bigint() - start) / 1e9, status, stderr}));
  });
}

const HOOK = new URL('./usage-hook.mjs', import.meta.url).href;

/** Arguments to run the CLI under node with the usage hook loaded. */
export function cliArgs(bin, args) {
  return ['--import', HOOK, bin, ...args];
}

/** The CPU seconds and peak RSS the usage hook reported on a run's stderr. */
export function usageOf(run) {
  const match = /bench-usage (\{.*\})/.exec(run.stderr);
  if (!match) throw new Error('the run did not report its usage');
  return JSON.parse(match[1]);
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Run a command and follow its resident memory from /proc every `everyMs`: resolves to the wall time, the peak RSS
 * (VmHWM, as the kernel counts it) and the RSS samples, in MiB. `env` is added to the command's environment.
 */
export function runWatchingMemory(command, args, everyMs = 500, env = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, ...env}});
    let stderr = '';
    let peak = 0;
    const samples = [];
    const sample = () => {
      const status = readStatus(child.pid);
      if (!status) return;
      peak = Math.max(peak, status.hwm);
      samples.push(status.rss);
    };
    const timer = setInterval(sample, everyMs);
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', () => clearInterval(timer));
    child.on('close', (status) =>
      resolve({seconds: Number(process.hrtime.bigint() - start) / 1e9, status, stderr, peakMiB: peak, samplesMiB: samples}),
    );
  });
}

function readStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
    return {rss: kib('VmRSS') / 1024, hwm: kib('VmHWM') / 1024};
  } catch {
    return undefined;
  }
}
