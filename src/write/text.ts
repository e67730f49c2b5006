import type {CleanedDocument} from '../types.js';

/** The line the text format puts between the body and the comment thread, when comments are asked for. */
export const COMMENTS_MARKER = '--- comments ---';

/**
 * The text format: the title block, then the kept blocks, a blank line between blocks; then, where the comment thread
 * was asked for and the page has one, a marker line and the comments. Empty when nothing is kept. It prints blocks of
 * the input only: a page's title that no block says (`doc.title` from the head) is not printed.
 */
export function toText(doc: CleanedDocument): string {
  const parts = doc.titleBlock === null ? [] : [doc.blocks[doc.titleBlock]!.text];
  if (doc.body !== '') parts.push(doc.body);
  if (doc.comments?.length) parts.push(COMMENTS_MARKER, ...doc.comments);
  return parts.length ? parts.join('\n\n') + '\n' : '';
}
