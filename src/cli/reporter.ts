import {chalkFor, wantsColor} from './color.js';
import type {InternalFault} from './failure.js';
import {safeForTerminal} from '../text/terminal-text.js';

/** Messages on stderr, one line each, naming the file they are about; what the input named is made safe for a terminal. */
export class Reporter {
  readonly #chalk = chalkFor(wantsColor(process.stderr));
  readonly #debug = process.env['DECLUTTER_DEBUG'] === '1';

  constructor(private readonly quiet = false) {}

  error(file: string, message: string): void {
    process.stderr.write(`${this.#chalk.red('declutter:')} ${safeForTerminal(file)}: ${safeForTerminal(message)}\n`);
  }

  /**
   * A fault of declutter's while cleaning `file`, told apart from a bad input: a line asking for a report, and the
   * stack with DECLUTTER_DEBUG=1. Never silenced.
   */
  internalError(file: string, fault: InternalFault, doing = 'cleaning'): void {
    const label = this.#chalk.red('declutter:');
    const where = this.#debug ? '' : ' (DECLUTTER_DEBUG=1 shows where it happened)';
    process.stderr.write(
      `${label} internal error while ${doing} ${safeForTerminal(file)}: ${safeForTerminal(fault.message)}\n` +
        `${label} this is a bug in declutter, not a fault of the input: please report it, with the command and the input if you can share them${where}\n` +
        (this.#debug && fault.stack ? `${fault.stack}\n` : ''),
    );
  }

  /** Something worth knowing that is not a failure; silenced by --quiet. */
  note(file: string, message: string): void {
    if (!this.quiet) process.stderr.write(`${this.#chalk.yellow('declutter:')} ${safeForTerminal(file)}: ${safeForTerminal(message)}\n`);
  }
}
