import {withoutBreakHints, withoutSpacedBreakHints} from '../text/break-hints.js';
import {dedentLines} from '../text/dedent.js';
import type {PreformattedText, ScoredBlock} from '../types.js';

/**
 * The paragraphs the text format prints for a cleaned document's body, in order: each kept block's text but the title
 * block's, a block the input lays out in lines of its own as it does (`preformatted`), and the kept blocks of one
 * `<pre>` that follow one another as one paragraph. A paragraph has no blank line in it, so that the text format's
 * blank line always parts two paragraphs and the output read again as text has the same ones: a `<pre>`'s blank lines
 * are not printed, and its lines lose the indentation they all share (Markdown's fences keep both). Soft hyphens and
 * zero-width spaces, which no reader sees, are left out (`printedText`).
 */
export function bodyParagraphs(blocks: readonly ScoredBlock[], titleBlock: number | null, laidOutBlocks?: readonly PreformattedText[]): string[] {
  const preformatted = laidOutBlocks?.length ? new Map(laidOutBlocks.map((laidOut) => [laidOut.block, laidOut])) : undefined;
  const paragraphs: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i]!.kept || i === titleBlock) continue;
    const laidOut = preformatted?.get(i);
    if (!laidOut) {
      const text = printedText(blocks[i]!.text);
      if (text !== '' || blocks[i]!.text === '') paragraphs.push(text);
      continue;
    }
    const lines = laidOut.text.split('\n');
    while (laidOut.pre !== undefined && i + 1 < blocks.length && blocks[i + 1]!.kept && i + 1 !== titleBlock && preformatted!.get(i + 1)?.pre === laidOut.pre) {
      // One line at a time: a block of a `<pre>` may have more lines than a call takes arguments.
      for (const line of preformatted!.get(++i)!.text.split('\n')) lines.push(line);
    }
    const text = dedentLines(lines.map(withoutBreakHints)).filter((line) => line !== '').join('\n');
    if (text !== '') paragraphs.push(text);
  }
  return paragraphs;
}

/**
 * A block's text (its lines trimmed) as the text format prints it: without the soft hyphens and zero-width spaces no
 * reader sees (`withoutBreakHints`), and without a line that is nothing else, which would print as a blank line. Empty
 * where the block is nothing else.
 */
export function printedText(text: string): string {
  if (withoutBreakHints(text) === text) return text;
  return text
    .split('\n')
    .map((line) => withoutSpacedBreakHints(line).trim())
    .filter((line) => line !== '')
    .join('\n');
}
