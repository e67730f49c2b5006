import {dedentLines} from '../text/dedent.js';
import type {PreformattedText, ScoredBlock} from '../types.js';

/** The blocks of a cleaned document's body: the kept ones but its title block (`titleBlock`, an index or null). */
export function bodyBlocks(blocks: readonly ScoredBlock[], titleBlock: number | null): ScoredBlock[] {
  return blocks.filter((block, i) => block.kept && i !== titleBlock);
}

/**
 * The paragraphs the text format prints for a cleaned document's body, in order: each kept block's text but the title
 * block's; a block the input lays out in lines of its own as it does (`preformatted`); the kept blocks of one `<pre>`
 * that follow one another as one paragraph; and a block that follows the block before after a single `<br>`
 * (`lineBreaks`) on the next line of that block's paragraph, where both are printed. A paragraph has no blank line in
 * it, so that the text format's blank line always parts two paragraphs: a `<pre>`'s blank lines are not printed, and
 * its lines lose the indentation they all share (Markdown's fences keep both).
 */
export function bodyParagraphs(
  blocks: readonly ScoredBlock[],
  titleBlock: number | null,
  laidOutBlocks?: readonly PreformattedText[],
  lineBreaks?: readonly number[],
): string[] {
  if (!laidOutBlocks?.length && !lineBreaks?.length) return bodyBlocks(blocks, titleBlock).map((block) => block.text);
  const preformatted = new Map(laidOutBlocks?.map((laidOut) => [laidOut.block, laidOut]));
  const afterBreak = new Set(lineBreaks);
  const printed = (i: number) => i < blocks.length && blocks[i]!.kept && i !== titleBlock;
  const paragraphs: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!printed(i)) continue;
    const laidOut = preformatted.get(i);
    if (laidOut?.pre !== undefined) {
      const lines = laidOut.text.split('\n');
      while (printed(i + 1) && preformatted.get(i + 1)?.pre === laidOut.pre) {
        // One line at a time: a block of a `<pre>` may have more lines than a call takes arguments.
        for (const line of preformatted.get(++i)!.text.split('\n')) lines.push(line);
      }
      paragraphs.push(dedentLines(lines).filter((line) => line !== '').join('\n'));
    } else if (laidOut) {
      paragraphs.push(laidOut.text);
    } else {
      const lines = [blocks[i]!.text];
      while (printed(i + 1) && afterBreak.has(i + 1) && !preformatted.has(i + 1)) lines.push(blocks[++i]!.text);
      paragraphs.push(lines.join('\n'));
    }
  }
  return paragraphs;
}
