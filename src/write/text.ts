import type {CleanedDocument} from '../types.js';

/** The text format: the title, then the kept blocks, a blank line between blocks; empty when nothing is kept. */
export function toText(doc: CleanedDocument): string {
  const parts = doc.title === null ? [] : [doc.title];
  if (doc.body !== '') parts.push(doc.body);
  return parts.length ? parts.join('\n\n') + '\n' : '';
}
