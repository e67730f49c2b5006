import {declutter, type DeclutterOptions} from '../../declutter.js';
import type {PageMetadata} from '../../metadata/fields.js';
import type {CleanedDocument, ScoredBlock} from '../../types.js';
import {toText} from '../../write/text.js';

/** What cleaning adds to an output record: the cleaned text (title, then body), and the scored blocks if asked for. */
export interface CleanedFields {
  text: string;
  language: string;
  metadata: PageMetadata;
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
  const fields = {text: cleaned, language: doc.language, metadata: doc.metadata};
  return withBlocks ? {...fields, blocks: doc.blocks} : fields;
}

/** One JSONL line: a JSON value on a line of its own (JSON.stringify escapes every newline inside strings). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}
