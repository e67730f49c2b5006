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

export function buildStreamConfig(flags: StreamFlags): StreamConfig {
  return {inputFormat: flags.inputFormat ?? 'auto', textField: flags.textField ?? 'text', blocks: flags.blocks === true};
}

/** Largest record (a JSON line, or a WARC record's content) read into memory; larger ones are answered with an error. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
