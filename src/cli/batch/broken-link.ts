import {lstatSync, readlinkSync, statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {describeFsError} from '../../fs-errors.js';

/**
 * Whether the path is a symbolic link that leads to nothing: to a missing file, or round in a loop. A link whose end
 * cannot be reached for want of permission leads somewhere, and is said as the permission it lacks.
 */
export function isBrokenLink(path: string): boolean {
  try {
    if (!lstatSync(path).isSymbolicLink()) return false;
  } catch {
    return false;
  }
  try {
    statSync(path);
    return false;
  } catch (error) {
    return saysNothingThere(error);
  }
}

/** Whether an error of opening a path says nothing is at its end: missing, a file met where a folder was meant, or a loop. */
function saysNothingThere(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}

/**
 * What is wrong with a broken link, in one wording wherever one is met (an input found by a walk, the output folder):
 * that it leads nowhere, and the links it goes through, so that the missing end is named.
 */
export function brokenLinkReason(path: string): string {
  return `is a link that leads nowhere (${linkChain(path).join(' -> ')})`;
}

/**
 * Why a path cannot be opened, wherever it is met (named, or found by a walk): a link that leads nowhere said as
 * above, else the system's error (a link it may not follow is permission denied, though it seems to lead nowhere).
 */
export function whyUnreadable(path: string, error: unknown): string {
  return saysNothingThere(error) && isBrokenLink(path) ? brokenLinkReason(path) : describeFsError(error);
}

/** The path, then each link's target in turn, until one is no link or is met again (a loop), at most a few. */
function linkChain(path: string): string[] {
  const chain = [path];
  for (let at = path; chain.length <= MAX_LINKS_SHOWN; ) {
    let target: string;
    try {
      if (!lstatSync(at).isSymbolicLink()) break;
      target = resolve(dirname(at), readlinkSync(at));
    } catch {
      break;
    }
    // The first link may be named relative to the working folder (as a walk names it), its targets are resolved.
    const looped = chain.some((link) => resolve(link) === target);
    chain.push(target);
    if (looped) break;
    at = target;
  }
  return chain;
}

const MAX_LINKS_SHOWN = 8;
