import type {Writable} from 'node:stream';

/**
 * stdout with two guarantees: writes wait for the pipe to drain, and a reader that goes away (EPIPE, as in
 * `declutter x | head`) ends the run quietly instead of crashing it.
 */
export class Output {
  #closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.#closed = true;
      else throw error;
    });
  }

  /** True once the reader has gone: callers stop producing output. */
  get closed(): boolean {
    return this.#closed;
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
