import {realpathSync, statSync} from 'node:fs';
import {basename, dirname, extname, join, relative, resolve} from 'node:path';
import {isWithin} from '../../paths.js';
import {UsageError} from '../options.js';
import {brokenLinkReason, isBrokenLink} from './broken-link.js';
import {linkDestinationSync} from './link-destination.js';
import type {InputFile} from './walk.js';

/** One file of a batch: where it is read from and written to, and which site's templates apply to it. */
export interface BatchJob {
  input: string;
  output: string;
  site: string;
  size: number;
}

/** `a/b.html.gz` with `txt` is `a/b.txt`: the `.gz`, then one extension, give way to the output's. */
export function outputRelativePath(relativePath: string, outExt: string): string {
  let stem = relativePath.replace(/\.gz$/i, '');
  const ext = extname(basename(stem));
  if (ext !== '') stem = stem.slice(0, -ext.length);
  return `${stem}.${outExt}`;
}

/** How pages are grouped into sites for template learning: `folder`, `all`, or a regular expression on the path. */
export type SiteKey = (relativePath: string) => string;

export function parseSiteKey(value: string): SiteKey {
  const byFolder: SiteKey = (path) => dirname(path);
  if (value === 'folder') return byFolder;
  if (value === 'all') return () => '';
  // An empty pattern matches every path: one site, as `all` says, but by a slip (`--site-key "$UNSET"`).
  if (value === '') throw new Error('--site-key takes folder, all or a regular expression, not an empty one');
  let pattern: RegExp;
  try {
    pattern = new RegExp(value);
  } catch (error) {
    throw new Error(`--site-key takes folder, all or a regular expression: ${(error as Error).message}`);
  }
  // The first group if the pattern has one, else the whole match; a path it does not match goes by its folder.
  return (path) => {
    const match = pattern.exec(path);
    return match ? `=${match[1] ?? match[0]}` : byFolder(path);
  };
}

// Clashing inputs named in the usage error; the rest are counted. A folder of pages saved in two forms (page.txt
// beside page.html) clashes on every page, and a thousand lines would bury the hint.
const CLASHES_NAMED = 10;

/**
 * The batch's jobs in input order, or a usage error naming the first inputs that would share an output; where some
 * come from folders (`fromFolders`), it says that `--ext` picks one kind of file, which it does only in folders.
 */
export function planJobs(files: readonly InputFile[], outDir: string, outExt: string, siteKey: SiteKey, fromFolders = false): BatchJob[] {
  const byOutput = new Map<string, InputFile[]>();
  for (const file of files) {
    const output = join(outDir, outputRelativePath(file.relative, outExt));
    byOutput.set(output, [...(byOutput.get(output) ?? []), file]);
  }
  const clashes = [...byOutput].filter(([, inputs]) => inputs.length > 1);
  if (clashes.length > 0) {
    const lines = clashes
      .slice(0, CLASHES_NAMED)
      .map(([output, inputs]) => `  ${inputs.map((file) => file.path).join(' and ')} would both be written to ${output}`);
    const more = clashes.length - CLASHES_NAMED;
    if (more > 0) lines.push(`  and ${more} more such ${more === 1 ? 'output' : 'outputs'}`);
    // Every output takes the one extension (--out-ext), so only the inputs' names can tell them apart.
    const remedies = fromFolders ? 'rename one, pick one kind of file with --ext, or clean them in separate runs' : 'rename one, or clean them in separate runs';
    throw new UsageError(`inputs collide on one output path (${remedies}):\n${lines.join('\n')}`);
  }
  return [...byOutput].map(([output, [file]]) => ({input: file!.path, output, site: siteKey(file!.relative), size: file!.size}));
}

