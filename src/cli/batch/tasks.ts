import type {DeclutterOptions} from '../../clean.js';
import type {InternalFault} from '../failure.js';
import type {MarkdownOptions} from '../../write/mdast.js';
import type {Format} from '../options.js';

/** What every worker of a batch is set up with once: how to clean and how to write. */
export interface WorkerSetup {
  format: Format;
  /** The declutter options, less the per-site templates that come with each task. */
  declutter: Omit<DeclutterOptions, 'templates'>;
  markdown: MarkdownOptions;
}

/** First pass: the distinct block hashes of one page. */
export interface HashTask {
  kind: 'hash';
  path: string;
}

/** Second pass: clean one page, with its site's template hashes when template learning is on. */
export interface CleanTask {
  kind: 'clean';
  path: string;
  templates?: number[];
}

export type Task = HashTask | CleanTask;

/** Why a file could not be read or cleaned, in words for the user (the file's name is added by the caller). */
export interface TaskFailure {
  ok: false;
  reason: string;
  /** Present when the failure is declutter's own, not the input's. */
  internal?: InternalFault;
}

export type HashResult = {ok: true; hashes: number[]} | TaskFailure;

export type CleanResult =
  | {
      ok: true;
      output: string;
      /** A note worth showing, such as a guessed encoding. */
      note?: string;
      /** Characters of decoded input text, and of it kept (the text format's length): the share of text kept. */
      textChars: number;
      keptChars: number;
    }
  | TaskFailure;
