// A vitest setup file for scripts/suite-cpu.mjs: after each test file, one line of JSON with its worker's CPU time so
// far and that of the processes the worker started and waited for (the CLI runs of the tests), from /proc (Linux).
import {appendFileSync, readFileSync} from 'node:fs';
import {afterAll, beforeAll} from 'vitest';

const TICKS_A_SECOND = 100;

/** [own CPU seconds, CPU seconds of waited-for children] of this process. */
function cpuSeconds() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // utime, stime, cutime, cstime: fields 14 to 17 of stat(5), counted from the state, field 3.
  const [user, system, childUser, childSystem] = fields.slice(11, 15).map((ticks) => Number(ticks) / TICKS_A_SECOND);
  return [user + system, childUser + childSystem];
}

let started = 0;
beforeAll(() => {
  started = Date.now();
});
afterAll(() => {
  const [own, children] = cpuSeconds();
  const file = globalThis.__vitest_worker__?.filepath ?? 'unknown';
  appendFileSync(process.env.SUITE_CPU_LOG, `${JSON.stringify({file, pid: process.pid, own, children, wallMs: Date.now() - started})}\n`);
});
