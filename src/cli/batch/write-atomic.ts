import {randomBytes} from 'node:crypto';
import {rmSync} from 'node:fs';
import {rename, rm, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {linkDestination} from './link-destination.js';
import {makeFolder} from './make-folder.js';

/** Temporary files being written now: removed if the run is interrupted. */
const pending = new Set<string>();

export const TEMP_SUFFIX = '.declutter-tmp';

/**
 * Write a file whole or not at all: into a temporary file beside it, then renamed into place, so an interrupted run
 * leaves complete outputs only (rename is atomic within a folder). A link is written through to the file it names,
 * created if it does not exist yet, as `>` would: renamed onto the link itself, the file would replace it.
 */
export async function writeAtomic(named: string, data: string): Promise<void> {
  const path = await linkDestination(named);
  const folder = dirname(path);
  const temp = tempPathBeside(path);
  pending.add(temp);
  try {
    // The folder is made when the write finds it missing (or a file where a folder should be, which making it reports
    // as before): a batch writes many files into each folder, and making it first cost every file a mkdir and a stat.
    await writeFile(temp, data, {flag: 'wx'}).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
      await makeFolder(folder);
      await writeFile(temp, data, {flag: 'wx'});
    });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, {force: true});
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** A temporary file's name beside `path`: not named after the file, as a name near the 255-byte limit would put it over. */
function tempPathBeside(path: string): string {
  return join(dirname(path), `.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/** Remove the temporary files of writes still under way: synchronous, for the way out of an interrupted run. */
export function removePendingTemps(): void {
  // Kept in the set until their write settles: a write that creates its file after this runs is caught by a later call.
  for (const temp of pending) rmSync(temp, {force: true});
}
