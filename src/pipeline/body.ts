import {withoutBreakHints} from '../text/break-hints.js';
import {dedentLines} from '../text/dedent.js';
import type {PreformattedText, ScoredBlock} from '../types.js';

/** The blocks of a cleaned document's body: the kept ones but its title block (`titleBlock`, an index or null). */
function bodyBlocks(blocks: readonly ScoredBlock[], titleBlock: number | null): ScoredBlock[] {
  return blocks.filter((block, i) => block.kept && i !== titleBlock);
}

/**
 * The paragraphs the text format prints for a cleaned document's body, in order: each kept block's text but the title
 * block's, a block the input lays out in lines of its own as it does (`preformatted`), and the kept blocks of one
 * `<pre>` that follow one another as one paragraph. A paragraph has no blank line in it, so that the text format's
 * blank line always parts two paragraphs and the output read again as text has the same ones: a `<pre>`'s blank lines
 * are not printed, and its lines lose the indentation they all share (Markdown's fences keep both). Soft hyphens and
 * zero-width spaces, which no reader sees, are left out (`withoutBreakHints`), and a block of nothing else with them.
 */
export function bodyParagraphs(blocks: readonly ScoredBlock[], titleBlock: number | null, laidOutBlocks?: readonly PreformattedText[]): string[] {
  if (!laidOutBlocks?.length) return shown(bodyBlocks(blocks, titleBlock).map((block) => block.text));
  const preformatted = new Map(laidOutBlocks.map((laidOut) => [laidOut.block, laidOut]));
  const paragraphs: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!blocks[i]!.kept || i === titleBlock) continue;
    const laidOut = preformatted.get(i);
    if (!laidOut) {
      paragraphs.push(blocks[i]!.text);
      continue;
    }
    const lines = laidOut.text.split('\n');
    while (laidOut.pre !== undefined && i + 1 < blocks.length && blocks[i + 1]!.kept && i + 1 !== titleBlock && preformatted.get(i + 1)?.pre === laidOut.pre) {
      // One line at a time: a block of a `<pre>` may have more lines than a call takes arguments.
      for (const line of preformatted.get(++i)!.text.split('\n')) lines.push(line);
    }
    paragraphs.push(dedentLines(lines).filter((line) => line !== '').join('\n'));
  }
  return shown(paragraphs);
}

/** Paragraphs as a reader sees them: without break hints, and none that is nothing else (a lone zero-width space). */
function shown(paragraphs: string[]): string[] {
  const printed: string[] = [];
  for (const paragraph of paragraphs) {
    const text = withoutBreakHints(paragraph);
    if (text !== '' || paragraph === '') printed.push(text);
  }
  return printed;
}
