import {statSync} from 'node:fs';
import {cleanToStdout} from '../clean-command.js';
import type {CleanConfig} from '../options.js';
import type {Reporter} from '../reporter.js';
import {extensionMatcher} from './extensions.js';
import {noFilesNote, walkInputs} from './walk.js';

/**
 * Without an output folder, a folder input is walked as in batch mode and its files are cleaned to stdout in name
 * order, like `cat`; file inputs are cleaned as they are. Returns the exit status (1 when anything failed, 70 when
 * declutter itself failed on anything).
 */
export async function cleanTreesToStdout(
  inputs: readonly string[],
  extensions: readonly string[],
  config: CleanConfig,
  reporter: Reporter,
): Promise<number> {
  const wanted = extensionMatcher(extensions);
  const expanded: string[] = [];
  // What the walk could not clean is failed in its place among the files, so that it has its line in -f json.
  const refused = new Map<number, string>();
  const found = new Set<number>();
  const pushFound = (files: readonly {path: string}[]) => {
    for (const file of files) found.add(expanded.push(file.path) - 1);
  };
  // A folder with no file to clean is noted in its place too: before the input that follows it.
  const emptyBefore = new Map<number, string[]>();
  for (const input of inputs) {
    if (!isFolder(input)) {
      expanded.push(input);
      continue;
    }
    const walk = await walkInputs([input], wanted);
    let taken = 0;
    for (const remark of walk.remarks) {
      pushFound(walk.files.slice(taken, remark.at));
      taken = remark.at;
      if (remark.kind === 'problem') refused.set(expanded.push(remark.path) - 1, remark.reason);
      else emptyBefore.set(expanded.length, [...(emptyBefore.get(expanded.length) ?? []), remark.path]);
    }
    pushFound(walk.files.slice(taken));
  }
  const sayBefore = (place: number) => {
    for (const folder of emptyBefore.get(place) ?? []) reporter.note(folder, noFilesNote(extensions));
  };
  if (inputs.length > 0 && expanded.length === 0) {
    sayBefore(0);
    return 0;
  }
  return cleanToStdout(expanded, config, reporter, {refused, found, sayBefore});
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
