import {constants} from 'node:os';
import {removePendingTemps} from './write-atomic.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * How long the run may take to wind down after the first signal before the process leaves anyway: a file-system call
 * that never returns keeps Node alive past the end of the run, and a signal must end the run whatever it is doing.
 */
const WIND_DOWN_MS = 800;

/**
 * How long worker threads, stopped when the process leaves, may take to exit. Exiting waits for every thread, and one
 * held in a system call (a read of a hung network mount) never exits: past this, the process is ended by its signal
 * instead. A healthy thread on a busy machine may take a second or more to stop (one compiling the worker's code
 * stops only when that is done), and a run it would end by the signal rather than with 130 or 143 is no fault.
 */
const THREADS_EXIT_MS = 2_000;

/** Stop the run's worker threads: whether all of them have exited within `graceMs`. */
export type StopThreads = (graceMs: number) => Promise<boolean>;

/**
 * Ctrl-C (SIGINT) or kill (SIGTERM) during a batch: the first one aborts the run, which then winds down (no new
 * files, workers stopped, temporary files removed) within WIND_DOWN_MS or is ended then; a second one ends it at once.
 * Either way it exits with 130 or 143, unless a worker thread does not stop (see THREADS_EXIT_MS).
 */
export class Interruption {
  readonly #controller = new AbortController();
  readonly #stopThreads: StopThreads;
  #signal: NodeJS.Signals | undefined;
  #leaving = false;

  readonly #onSignal = (name: NodeJS.Signals) => {
    if (this.#signal) {
      this.#leave(name);
      return;
    }
    this.#signal = name;
    this.#controller.abort();
    // Unref'd: a run that winds down in time exits on its own, with its own last words.
    setTimeout(() => this.#leaving || this.#leave(name), WIND_DOWN_MS).unref();
  };

  /** `stopThreads` stops the worker threads of the run, which exiting would wait for. */
  constructor(stopThreads: StopThreads) {
    this.#stopThreads = stopThreads;
    for (const name of SIGNALS) process.on(name, this.#onSignal);
  }

  /**
   * Leave before the run has wound down: temporary files removed, worker threads stopped, then exit with the status
   * of the signal; or, where a thread has not exited in THREADS_EXIT_MS (exiting would wait for it for ever), or a
   * signal comes again meanwhile, end the process by the signal itself.
   */
  #leave(name: NodeJS.Signals): void {
    if (this.#leaving) endBySignal(name);
    this.#leaving = true;
    removePendingTemps();
    void this.#stopThreads(THREADS_EXIT_MS).then((stopped) => (stopped ? exitWithStatusOf(name) : endBySignal(name)));
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** 128 plus the signal's number, as a shell reports a command a signal stopped (130 for Ctrl-C); undefined if none came. */
  get exitStatus(): number | undefined {
    return this.#signal && exitStatusFor(this.#signal);
  }

  dispose(): void {
    for (const name of SIGNALS) process.off(name, this.#onSignal);
  }
}

/**
 * Run `work` (the writes of `train` or `eval`, which have no run to wind down) with SIGINT and SIGTERM ending the
 * process at once, as they would without a handler, but with the temporary files of writes under way removed first.
 * A signal reaches the handler only when `work` waits, as it does on each write.
 */
export async function removingTempsOnSignal<T>(work: () => Promise<T>): Promise<T> {
  for (const name of SIGNALS) process.on(name, exitWithStatusOf);
  try {
    return await work();
  } finally {
    for (const name of SIGNALS) process.off(name, exitWithStatusOf);
  }
}

/**
 * Exit after a signal, with the status a shell reports for it (`process.exit`, which a parent process sees as that
 * status), the temporary files of writes under way removed.
 */
function exitWithStatusOf(name: NodeJS.Signals): never {
  removePendingTemps();
  process.exit(exitStatusFor(name));
}

/**
 * End the process by the signal itself, its default action restored, the temporary files of writes under way removed:
 * for a worker thread that does not stop, which `process.exit` would wait for. A shell reports it as 128 plus the
 * signal's number, as it reports `exitWithStatusOf`; a parent process sees the signal.
 */
function endBySignal(name: NodeJS.Signals): never {
  removePendingTemps();
  process.removeAllListeners(name);
  process.kill(process.pid, name);
  // Where the signal is blocked and did not end the process, as a last resort.
  process.exit(exitStatusFor(name));
}

function exitStatusFor(name: NodeJS.Signals): number {
  return 128 + (constants.signals[name] ?? 2);
}
