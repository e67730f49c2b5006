import type {DeclutterOptions} from '../../declutter.js';
import type {DecodedText} from '../../read/decode.js';
import type {InternalFault} from '../failure.js';
import type {MarkdownOptions} from '../../write/mdast.js';
import type {Format} from '../options.js';

/** What every worker of a batch is set up with once: how to clean and how to write. */
export interface WorkerSetup {
  format: Format;
  /** The declutter options, less the per-site templates that come with each task. */
  declutter: Omit<DeclutterOptions, 'templates'>;
  /** Most a file may be, in bytes: the limit the CLI read from its environment. */
  maxInputBytes: number;
  markdown: MarkdownOptions;
}

/** First pass: the hash of each block of one page, and its decoded text, which the second pass may reuse. */
export interface HashTask {
  kind: 'hash';
  path: string;
}

/**
 * Second pass: clean one page, with its site's template hashes when template learning is on. When the first pass kept
 * the page, `decoded` is its text (not read again) and `templateBlocks` marks its template blocks by their place
 * (not hashed again).
 */
export interface CleanTask {
  kind: 'clean';
  path: string;
  templates?: number[];
  decoded?: DecodedText;
  templateBlocks?: Uint8Array;
}

export type Task = HashTask | CleanTask;

/** Why a file could not be read or cleaned, in words for the user (the file's name is added by the caller). */
export interface TaskFailure {
  ok: false;
  reason: string;
  /** Present when the failure is declutter's own, not the input's. */
  internal?: InternalFault;
}

export type HashResult = {ok: true; blockHashes: Float64Array; decoded: DecodedText} | TaskFailure;

export type CleanResult =
  | {
      ok: true;
      output: string;
      /** A note worth showing, such as a guessed encoding. */
      note?: string;
      /** Characters of the page's blocks, and of its kept blocks: the share of its text kept. */
      textChars: number;
      keptChars: number;
    }
  | TaskFailure;
