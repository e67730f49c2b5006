#!/usr/bin/env node
// The suite's time and where its CPU time goes (Linux): `node scripts/suite-cpu.mjs [vitest arguments]` runs
// `vitest run` with a setup file that notes each test file's CPU time, in its worker and in the processes it started,
// then prints the totals and the files that cost most. Build first (`npm run build`): the CLI tests run the build.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'declutter-suite-cpu-'));
const log = join(scratch, 'cpu.jsonl');
const config = fileURLToPath(new URL('suite-cpu.config.mjs', import.meta.url));
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

const started = Date.now();
const run = spawnSync(process.execPath, [vitest, 'run', '--config', config, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {...process.env, SUITE_CPU_LOG: log},
});
const wall = (Date.now() - started) / 1000;
// This process has waited for vitest: its children's CPU time is the whole run's, vitest's own process included.
const statFields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
const allCpu = (Number(statFields[13]) + Number(statFields[14])) / 100;

// No log when vitest stopped before a test file ran.
const logged = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
rmSync(scratch, {recursive: true, force: true});
const rows = logged === '' ? [] : logged.split('\n').map((line) => JSON.parse(line));
// A worker runs several files: its figures grow from one file to the next, so each file's share is the difference.
const before = new Map();
const files = rows.map((row) => {
  const last = before.get(row.pid) ?? {own: 0, children: 0};
  before.set(row.pid, row);
  return {file: relative(root, row.file), own: row.own - last.own, children: row.children - last.children, wall: row.wallMs / 1000};
});
const sum = (key) => files.reduce((total, file) => total + file[key], 0);
const seconds = (value) => `${value.toFixed(1)} s`;
console.log(`\n${files.length} test files in ${before.size} workers, ${seconds(wall)} in all`);
console.log(`CPU: ${seconds(allCpu)} in all; ${seconds(sum('own'))} in the test workers, ${seconds(sum('children'))} in the processes they started`);
console.log('\nthe 15 files of most CPU time: own, started processes, time the file took');
for (const file of files.sort((a, b) => b.own + b.children - (a.own + a.children)).slice(0, 15)) {
  console.log(`  ${file.file.padEnd(36)} ${seconds(file.own).padStart(8)} ${seconds(file.children).padStart(8)} ${seconds(file.wall).padStart(8)}`);
}
process.exitCode = run.status ?? 1;
