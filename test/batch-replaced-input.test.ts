import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readFoundFile, readInput} from '../src/cli/read-input.js';
import {TEMP_SUFFIX} from '../src/cli/batch/write-atomic.js';
import {BIN, listFiles, makeTmp, removeTmpFolders, sleep, start} from './batch-helpers.js';
import {SITE_PAGES, sitePage} from './batch-site.js';

afterAll(removeTmpFolders);

// A run that hangs is killed then, and fails its test rather than holding the suite.
const KILL_AFTER_MS = 30_000;
const PAGES = 3;
const LAST = `p${PAGES - 1}.txt`;

/**
 * A small page, a large one, then the page to replace. Pages are read in name order, one at a time (`-j 1`, or to
 * stdout), so that the last is read only once the large one is cleaned: the first page's output says the walk is
 * over, and the large page (a megabyte, about a second to clean, as long on a slow machine as the rest of its work)
 * leaves the test the time to replace the last page before it is read.
 */
function makeInputs(): string {
  const root = makeTmp('declutter-replaced-');
  mkdirSync(join(root, 'in'));
  writeFileSync(join(root, 'in', 'p0.txt'), sitePage(0));
  writeFileSync(join(root, 'in', 'p1.txt'), Array.from({length: 1_200}, (_, copy) => sitePage(copy % SITE_PAGES)).join('\n\n'));
  writeFileSync(join(root, 'in', LAST), sitePage(2));
  return root;
}

/** Replace a file with a FIFO that nothing will ever write to: opening it to read waits for a writer. */
function replaceByFifo(path: string): void {
  rmSync(path);
  execFileSync('mkfifo', [path]);
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + KILL_AFTER_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`no ${what} after ${KILL_AFTER_MS} ms`);
    await sleep(10);
  }
}

describe.skipIf(process.platform === 'win32')('a file replaced by a FIFO after the walk found it', {timeout: 60_000}, () => {
  it('is refused when read, as the walk refuses one, and the batch ends with the others written', async () => {
    const root = makeInputs();
    const {done} = start(['in', '-o', 'out', '-j', '1', '--no-templates'], {cwd: root, killAfterMs: KILL_AFTER_MS});
    // An output is written once the walk is over and the pages are being cleaned, in name order.
    await waitFor(() => existsSync(join(root, 'out')) && readdirSync(join(root, 'out')).some((name) => name.endsWith('.txt')), 'first output');
    replaceByFifo(join(root, 'in', LAST));
    const run = await done;
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`in/${LAST}: is not a regular file`);
    expect(run.stderr).toContain(`cleaned ${PAGES - 1}, failed 1`);
    const outputs = listFiles(join(root, 'out'));
    expect(outputs.filter((name) => name.includes(TEMP_SUFFIX))).toEqual([]);
    expect(outputs).toHaveLength(PAGES - 1);
  });

  it('is refused the same way where a folder is cleaned to stdout', async () => {
    const root = makeInputs();
    const {child, done} = start(['in'], {cwd: root, killAfterMs: KILL_AFTER_MS});
    // Output comes once the walk is over.
    child.stdout!.once('data', () => replaceByFifo(join(root, 'in', LAST)));
    const run = await done;
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`in/${LAST}: is not a regular file`);
  });

  it('is read as a regular file only, where a FIFO named on the command line is read as a stream', async () => {
    const root = makeTmp('declutter-replaced-');
    const fifo = join(root, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readFoundFile(fifo, 1024)).rejects.toThrow(/^is not a regular file$/);
    const page = join(root, 'page.txt');
    writeFileSync(page, sitePage(0));
    expect((await readFoundFile(page, 1 << 20)).text).toBe(sitePage(0));
    await expect(readFoundFile(page, 16)).rejects.toThrow(/^is \d+ bytes, over the 16 bytes limit$/);
    // Named, a FIFO is read as `declutter <(cat page)` reads one.
    const [read] = await Promise.all([readInput(fifo, 1 << 20), writeFile(fifo, sitePage(1))]);
    expect(read.text).toBe(sitePage(1));
  });
});

/** Whether strace runs here (installed, and a process may trace its children). */
function canTrace(): boolean {
  try {
    execFileSync('strace', ['-qq', '-e', 'trace=none', 'true'], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

// The flags each read opens its file with, as the system sees them.
describe.skipIf(process.platform !== 'linux' || !canTrace())('the opening of a file to read', {timeout: 60_000}, () => {
  /** The flags of every openat of `name` by the command and its threads. */
  function openFlags(args: readonly string[], cwd: string, name: string): string[] {
    const log = join(cwd, 'trace.log');
    execFileSync('strace', ['-f', '-qq', '-e', 'trace=openat', '-o', log, process.execPath, BIN, ...args], {cwd, stdio: 'ignore'});
    const opens = readFileSync(log, 'utf8').split('\n').filter((line) => line.includes(`/${name}"`) || line.includes(`"${name}"`));
    return opens.map((line) => /, (O_[A-Z_|]+)/.exec(line)?.[1] ?? line);
  }

  it('waits for nothing where the walk found the file, and opens one named on the command line as usual', () => {
    const root = makeTmp('declutter-replaced-');
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in', 'page.txt'), sitePage(0));
    // Found by the walk, with -o and to stdout: a FIFO put in its place meanwhile is opened without waiting for a writer.
    for (const args of [['in', '-o', 'out', '-j', '1'], ['in']]) {
      const flags = openFlags(args, root, 'page.txt');
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of flags) expect(flag).toContain('O_NONBLOCK');
    }
    // Named: some file systems (FUSE ones) answer a read of a file opened without waiting with EAGAIN.
    const named = openFlags(['in/page.txt'], root, 'page.txt');
    expect(named.length).toBeGreaterThan(0);
    for (const flag of named) expect(flag).not.toContain('O_NONBLOCK');
  });
});
