import cliProgress from 'cli-progress';

/** The state of a stage, for the progress line. */
export interface ProgressState {
  done: number;
  total: number;
  bytes: number;
  seconds: number;
}

/** The figures after the bar: files done of total, MB/s. (cli-progress adds the ETA.) */
export function formatRate({bytes, seconds}: ProgressState): string {
  if (seconds <= 0) return '– MB/s';
  const rate = bytes / 1e6 / seconds;
  return `${rate.toFixed(rate < 1 ? 2 : 1)} MB/s`;
}

interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
}

/**
 * The progress line on stderr, on a terminal only (and not with --quiet): one bar per stage ("learning templates",
 * "cleaning"). Messages go above it through `print`.
 */
export class Progress {
  readonly #enabled: boolean;
  #bar: cliProgress.SingleBar | undefined;
  #bytes = 0;
  #started = 0;

  constructor(
    quiet: boolean,
    private readonly stream: ProgressStream = process.stderr,
  ) {
    this.#enabled = !quiet && stream.isTTY === true;
  }

  start(stage: string, total: number): void {
    this.stop();
    if (!this.#enabled) return;
    this.#bytes = 0;
    this.#started = performance.now();
    this.#bar = new cliProgress.SingleBar(
      {
        stream: this.stream,
        format: `${stage} {bar} {value}/{total} files | {rate} | ETA {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    this.#bar.start(total, 0, {rate: formatRate({done: 0, total, bytes: 0, seconds: 0})});
  }

  /** One more file done, of this many bytes. */
  tick(bytes: number): void {
    if (!this.#bar) return;
    this.#bytes += bytes;
    const seconds = (performance.now() - this.#started) / 1000;
    this.#bar.increment(1, {rate: formatRate({done: 0, total: 0, bytes: this.#bytes, seconds})});
  }

  /** Write a message on a line of its own above the bar, which is drawn again below it. */
  print(write: () => void): void {
    if (!this.#bar) return write();
    this.stream.write('\r\x1b[K');
    write();
    this.#bar.render();
  }

  stop(): void {
    this.#bar?.stop();
    this.#bar = undefined;
  }
}
