import {bodyParagraphs} from '../pipeline/body.js';
import {withoutBreakHints} from '../text/break-hints.js';
import type {CleanedDocument} from '../types.js';

/** The line the text format puts between the body and the comment thread, when comments are asked for. */
export const COMMENTS_MARKER = '--- comments ---';

/**
 * The text format: the title block, then the kept blocks, a blank line between blocks (a `<pre>`'s as the page lays
 * them out, `bodyParagraphs`), without soft hyphens and zero-width spaces; then, where the comment thread was asked for and the page has one, a marker line and
 * the comments. Empty when nothing is kept. It prints blocks of the input only: a page's title that no block says
 * (`doc.title` from the head) is not printed.
 */
export function toText(doc: CleanedDocument): string {
  const parts = doc.titleBlock === null ? [] : [withoutBreakHints(doc.blocks[doc.titleBlock]!.text)];
  const {body} = doc;
  if (body !== '') parts.push(body);
  if (doc.comments?.length) parts.push(COMMENTS_MARKER, ...doc.comments.map(withoutBreakHints));
  return parts.length ? parts.join('\n\n') + '\n' : '';
}

/**
 * `toText(doc)` in pieces of about `size` characters, for a document `declutter` cleaned (its body is its kept blocks
 * but the title block): a long document is written without one string of its whole output, nor of its body.
 */
export function* textPieces(doc: CleanedDocument, size = 65_536): Generator<string> {
  const body = bodyParagraphs(doc.blocks, doc.titleBlock, doc.preformatted);
  const bodyEmpty = body.length === 0 || (body.length === 1 && body[0] === '');
  const parts: (string | readonly string[])[] = doc.titleBlock === null ? [] : [withoutBreakHints(doc.blocks[doc.titleBlock]!.text)];
  if (!bodyEmpty) parts.push(body);
  if (doc.comments?.length) parts.push(COMMENTS_MARKER, ...doc.comments.map(withoutBreakHints));
  if (parts.length === 0) return;
  let piece: string[] = [];
  let length = 0;
  const add = function* (text: string) {
    piece.push(text);
    length += text.length;
    if (length >= size) {
      yield piece.join('');
      piece = [];
      length = 0;
    }
  };
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) yield* add('\n\n');
    const part = parts[p]!;
    if (typeof part === 'string') {
      yield* add(part);
      continue;
    }
    for (let b = 0; b < part.length; b++) {
      if (b > 0) yield* add('\n\n');
      yield* add(part[b]!);
    }
  }
  piece.push('\n');
  yield piece.join('');
}
