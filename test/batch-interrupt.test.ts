import {execFileSync, spawn} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {TEMP_SUFFIX} from '../src/cli/batch/write-atomic.js';
import {cleanAlone, CORPUS, declutterCli, listFiles, makeTmp, removeTmpFolders, sleep, start} from './batch-helpers.js';

afterAll(removeTmpFolders);

const PAGES = 30;

/** A folder of real scraped pages, enough that a one-thread batch takes a few seconds. */
function makeCorpusFolder(): string {
  const root = makeTmp();
  mkdirSync(join(root, 'in', 'sub'), {recursive: true});
  const names = readdirSync(CORPUS!).filter((name) => name.endsWith('.txt')).sort().slice(0, PAGES);
  names.forEach((name, i) => copyFileSync(join(CORPUS!, name), join(root, 'in', i % 2 ? 'sub' : '.', name)));
  return root;
}

async function waitForOutput(folder: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(existsSync(folder) && listFiles(folder).some((file) => !file.includes(TEMP_SUFFIX)))) {
    if (Date.now() > deadline) throw new Error(`no output in ${folder} after ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** Every file in the output folder is a complete output: what cleaning its input alone gives. No temporary files. */
function expectOnlyCompleteOutputs(root: string): string[] {
  const outputs = listFiles(join(root, 'out'));
  expect(outputs.filter((file) => file.includes(TEMP_SUFFIX))).toEqual([]);
  for (const output of outputs) expect(readFileSync(join(root, 'out', output), 'utf8')).toBe(cleanAlone(join(root, 'in', output)));
  return outputs;
}

// Spawned runs over real pages: slow on a busy 2-core machine.
describe.skipIf(CORPUS === undefined)('an interrupted batch', {timeout: 90_000}, () => {
  it('stops promptly on Ctrl-C, says how far it got, leaves complete files only, and resumes with --skip-existing', async () => {
    const root = makeCorpusFolder();
    const {child, done} = start(['in', '-o', 'out', '-j', '1', '--no-templates'], {cwd: root});
    await waitForOutput(join(root, 'out'));
    const signalled = Date.now();
    child.kill('SIGINT');
    const run = await done;
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(run.code).toBe(130);
    const [, finished, total] = /interrupted: (\d+) of (\d+) files done/.exec(run.stderr) ?? [];
    expect(Number(total)).toBe(PAGES);
    expect(Number(finished)).toBeLessThan(PAGES);

    const outputs = expectOnlyCompleteOutputs(root);
    expect(outputs.length).toBe(Number(finished));

    const resumed = await declutterCli(['in', '-o', 'out', '--skip-existing', '--no-templates'], {cwd: root});
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`cleaned ${PAGES - outputs.length}, failed 0, skipped ${outputs.length}`);
    expect(expectOnlyCompleteOutputs(root)).toHaveLength(PAGES);
  });

  it('winds down the same way when killed (SIGTERM, exit 143)', async () => {
    const root = makeCorpusFolder();
    const {child, done} = start(['in', '-o', 'out', '-j', '2', '--no-templates'], {cwd: root});
    await waitForOutput(join(root, 'out'));
    child.kill('SIGTERM');
    const run = await done;
    expect(run.code).toBe(143);
    expect(run.stderr).toMatch(new RegExp(`interrupted: \\d+ of ${PAGES} files done`));
    expectOnlyCompleteOutputs(root);
  });
});

// The built module, as the CLI runs it (`npm test` builds first): a spawned process is what a signal ends.
const INTERRUPTION = new URL('../dist/cli/batch/interruption.js', import.meta.url).pathname;

describe.skipIf(process.platform === 'win32')('a run with a worker thread blocked in a system call', {timeout: 30_000}, () => {
  it('ends on one Ctrl-C, though exiting would wait for that thread for ever', async () => {
    const fifo = join(makeTmp(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    // A run that does not wind down, with a thread in an open() of a FIFO that no one will write to.
    const script = [
      "import {Worker} from 'node:worker_threads';",
      'const {Interruption} = await import(process.argv[1]);',
      `const worker = new Worker(${JSON.stringify(`import {openSync} from 'node:fs'; openSync(${JSON.stringify(fifo)}, 'r');`)}, {eval: true});`,
      "worker.on('online', () => console.log('blocked'));",
      'let alive = true;',
      "worker.on('exit', () => (alive = false));",
      'new Interruption(() => alive);',
      'setInterval(() => {}, 1000);',
    ].join('\n');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, INTERRUPTION], {stdio: ['ignore', 'pipe', 'inherit']});
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    // Time for the thread to enter its open().
    await sleep(200);
    const signalled = Date.now();
    child.kill('SIGINT');
    const [code, signal] = await ended;
    clearTimeout(killer);
    // Ended by the signal itself, which a shell reports as 130, as it reports an exit with 130.
    expect({code, signal}).toEqual({code: null, signal: 'SIGINT'});
    expect(Date.now() - signalled).toBeLessThan(5_000);
  });
});
