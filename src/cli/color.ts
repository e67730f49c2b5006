import {Chalk, type ChalkInstance} from 'chalk';

/**
 * Whether to colour what goes to a stream. chalk ignores NO_COLOR, so the decision is made here: NO_COLOR (any
 * non-empty value) turns colour off, FORCE_COLOR turns it on, or off when 0 or false (as chalk reads it), otherwise
 * a terminal gets colour.
 */
export function wantsColor(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

export function chalkFor(enabled: boolean): ChalkInstance {
  return new Chalk({level: enabled ? 1 : 0});
}
