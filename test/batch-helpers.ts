import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {declutter, decodeBytes, toText} from '../src/index.js';
import {findSharedRoot} from './helpers/shared.js';

export const BIN = new URL('../bin/declutter.cjs', import.meta.url).pathname;
const shared = findSharedRoot();
/** The shared corpus's paras pages, where the shared folder is at hand (tests that need real pages skip without it). */
export const CORPUS: string | undefined = shared === undefined ? undefined : join(shared, 'corpus', 'wcxb-dev', 'text', 'paras');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Start the built CLI; `done` resolves when it exits. With `killAfterMs`, a run still alive then is killed (SIGKILL,
 * which `Run.signal` shows), so that a run that hangs fails its test instead of holding the suite.
 */
export function start(args: readonly string[], options: {cwd?: string; killAfterMs?: number} = {}): {child: ChildProcess; done: Promise<Run>} {
  const child = spawn(process.execPath, [BIN, ...args], {cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}});
  if (options.killAfterMs !== undefined) {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('exit', () => clearTimeout(timer));
  }
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({code, signal, stdout, stderr})));
  return {child, done};
}

export const declutterCli = (args: readonly string[], options: {cwd?: string; killAfterMs?: number} = {}) => start(args, options).done;

// Folders made by `makeTmp`, removed by `removeTmpFolders` (each test file calls it after all its tests: test files
// share this module, so a hook registered here would run after the first file alone).
const made: string[] = [];

export function removeTmpFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, {recursive: true, force: true});
}

export function makeTmp(prefix = 'declutter-batch-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/** What `declutter FILE` prints for a file, computed with the library in the test process. */
export function cleanAlone(path: string): string {
  return toText(declutter(decodeBytes(readFileSync(path)).text));
}

/** Every regular file under a folder, as paths relative to it, sorted. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

/** A snapshot of a folder's files (content and modification time), to show inputs are never changed. */
export function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((file) => [file, `${statSync(join(root, file)).mtimeMs}:${readFileSync(join(root, file)).toString('base64')}`]));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
