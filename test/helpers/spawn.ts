import {spawn, type SpawnOptions} from 'node:child_process';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/declutter.cjs', import.meta.url));

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Bytes for stdin; stdin is closed either way, as a pipe with nothing more to come. */
  input?: string | Uint8Array;
  /** Added to an environment cleared of the colour, size and corpus variables the tests set themselves. */
  env?: Record<string, string>;
}

/** The environment of a spawned CLI: the test runner's, without anything that would change colour or limits. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = {...process.env};
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'DECLUTTER_MAX_BYTES', 'DECLUTTER_MAX_BLOCKS', 'DECLUTTER_CORPORA']) delete env[name];
  return {...env, ...extra};
}

/** Run a command to completion, collecting its output. */
export function runCommand(command: string, args: readonly string[], options: RunOptions & SpawnOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: projectRoot, ...options, env: cleanEnv(options.env), stdio: 'pipe'});
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({status, signal, stdout, stderr}));
    child.stdin!.end(options.input ?? '');
  });
}

/** Run the built CLI (`node bin/declutter.cjs ARGS`). */
export function declutterCli(args: readonly string[], options: RunOptions & Pick<SpawnOptions, 'cwd'> = {}): Promise<Run> {
  return runCommand(process.execPath, [bin, ...args], options);
}

/**
 * Run the built CLI with the first rename of a temporary file into place held for ever (`hold-rename.cjs`), send it
 * `signal` while that file is there, and resolve to its exit status (null if the signal ended it unhandled).
 */
export async function signalWhileRenaming(args: readonly string[], signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: projectRoot,
    env: cleanEnv({NODE_OPTIONS: `--require ${join(projectRoot, 'test/helpers/hold-rename.cjs')}`}),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const exited = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    await new Promise<void>((resolve, reject) => {
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('hold-rename: holding')) resolve();
      });
      child.on('close', () => reject(new Error(`the CLI ended before renaming a temporary file: ${stderr}`)));
    });
    child.kill(signal);
    return await exited;
  } finally {
    child.kill('SIGKILL');
  }
}