/**
 * Refuse, before any work, an output folder that is an input folder or inside one (the walk would read its own
 * outputs, a second run would clean them again), any output that would be written in a folder that holds an input
 * file named on the command line (`declutter dir/*.html -o dir`: the files beside the inputs are the user's, a scraped
 * `page.txt` beside `page.html`, not outputs of an earlier run), and any output that is an input file itself (a hard
 * link, or `declutter a.txt -o .`): inputs and the files beside them are never written. Two outputs that land on one
 * file are refused where both are to be written (`toWrite`: all the jobs, but those `--skip-existing` passes over).
 */
export function checkOutputSafety(
  outDir: string,
  inputFolders: readonly string[],
  files: readonly InputFile[],
  jobs: readonly BatchJob[],
  toWrite: readonly BatchJob[] = jobs,
): void {
  const outInfo = statOrNull(outDir);
  if (outInfo && !outInfo.isDirectory()) throw new UsageError(`the output ${outDir} exists and is not a folder`);
  const dangling = danglingLink(outDir);
  if (dangling !== undefined) throw new UsageError(`the output folder ${outDir} cannot be made: ${dangling}`);
  const blocker = fileOnTheWay(outDir);
  if (blocker) throw new UsageError(`the output folder ${outDir} cannot be made: ${blocker} is a file, not a folder`);
  const realOut = realpathOfNew(outDir);
  const realInputFolders = inputFolders.map((folder) => ({folder, real: realpathOfNew(folder)}));
  for (const {folder, real: realFolder} of realInputFolders) {
    if (isWithin(realFolder, realOut)) {
      const where = realFolder === realOut ? 'is the input folder' : `is inside the input folder ${folder}`;
      throw new UsageError(`the output folder ${outDir} ${where}: choose an output folder outside it`);
    }
  }
  const inputById = new Map(files.map((file) => [file.id, file.path]));
  for (const job of jobs) {
    const info = statOrNull(job.output);
    const overwritten = info ? inputById.get(`${info.dev}:${info.ino}`) : undefined;
    if (overwritten === undefined) continue;
    // The output may be the input itself (`-o .`, a hard link) or, through a link, another input.
    const by = overwritten === job.input ? `its own output ${job.output}` : `${job.output}, the output of ${job.input}`;
    throw new UsageError(`${overwritten} would be written over by ${by}: choose another output folder`);
  }
  // An output inside an input folder, from an output folder above it (`declutter data/raw -o data` would write
  // data/raw/b.txt for data/raw/raw/b.html) or through a link to a folder within the output folder: the next run would
  // read it. Checked after the inputs themselves, whose refusal says more; each folder's real path is asked once.
  // A link left in the output folder (out/a.txt -> ../in/notes.dat) is written through, as the shell's `>` would: where
  // it lands is what counts. Each output is asked once whether it is a link.
  const landings = new Map(jobs.map((job) => [job, linkLanding(job.output)]));
  const throughLink = (job: BatchJob) => {
    const landing = landings.get(job);
    return landing === undefined ? '' : ` (a link to ${landing})`;
  };
  if (realInputFolders.length > 0) {
    const known = new Map<string, string>();
    for (const job of jobs) {
      const landing = landings.get(job);
      const real = landing === undefined ? realpathOfNew(dirname(job.output), known) : dirname(realpathOfNew(landing, known));
      const into = realInputFolders.find((input) => isWithin(input.real, real));
      if (into) {
        throw new UsageError(
          `the output ${job.output}${throughLink(job)} would be written inside the input folder ${into.folder}: choose an output folder beside it (such as -o ${besideFolder(into.folder)})`,
        );
      }
    }
  }
  refuseSharedLandings(toWrite, landings, throughLink);
  // An output in the folder of an input file, among the user's files. Only where the output folder exists: a folder to be
  // made holds no input. Folders are told apart by device and inode (a link to a folder is the folder), each asked
  // once: a batch's files share a few folders.
  if (!outInfo) return;
  const folderIds = new Map<string, string | null>();
  const folderId = (path: string) => {
    const folder = dirname(path);
    let id = folderIds.get(folder);
    if (id === undefined) {
      const info = statOrNull(folder);
      folderIds.set(folder, (id = info ? `${info.dev}:${info.ino}` : null));
    }
    return id;
  };
  const firstInFolder = new Map<string, string>();
  for (const file of files) {
    const id = folderId(file.path);
    if (id !== null && !firstInFolder.has(id)) firstInFolder.set(id, file.path);
  }
  for (const job of jobs) {
    const id = folderId(landings.get(job) ?? job.output);
    const beside = id === null ? undefined : firstInFolder.get(id);
    if (beside === undefined) continue;
    const input = folderId(job.input) === id ? job.input : beside;
    throw new UsageError(
      `the output ${job.output}${throughLink(job)} would be written beside the input ${input}, among files declutter did not write: choose an output folder of its own (such as -o ${join(dirname(input), 'clean')})`,
    );
  }
}

