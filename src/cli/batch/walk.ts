import type {Dirent, Stats} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {describeFsError} from '../../fs-errors.js';
import {whyUnreadable} from './broken-link.js';
import {escapedName, NOT_UTF8_NAME, utf8Name, withReplacedNameHint} from './name-bytes.js';

/** One file a batch will clean. */
export interface InputFile {
  /** The path as the user would write it: an input argument, or one joined under an input folder. */
  path: string;
  /** Its path relative to the batch's base folder: where its output goes under the output folder. */
  relative: string;
  size: number;
  /** Device and inode, to tell whether an output would be this very file. */
  id: string;
}

/** A path the walk found but cannot clean, with the reason. */
export interface WalkProblem {
  kind: 'problem';
  path: string;
  reason: string;
  /** How many files the walk had found when it met this path: its place among them, in name order. */
  at: number;
}

/** An input folder, as given, that holds no file to clean (and could be read): worth a note. */
export interface EmptyFolder {
  kind: 'no-files';
  path: string;
  /** How many files the walk had found when it was done with this folder: its place among them. */
  at: number;
}

/** What the walk says of a path other than a file to clean. */
export type WalkRemark = WalkProblem | EmptyFolder;

export interface WalkResult {
  /** The deepest folder that holds every input: outputs mirror the tree below it. */
  base: string;
  files: InputFile[];
  /** In the walk's order, so that each is said in its place among the files. */
  remarks: WalkRemark[];
  /** The input arguments that are folders, as given: a message names them as the user wrote them. */
  folders: string[];
}

const fileId = (info: Stats) => `${info.dev}:${info.ino}`;

/**
 * Expand input arguments into the files to clean: a file argument is taken whatever its extension; a folder is walked
 * recursively for files whose names `wanted` accepts, in name order, past hidden files and folders. A link to a file is followed, a link to a
 * folder is not (as with `find`): so a link loop cannot trap the walk, nor lead it out of the input tree into the
 * output folder. Only stat is used, so a FIFO or device never blocks the walk.
 */
export async function walkInputs(inputs: readonly string[], wanted: (name: string) => boolean): Promise<WalkResult> {
  const infos = await Promise.all(inputs.map(async (input) => ({input, info: await stat(input).catch((error: unknown) => error)})));
  const result: WalkResult = {base: commonBase(infos), files: [], remarks: [], folders: []};
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (path: string, info: Stats) => {
    if (seenFiles.has(fileId(info))) return;
    seenFiles.add(fileId(info));
    result.files.push({path, relative: relative(result.base, resolve(path)), size: info.size, id: fileId(info)});
  };
  const addProblem = (path: string, reason: string) => result.remarks.push({kind: 'problem', path, reason, at: result.files.length});
  // Files of the names wanted that cannot be cleaned: a folder that holds one holds files to clean, which fail.
  const failedFiles: string[] = [];
  const addFailedFile = (path: string, reason: string) => {
    addProblem(path, reason);
    failedFiles.push(path);
  };

  const walkFolder = async (folder: string, info: Stats): Promise<void> => {
    if (seenFolders.has(fileId(info))) return; // a bind mount of a folder above, or a folder given twice
    seenFolders.add(fileId(info));
    let entries: {entry: Dirent<Buffer>; name: string; utf8: boolean}[];
    try {
      // Names as bytes: a name that is not UTF-8 is told as such, not opened under the name it would decode to (which
      // sorts it and says whether it is wanted).
      const read = await readdir(folder, {withFileTypes: true, encoding: 'buffer'});
      entries = read.map((entry) => {
        const name = utf8Name(entry.name);
        return {entry, name: name ?? entry.name.toString(), utf8: name !== undefined};
      });
    } catch (error) {
      addProblem(folder, describeFsError(error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const {entry, name, utf8} of entries) {
      // Hidden names (`.git`, `.cache`, an editor's swap file) are not the pages of a tree, as ripgrep and fd judge them;
      // one named as an input is still taken.
      if (name.startsWith('.')) continue;
      if (!utf8) {
        // A folder may hold pages, and a file is told only where its name says a page, as any other file is.
        if (entry.isDirectory() || wanted(name)) addFailedFile(join(folder, escapedName(entry.name)), NOT_UTF8_NAME);
        continue;
      }
      const path = join(folder, name);
      if (entry.isDirectory()) {
        const info = await stat(path).catch(() => undefined);
        if (info) await walkFolder(path, info);
        else addProblem(path, 'cannot be read');
        continue;
      }
      if (!wanted(name)) continue;
      let target: Stats;
      try {
        target = await stat(path);
      } catch (error) {
        addFailedFile(path, whyUnreadable(path, error));
        continue;
      }
      if (target.isFile()) addFile(path, target);
      else if (!target.isDirectory()) addFailedFile(path, 'is not a regular file');
    }
  };

  for (const {input, info} of infos) {
    if (!isStats(info)) addProblem(input, withReplacedNameHint(input, info, whyUnreadable(input, info)));
    else if (info.isDirectory()) {
      result.folders.push(input);
      await walkFolder(input, info);
      // Whether it holds a file to clean is known once every input is walked: a folder above it may find its files.
      result.remarks.push({kind: 'no-files', path: input, at: result.files.length});
    } else if (info.isFile()) addFile(input, info);
    else addProblem(input, 'is not a regular file');
  }
  // A folder holds a file to clean when one lies anywhere below it, found by its own walk or by a folder above it
  // given too (`declutter site site/news -o out`), even one that fails (its error says what is wrong, not a note that
  // the folder is empty); one that could not be read was named as a problem already.
  const holding = new Set<string>();
  const found = [...result.files.map((file) => file.path), ...failedFiles];
  for (const path of found) for (let folder = dirname(resolve(path)); !holding.has(folder); folder = dirname(folder)) {
    holding.add(folder);
    if (dirname(folder) === folder) break;
  }
  const problemPaths = new Set(result.remarks.flatMap((remark) => (remark.kind === 'problem' ? [remark.path] : [])));
  result.remarks = result.remarks.filter(
    (remark) => remark.kind === 'problem' || !(holding.has(resolve(remark.path)) || problemPaths.has(remark.path)),
  );
  return result;
}

/** Said, not silent: an --ext that matches nothing, or a wrong folder, would otherwise look like a run of no work. */
export function noFilesNote(extensions: readonly string[]): string {
  return `no files to clean (extensions: ${extensions.join(', ')})`;
}

function isStats(value: unknown): value is Stats {
  return typeof value === 'object' && value !== null && 'isDirectory' in value;
}

/** The deepest folder holding every input: a folder input holds itself, a file input its folder. */
function commonBase(infos: ReadonlyArray<{input: string; info: unknown}>): string {
  const folders = infos.map(({input, info}) => (isStats(info) && info.isDirectory() ? resolve(input) : dirname(resolve(input))));
  if (folders.length === 0) return process.cwd();
  let base = folders[0]!.split(sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep);
    let same = 0;
    while (same < base.length && same < parts.length && base[same] === parts[same]) same++;
    base = base.slice(0, same);
  }
  return base.join(sep) || sep;
}
