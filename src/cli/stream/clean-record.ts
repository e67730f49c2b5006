import {declutter, type DeclutterOptions} from '../../clean.js';
import type {CleanedDocument, ScoredBlock} from '../../types.js';
import {toText} from '../../write/text.js';

/** What cleaning adds to an output record: the cleaned text (title, then body), and the scored blocks if asked for. */
export interface CleanedFields {
  text: string;
  language: string;
  blocks?: ScoredBlock[];
}

export function cleanRecordText(
  text: string,
  options: DeclutterOptions,
  withBlocks: boolean,
  write: (doc: CleanedDocument) => string = toText,
): CleanedFields {
  const doc = declutter(text, options);
  const cleaned = write(doc).replace(/\n$/, '');
  return withBlocks ? {text: cleaned, language: doc.language, blocks: doc.blocks} : {text: cleaned, language: doc.language};
}

/** One JSONL line: a JSON value on a line of its own (JSON.stringify escapes every newline inside strings). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}