/**
 * Refuse two outputs to be written that land on one file: a link left in the output folder to another output of the run
 * (`out/a.txt -> b.txt`), or a link to a folder of it (`out/one -> two`). Written through, the second write would
 * replace the first, and one page's output would be lost while both were counted as cleaned.
 */
function refuseSharedLandings(jobs: readonly BatchJob[], landings: ReadonlyMap<BatchJob, string | undefined>, throughLink: (job: BatchJob) => string): void {
  const known = new Map<string, string>();
  const byFile = new Map<string, BatchJob>();
  for (const job of jobs) {
    // The name a write ends at is no link, so its folder's real path places it; each folder is asked once.
    const target = landings.get(job) ?? resolve(job.output);
    const real = join(realpathOfNew(dirname(target), known), basename(target));
    const first = byFile.get(real);
    if (first === undefined) {
      byFile.set(real, job);
      continue;
    }
    throw new UsageError(
      `the outputs ${first.output}${throughLink(first)} and ${job.output}${throughLink(job)} would both be written to ${real}, and one page would be lost: remove the link, or choose another output folder`,
    );
  }
}

/**
 * Where a write to an output that is a symbolic link lands, as the writer follows it (`linkDestination`): the name it
 * ends at, which need not exist. Undefined where the output is no link, or links round in a loop (its write fails).
 */
function linkLanding(output: string): string | undefined {
  const path = resolve(output);
  try {
    const landing = linkDestinationSync(path);
    return landing === path ? undefined : landing;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong where the path, or a folder above it, is a symbolic link that leads to nothing (to a missing file, or
 * round in a loop): the link and where it leads. Undefined where no link on the way is broken.
 */
function danglingLink(path: string): string | undefined {
  for (let at = resolve(path); ; at = dirname(at)) {
    if (isBrokenLink(at)) return `${at} ${brokenLinkReason(at)}`;
    if (dirname(at) === at) return undefined;
  }
}

/** The deepest existing ancestor of a folder to be made, where it is a file (so the folder cannot be); else undefined. */
function fileOnTheWay(path: string): string | undefined {
  for (let at = dirname(resolve(path)); ; at = dirname(at)) {
    const info = statOrNull(at);
    if (info) return info.isDirectory() ? undefined : at;
    if (dirname(at) === at) return undefined;
  }
}

/** A folder beside `folder`, named after it, as a command line would name it: `data/raw-clean` for `data/raw`. */
function besideFolder(folder: string): string {
  const absolute = resolve(folder);
  return relative(process.cwd(), join(dirname(absolute), `${basename(absolute)}-clean`));
}

/**
 * The real path of a path that may not exist yet: its deepest existing ancestor resolved, the rest appended. With
 * `known`, each folder on the way is asked once: a batch's outputs share a few folders, and those folders' parents.
 */
function realpathOfNew(path: string, known?: Map<string, string>): string {
  const absolute = resolve(path);
  let real = known?.get(absolute);
  if (real !== undefined) return real;
  try {
    real = realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    real = parent === absolute ? absolute : join(realpathOfNew(parent, known), basename(absolute));
  }
  known?.set(absolute, real);
  return real;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
