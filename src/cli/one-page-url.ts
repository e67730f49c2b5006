import {statSync} from 'node:fs';
import {UsageError} from './options.js';
import {STDIN} from './read-input.js';
import {inputFormatOf, isDocument, type InputFormatChoice} from './stream/input-format.js';

/**
 * `--url` names one page: a usage error where the inputs are more (two inputs, batch mode, a folder's files, a record
 * stream, whose records carry addresses of their own), rather than every page cleaned under the one address.
 */
export function refuseUrlForManyPages(files: readonly string[], batch: boolean, inputFormat: InputFormatChoice): void {
  const input = files[0] ?? STDIN;
  if (batch || files.length > 1 || isFolder(input)) throw new UsageError('--url names one page: give one file, or none to read stdin');
  if (!isDocument(inputFormatOf(input, inputFormat))) {
    throw new UsageError("--url names one page: a record stream's records each name their own (a JSONL record's url, a WARC record's target)");
  }
}

function isFolder(input: string): boolean {
  if (input === STDIN) return false;
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}
