import {bodyParagraphs, printedText} from '../pipeline/body.js';
import type {CleanedDocument} from '../types.js';
import {checkCleanedDocument} from '../arguments.js';

/** The line the text format puts between the body and the comment thread, when comments are asked for. */
export const COMMENTS_MARKER = '--- comments ---';

/**
 * The text format: the title block, then the kept blocks, a blank line between blocks (a `<pre>`'s as the page lays
 * them out, `bodyParagraphs`), without soft hyphens and zero-width spaces (`printedText`); then, where the comment
 * thread was asked for and the page has one, a marker line and the comments. Empty when nothing is kept. It prints
 * blocks of the input only: a page's title that no block says (`doc.title` from the head) is not printed.
 */
export function toText(doc: CleanedDocument): string {
  checkCleanedDocument('toText', doc, ['titleBlock', 'titleText', 'body', 'comments']);
  const parts = titleLine(doc);
  const {body} = doc;
  if (body !== '') parts.push(body);
  const comments = printedComments(doc);
  if (comments.length) parts.push(COMMENTS_MARKER, ...comments);
  return parts.length ? parts.join('\n\n') + '\n' : '';
}

/**
 * `toText(doc)` in pieces of about `size` characters, for a document `declutter` cleaned (its body is its kept blocks
 * but the title block): a long document is written without one string of its whole output, nor of its body.
 */
export function* textPieces(doc: CleanedDocument, size = 65_536): Generator<string> {
  const body = bodyParagraphs(doc.blocks, doc.titleBlock, doc.preformatted);
  const bodyEmpty = body.length === 0 || (body.length === 1 && body[0] === '');
  const parts: (string | readonly string[])[] = titleLine(doc);
  if (!bodyEmpty) parts.push(body);
  const comments = printedComments(doc);
  if (comments.length) parts.push(COMMENTS_MARKER, ...comments);
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

/** The title line, as a list of none or one: none where there is no title block, or its text is only break hints. */
function titleLine(doc: CleanedDocument): string[] {
  const index = doc.titleBlock ?? null;
  const title = index === null ? '' : printedText(doc.blocks[index]!.text);
  return title === '' ? [] : [title];
}

function printedComments(doc: CleanedDocument): string[] {
  return (doc.comments ?? []).map(printedText).filter((comment) => comment !== '');
}
