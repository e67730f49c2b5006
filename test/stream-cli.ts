import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Helpers for the stream tests: run the built CLI as a user does, and read its JSON lines. */
export const ROOT = new URL('..', import.meta.url).pathname;
export const BIN = join(ROOT, 'bin', 'declutter.cjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// A run that hangs is killed, so that its test fails rather than the whole run waiting (vitest cannot stop a sync call).
const RUN_TIMEOUT_MS = 60_000;

export function runCli(args: readonly string[], input?: string | Buffer, cwd = ROOT, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env},
    timeout: RUN_TIMEOUT_MS,
  });
  // A run that did not exit (killed by a signal, or never started) says why, rather than failing later as "null".
  if (result.status === null) {
    throw new Error(`declutter ${args.join(' ')} did not exit: ${result.error?.message ?? `signal ${result.signal}`}\n${result.stderr}`);
  }
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Every line of the output parsed as JSON (the output must end with a newline). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  if (stdout !== '' && !stdout.endsWith('\n')) throw new Error('output does not end with a newline');
  return stdout.split('\n').slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
}

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTempDirs` (each test file calls it after all its tests). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-stream-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
}
