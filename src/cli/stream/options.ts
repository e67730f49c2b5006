import type {CleanedDocument} from '../../types.js';
import type {InputFormatChoice} from './input-format.js';

/** What the CLI asks of record streams (JSONL and WET inputs). */
export interface StreamConfig {
  inputFormat: InputFormatChoice;
  /** The JSONL field that holds the text to clean; the cleaned text goes back into it. */
  textField: string;
  /** Add every scored block to each output record. */
  blocks: boolean;
  /** How the cleaned text is written into each record: the text format's, unless the CLI asked for Markdown. */
  write?: (doc: CleanedDocument) => string;
}

export interface StreamFlags {
  inputFormat?: InputFormatChoice;
  textField?: string;
  blocks?: boolean;
}

/** The fields declutter adds to each JSONL record: its `metadata`, and its `blocks` with `--blocks`. */
export function addedFields(config: Pick<StreamConfig, 'blocks'>): string[] {
  return config.blocks ? ['metadata', 'blocks'] : ['metadata'];
}

export function buildStreamConfig(flags: StreamFlags): StreamConfig {
  return {inputFormat: flags.inputFormat ?? 'auto', textField: flags.textField ?? 'text', blocks: flags.blocks === true};
}

/**
 * What is wrong with the stream settings, or undefined: a text field that declutter also writes its own field into
 * would lose either the cleaned text or that field.
 */
export function streamConfigProblem(config: StreamConfig): string | undefined {
  if (!addedFields(config).includes(config.textField)) return undefined;
  return `--text-field ${config.textField}: declutter writes each record's ${config.textField} there; a record's text must be in another field`;
}

/** Largest record (a JSON line, or a WARC record's content) read into memory; larger ones are answered with an error. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
