import {copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {CORPUS, declutterCli, makeTmp, removeTmpFolders, type Run, sleep, start} from './batch-helpers.js';

afterAll(removeTmpFolders);

// Every run here is killed if still alive after this long: a run that hangs fails its test instead of the suite.
const KILL_AFTER_MS = 20_000;
// A pseudo file system where mkdir of a new name fails (ENOENT) though its parent exists.
const UNMAKEABLE = '/proc/declutter-no-such-folder';

/** `count` real pages, half of them in a sub-folder, so outputs need folders made as the run goes. */
function makeInputs(count: number): string {
  const root = makeTmp('declutter-outfail-');
  mkdirSync(join(root, 'in', 'sub'), {recursive: true});
  const names = readdirSync(CORPUS!).filter((name) => name.endsWith('.txt')).sort().slice(0, count);
  names.forEach((name, i) => copyFileSync(join(CORPUS!, name), join(root, 'in', i % 2 ? 'sub' : '.', name)));
  return root;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = KILL_AFTER_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`no ${what} after ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** Output paths in the order a batch plans them: the walk's, a folder's files by name, a sub-folder in its name's place. */
const planOrder = (paths: readonly string[]) => [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const failuresOf = (run: Pick<Run, 'stderr'>) => run.stderr.split('\n').filter((line) => line.includes(': cannot write: ')).length;

describe.skipIf(CORPUS === undefined)('a batch whose outputs cannot be written', {timeout: 60_000}, () => {
  it('fails every file of an output folder that cannot be made under /proc, at once, with status 1', async () => {
    const root = makeInputs(4);
    const started = Date.now();
    const run = await declutterCli(['in', '-o', UNMAKEABLE, '-j', '2'], {cwd: root, killAfterMs: KILL_AFTER_MS});
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    // Start-up and cleaning four pages included: well below the kill, on a busy machine (a run that retried its
    // writes would reach the kill).
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(failuresOf(run)).toBe(4);
    // Named in the inputs' order, whichever write failed first.
    const named = run.stderr.split('\n').flatMap((line) => /^declutter: (\S+): cannot write/.exec(line)?.[1] ?? []);
    expect(named).toEqual(planOrder(named));
    expect(run.stderr).toContain(`cannot write: ENOENT: no such file or directory, mkdir '/proc/declutter-no-such-folder'`);
    // The inputs were read and cleaned, whatever became of their outputs.
    expect(run.stderr).toMatch(/cleaned 0, failed 4, skipped 0; (?!0\.0 )[\d.]+ kB in, 0\.0 kB out/);
  });

  it('fails the files after its output folder turns into a file mid-run, and cleans the ones before', async () => {
    const root = makeInputs(30);
    // The output folder is reached through a link, which is swapped (rename is atomic) for one to a plain file: every
    // later mkdir and write under it fails with ENOTDIR, which no permission bit of root's can get past.
    mkdirSync(join(root, 'real-out'));
    writeFileSync(join(root, 'blocker'), 'not a folder\n');
    symlinkSync('real-out', join(root, 'out'));
    const {done} = start(['in', '-o', 'out', '-j', '1', '--no-templates'], {cwd: root, killAfterMs: KILL_AFTER_MS});
    await waitFor(() => readdirSync(join(root, 'real-out')).some((name) => name.endsWith('.txt')), 'first output');
    symlinkSync('blocker', join(root, 'out.next'));
    renameSync(join(root, 'out.next'), join(root, 'out'));
    const run = await done;
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    const [, cleaned, failed] = /cleaned (\d+), failed (\d+)/.exec(run.stderr) ?? [];
    expect(Number(cleaned)).toBeGreaterThan(0);
    expect(Number(failed)).toBeGreaterThan(0);
    expect(Number(cleaned) + Number(failed)).toBe(30);
    expect(failuresOf(run)).toBe(Number(failed));
    expect(run.stderr).toContain('ENOTDIR');
  });

  it('ends soon after SIGTERM while its writes are failing, with status 143', async () => {
    const root = makeInputs(60);
    const {child, done} = start(['in', '-o', UNMAKEABLE, '-j', '1', '--no-templates'], {cwd: root, killAfterMs: KILL_AFTER_MS});
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await waitFor(() => failuresOf({stderr}) >= 2, 'failed write');
    const signalled = Date.now();
    child.kill('SIGTERM');
    const run = await done;
    expect(run.signal).toBeNull();
    expect(run.code).toBe(143);
    // The wind-down's 0.8 s, plus room for a busy machine to schedule the exit.
    expect(Date.now() - signalled).toBeLessThan(3_000);
    expect(run.stderr).toMatch(/interrupted: \d+ of 60 files done/);
    expect(existsSync('/proc/declutter-no-such-folder')).toBe(false);
  });
});
