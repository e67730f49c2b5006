import {extname} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Worker} from 'node:worker_threads';
import {Piscina} from 'piscina';
import type {CleanResult, CleanTask, HashResult, HashTask, WorkerSetup} from './tasks.js';

/**
 * The pools' worker threads that have not exited yet. Exiting the process waits for every one of them to stop, and
 * one held in a system call that never returns (a read of a hung network mount) never does: an interrupted run that
 * cannot stop them leaves by its signal instead (`Interruption`).
 */
const liveThreads = new Set<Worker>();

/**
 * Stop every worker thread of the pools, mid-task or idle: whether all of them have exited within `graceMs`. A thread
 * busy cleaning stops at once, however busy the machine, and so within the grace; one that has not is held in a
 * system call. Threads a pool starts meanwhile (in the place of one stopped) are not waited for: exiting stops them.
 */
export function stopThreads(graceMs: number): Promise<boolean> {
  const exits = [...liveThreads].map(
    (thread) =>
      new Promise<void>((resolve) => {
        thread.once('exit', () => resolve());
        // A thread that exits meanwhile has nothing left to say: its promise resolves, stopping it again does nothing.
        thread.terminate().then(() => resolve(), () => undefined);
      }),
  );
  if (exits.length === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), graceMs);
    void Promise.all(exits).then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The worker threads of a batch: each loads the cleaner once, then takes one file at a time. */
export class CleanPool {
  readonly #pool: Piscina;

  constructor(jobs: number, setup: WorkerSetup) {
    // The compiled worker, beside this file and named as it is (worker.js beside pool.js, worker.cjs beside a .cjs),
    // whatever the current directory.
    const filename = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
    this.#pool = new Piscina({filename, minThreads: jobs, maxThreads: jobs, workerData: setup, idleTimeout: 60_000});
    this.#pool.on('workerCreate', () => {
      for (const thread of this.#pool.threads) {
        if (liveThreads.has(thread)) continue;
        liveThreads.add(thread);
        thread.once('exit', () => liveThreads.delete(thread));
      }
    });
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
