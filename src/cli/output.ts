import type {Writable} from 'node:stream';

/**
 * Write to stdout outside an `Output` (commander's help and version): a write that fails for another reason than its
 * reader going away is one line on stderr and status 1, not a crash with a stack trace.
 */
export function writeStdoutOnce(text: string): void {
  process.stdout.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`declutter: ${new StdoutError(error).message}\n`);
    process.exitCode = 1;
  });
  process.stdout.write(text);
}

/** Stdout could not be written (a full disk, a closed file), for a reason other than its reader going away. */
export class StdoutError extends Error {
  override name = 'StdoutError';
  constructor(cause: Error) {
    super(`cannot write to stdout: ${cause.message}`, {cause});
  }
}

/**
 * stdout with two guarantees: writes wait for the pipe to drain, and a write that fails does not crash the run. A
 * reader that goes away (EPIPE, as in `declutter x | head`) ends it quietly; any other error (ENOSPC on a full disk)
 * ends the writing too, and is kept in `error` for the command to report.
 */
export class Output {
  #closed = false;
  #error: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.#fail(error));
  }

  #fail(error: NodeJS.ErrnoException): void {
    this.#closed = true;
    // The first error is the one to report: writes after it fail only because the stream is gone.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') this.#error ??= error;
  }

  /** True once nothing more can be written: callers stop producing output. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Why writing stopped, unless it was the reader going away. */
  get error(): Error | undefined {
    return this.#error;
  }

  /**
   * Wait until everything written so far has gone out or failed. A write can return before it fails (a pipe's
   * reader, a disk that fills up), so a command calls this before it reads `error` for its status.
   */
  async flush(): Promise<void> {
    if (this.#closed) return;
    await new Promise<void>((resolve) => {
      this.stream.write('', (error) => {
        if (error) this.#fail(error as NodeJS.ErrnoException);
        resolve();
      });
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.#closed || chunk === '') return;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }
}
