import {usableUrl} from '../../check-options.js';
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

/**
 * A record's own address (its `url` field, a WARC target) is evidence when it is one: an empty, relative or garbled one
 * is left out, and the record is cleaned from its text alone, as one without an address.
 */
export function cleanRecordText(
  text: string,
  options: DeclutterOptions,
  withBlocks: boolean,
  write: (doc: CleanedDocument) => string = toText,
): CleanedFields {
  const doc = declutter(text, {...options, url: usableUrl(options.url)});
  const cleaned = write(doc).replace(/\n$/, '');
  const fields = {text: cleaned, language: doc.language, metadata: doc.metadata};
  return withBlocks ? {...fields, blocks: doc.blocks} : fields;
}

/** One JSONL line: a JSON value on a line of its own (JSON.stringify escapes every newline inside strings). */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}
