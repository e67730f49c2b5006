import {constants} from 'node:os';
import {removePendingTemps} from './write-atomic.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * How long the run may take to wind down after the first signal before the process leaves anyway: a file-system call
 * that never returns keeps Node alive past the end of the run, and a signal must end the run whatever it is doing.
 */
const WIND_DOWN_MS = 800;

/**
 * Ctrl-C (SIGINT) or kill (SIGTERM) during a batch: the first one aborts the run, which then winds down (no new
 * files, workers stopped, temporary files removed) within WIND_DOWN_MS or is ended then; a second one leaves at once.
 */
export class Interruption {
  readonly #controller = new AbortController();
  readonly #threadsAlive: () => boolean;
  #signal: NodeJS.Signals | undefined;

  readonly #onSignal = (name: NodeJS.Signals) => {
    if (this.#signal) this.#leave(name);
    this.#signal = name;
    this.#controller.abort();
    // Unref'd: a run that winds down in time exits on its own, with its own last words.
    setTimeout(() => this.#leave(name), WIND_DOWN_MS).unref();
  };

  /** `threadsAlive` says whether worker threads are still to stop, which exiting would wait for. */
  constructor(threadsAlive: () => boolean = () => false) {
    this.#threadsAlive = threadsAlive;
    for (const name of SIGNALS) process.on(name, this.#onSignal);
  }

  #leave(name: NodeJS.Signals): never {
    return this.#threadsAlive() ? leaveByTheSignal(name) : leaveOnSignal(name);
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
  for (const name of SIGNALS) process.on(name, leaveOnSignal);
  try {
    return await work();
  } finally {
    for (const name of SIGNALS) process.off(name, leaveOnSignal);
  }
}

/** Leave after a signal: the temporary files of writes under way removed, with the status a shell reports for it. */
function leaveOnSignal(name: NodeJS.Signals): never {
  removePendingTemps();
  process.exit(exitStatusFor(name));
}

/**
 * Leave with worker threads still to stop: the temporary files of writes under way removed, then ended by the signal
 * itself, its default action restored, which a shell reports as 128 plus its number, as `process.exit` would. Exiting
 * waits for every worker thread to stop, and one blocked in a system call (a read that never returns) never does.
 */
function leaveByTheSignal(name: NodeJS.Signals): never {
  removePendingTemps();
  process.removeAllListeners(name);
  process.kill(process.pid, name);
  // Where the signal is blocked and did not end the process, as a last resort.
  process.exit(exitStatusFor(name));
}

function exitStatusFor(name: NodeJS.Signals): number {
  return 128 + (constants.signals[name] ?? 2);
}
