import {vi} from 'vitest';
import {run} from '../../src/cli/program.js';

export interface InProcessRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI's program in this process (`run()` is what bin/declutter.cjs calls), with stdout and stderr captured and
 * `cwd` as the working folder for the run: for arguments refused before any work, which spares a process start each.
 * It swaps the process's own stdout, stderr and folder for the run, so tests that call it must not be concurrent.
 */
export async function runInProcess(args: readonly string[], cwd?: string): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const folder = process.cwd();
  try {
    if (cwd !== undefined) process.chdir(cwd);
    const status = await run(['node', 'declutter', ...args], '0.0.0');
    return {status, stdout, stderr};
  } finally {
    process.chdir(folder);
    out.mockRestore();
    err.mockRestore();
  }
}
