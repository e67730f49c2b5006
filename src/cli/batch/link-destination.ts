import {readlinkSync, realpathSync} from 'node:fs';
import {readlink, realpath} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';

/** As many links as Linux follows in one path (MAXSYMLINKS) before it answers ELOOP. */
const MAX_LINKS = 40;

/**
 * The name a write to `path` lands on: a symbolic link followed, link by link, to the name it ends at, which need not
 * exist yet (a dangling link's target is created, as the shell's `>` creates it); any other path is itself. Written
 * there, a file replaces no link.
 */
export async function linkDestination(path: string): Promise<string> {
  let current = path;
  for (let links = 0; links < MAX_LINKS; links++) {
    let target: string;
    try {
      target = await readlink(current);
    } catch {
      // Not a link, or nothing there yet: the write lands here, and any other fault is the write's to report.
      return current;
    }
    // From the folder the link is really in, as the kernel follows it: a `..` in the target leaves that folder, not
    // the one a linked folder in the path makes it seem to be in.
    current = resolve(await realpath(dirname(current)), target);
  }
  throw tooManyLinks(path);
}

/** `linkDestination`, asked before any write (the batch's check of where its outputs land): the same walk, at once. */
export function linkDestinationSync(path: string): string {
  let current = path;
  for (let links = 0; links < MAX_LINKS; links++) {
    let target: string;
    try {
      target = readlinkSync(current);
    } catch {
      return current;
    }
    current = resolve(realpathSync(dirname(current)), target);
  }
  throw tooManyLinks(path);
}

function tooManyLinks(path: string): Error {
  return Object.assign(new Error(`ELOOP: too many symbolic links, ${path}`), {code: 'ELOOP'});
}
