import {statSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {UsageError, type CleanConfig} from '../options.js';
import {inputFormatOf, isDocument} from '../stream/input-format.js';
import type {StreamConfig} from '../stream/options.js';
import {DEFAULT_EXTENSIONS} from './extensions.js';
import {parseSiteKey, type SiteKey} from './plan.js';

/** The batch options as commander parses them. */
export interface BatchFlags {
  outDir?: string;
  ext?: string[];
  outExt?: string;
  skipExisting?: boolean;
  jobs?: number;
  siteKey?: string;
  templates: boolean;
}

/** Everything a batch run needs, built once from argv. */
export interface BatchConfig {
  clean: CleanConfig;
  outDir: string;
  extensions: readonly string[];
  outExt: string;
  skipExisting: boolean;
  jobs: number;
  siteKey: SiteKey;
  templates: boolean;
}

/** The output extension of each format, unless --out-ext says otherwise. */
const FORMAT_EXTENSIONS = {text: 'txt', json: 'json', explain: 'txt', markdown: 'md'} as const;

export function buildBatchConfig(flags: BatchFlags, clean: CleanConfig): BatchConfig {
  if (flags.outDir === undefined) throw new UsageError('batch mode needs an output folder (-o, --out-dir)');
  return {
    clean,
    outDir: flags.outDir,
    extensions: flags.ext ?? DEFAULT_EXTENSIONS,
    outExt: flags.outExt ?? FORMAT_EXTENSIONS[clean.format],
    skipExisting: flags.skipExisting === true,
    jobs: flags.jobs ?? availableParallelism(),
    siteKey: siteKeyOf(flags.siteKey ?? 'folder'),
    templates: flags.templates,
  };
}

/**
 * Batch mode writes one cleaned document a file; a record stream (JSON lines, WARC) is many documents in one file and
 * is cleaned to stdout instead. Refuse one, named or picked from folders by `--ext`, and the flags that only streams
 * read, rather than clean a stream as one document of JSON or WARC text.
 */
export function refuseStreamsInBatch(files: readonly string[], extensions: readonly string[] | undefined, stream: StreamConfig): void {
  const choice = stream.inputFormat;
  if (choice !== 'auto' && !isDocument(choice)) {
    throw new UsageError(`batch mode (-o) cleans documents, not ${choice} record streams: clean those to stdout (declutter --input-format ${choice} FILE > clean.jsonl)`);
  }
  const record = [...files, ...(extensions ?? []).map((ext) => `*.${ext}`)].find((name) => !isDocument(inputFormatOf(name, choice)));
  if (record !== undefined) {
    throw new UsageError(`batch mode (-o) cleans documents, not record streams (${record} is ${inputFormatOf(record, choice)}): clean those to stdout (declutter FILE > clean.jsonl)`);
  }
  if (stream.blocks) throw new UsageError('--blocks is for JSONL output, which batch mode (-o) does not write');
  if (stream.textField !== 'text') throw new UsageError('--text-field is for JSONL input, which batch mode (-o) does not read');
}

/** Options that only mean something with an output folder: a usage error names the first one given without it. */
export function refuseBatchOnlyFlags(flags: BatchFlags): void {
  const given = (
    [
      ['--out-ext', flags.outExt],
      ['--skip-existing', flags.skipExisting],
      ['--jobs', flags.jobs],
      ['--site-key', flags.siteKey],
      ['--no-templates', flags.templates === false ? true : undefined],
    ] as const
  ).find(([, value]) => value !== undefined);
  if (given) throw new UsageError(`${given[0]} needs an output folder (-o, --out-dir)`);
}

/**
 * `--ext` picks files in folders: with no folder among the inputs it would be ignored in silence, as a file named is
 * cleaned whatever its extension. An input that is not there may be a folder misnamed, which its own error names.
 */
export function refuseExtWithoutFolders(inputs: readonly string[], ext: readonly string[] | undefined): void {
  if (ext === undefined || inputs.some(mayBeFolder)) return;
  throw new UsageError('--ext picks the files of folders, and no input is a folder (a file named is cleaned whatever its extension)');
}

function mayBeFolder(input: string): boolean {
  if (input === '-') return false;
  try {
    return statSync(input).isDirectory();
  } catch {
    return true;
  }
}

export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || jobs < 1 || jobs > 256) throw new Error(`--jobs takes a whole number from 1 to 256, not "${value}"`);
  return jobs;
}

/** An output folder's name: an empty one (an unset `$OUT`) would scatter the outputs into the current folder. */
export function parseOutDir(value: string): string {
  if (value.trim() === '') throw new Error('-o, --out-dir takes a folder, not an empty name');
  return value;
}

/**
 * An output extension: letters and digits between dots ("txt", "clean.txt"), a leading dot allowed. Outputs are written
 * uncompressed, so a compression's extension would name their content wrongly.
 */
export function parseOutExt(value: string): string {
  const ext = value.trim().replace(/^\./, '');
  if (!/^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*$/u.test(ext)) throw new Error(`--out-ext takes an extension such as txt, not "${value}"`);
  if (COMPRESSED.test(ext)) throw new Error(`--out-ext ${ext}: outputs are written uncompressed; compress them after, or name another extension`);
  return ext;
}

const COMPRESSED = /(?:^|\.)(?:gz|tgz|bz2|tbz2?|xz|txz|lz|lz4|lzma|zst|br|z|zip|7z|rar)$/i;

function siteKeyOf(value: string): SiteKey {
  try {
    return parseSiteKey(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
