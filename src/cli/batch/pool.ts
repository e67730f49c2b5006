import {Piscina} from 'piscina';
import {IN_BUNDLE} from '../../bundled.js';
import type {CleanResult, CleanTask, HashResult, HashTask, WorkerSetup} from './tasks.js';

/** The worker threads of a batch: each loads the cleaner once, then takes one file at a time. */
export class CleanPool {
  readonly #pool: Piscina;

  constructor(jobs: number, setup: WorkerSetup) {
    // Beside this file in dist/ (or the bundle): the compiled worker, whatever the current directory.
    const filename = new URL(IN_BUNDLE ? './worker.cjs' : './worker.js', import.meta.url).href;
    this.#pool = new Piscina({filename, minThreads: jobs, maxThreads: jobs, workerData: setup, idleTimeout: 60_000});
  }

  hash(task: Omit<HashTask, 'kind'>, signal: AbortSignal): Promise<HashResult> {
    return this.#pool.run({kind: 'hash', ...task}, {signal});
  }

  clean(task: Omit<CleanTask, 'kind'>, signal: AbortSignal): Promise<CleanResult> {
    return this.#pool.run({kind: 'clean', ...task}, {signal});
  }

  /** Stop every worker, mid-task or idle. */
  destroy(): Promise<void> {
    return this.#pool.destroy();
  }
}
