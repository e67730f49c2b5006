import {chalkFor, wantsColor} from './color.js';

/** Messages on stderr, one line each, naming the file they are about. */
export class Reporter {
  readonly #chalk = chalkFor(wantsColor(process.stderr));

  constructor(private readonly quiet = false) {}

  error(file: string, message: string): void {
    process.stderr.write(`${this.#chalk.red('declutter:')} ${file}: ${message}\n`);
  }

  /** Something worth knowing that is not a failure; silenced by --quiet. */
  note(file: string, message: string): void {
    if (!this.quiet) process.stderr.write(`${this.#chalk.yellow('declutter:')} ${file}: ${message}\n`);
  }
}
