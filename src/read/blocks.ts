import type {Layout, PreformattedText, SourceBlock} from '../types.js';
import {detectLayout, firstWord} from './layout.js';
import {Lines} from './lines.js';
import {dedentLines} from '../text/dedent.js';
import type {TextArena} from './text-arena.js';
import {checkString, describeValue} from '../arguments.js';

export interface SplitResult {
  layout: Layout;
  blocks: SourceBlock[];
  /**
   * The paragraphs whose lines are indented differently (code, verse, a list's nested items), as laid out: their
   * lines with the indentation they have relative to one another, which a block's text (each line trimmed, as the
   * scorer reads it) does not keep. Undefined where there are none.
   */
  preformatted?: PreformattedText[];
}

// List bullets and numbered items as text renderers write them (lynx marks nested levels * + o # @ -).
const BULLET = /^(?:[*+\-•·◦▪‣○●■□–#@]|\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+\S/;
// lynx's third-level bullet is a letter, and a word in Portuguese, Spanish or Italian: see startsBullet.
const LETTER_BULLET = /^o\s+\S/;

/**
 * Text (newlines normalised) to blocks, in the layout detected for the document, or one block a line when the caller
 * says so (`layout: 'lines'`: HTML rendered by `htmlToLines` is one block a line, however its lines look).
 */
export function splitBlocks(text: string, layout?: 'lines'): SplitResult {
  checkString('splitBlocks', 'text', text);
  if (layout !== undefined && layout !== 'lines') throw new RangeError(`splitBlocks's layout must be "lines" or left out, not ${describeValue(layout)}`);
  const blocks: SourceBlock[] = [];
  const laidOut: PreformattedText[] = [];
  return withLaidOut({layout: splitInto(new Lines(text), block, blocks, layout, laidOut), blocks}, laidOut);
}

/**
 * `splitBlocks`' texts alone, without an object a block for their offsets, which a long document's split held for
 * every block, garbage once read that only a full collection frees. A long text's blocks (`Lines.sliced`) are copied
 * into `arena` as they are split, so that the slices they are made from are never held, and listed once all are: a
 * list grown by push a block at a time left copies of itself behind, twice its size, in the old generation.
 */
export function splitBlockTexts(text: string, layout?: 'lines', arena?: TextArena): {layout: Layout; texts: string[]; preformatted?: PreformattedText[]} {
  const lines = new Lines(text);
  const laidOut: PreformattedText[] = [];
  if (arena && lines.sliced) {
    const found = splitInto(lines, textOnly, {push: (blockText) => arena.add(blockText)}, layout, laidOut);
    return withLaidOut({layout: found, texts: arena.texts()}, laidOut);
  }
  const texts: string[] = [];
  return withLaidOut({layout: splitInto(lines, textOnly, texts, layout, laidOut), texts}, laidOut);
}

function withLaidOut<T extends object>(split: T, laidOut: PreformattedText[]): T & {preformatted?: PreformattedText[]} {
  return laidOut.length ? {...split, preformatted: laidOut} : split;
}

/** What a splitter makes of a block: its text, and its first and last line. */
type MakeBlock<T> = (text: string, lines: Lines, first: number, last: number) => T;

/** Where a splitter puts the blocks it makes, in order: a list, or a long text's arena. */
interface BlockSink<T> {
  push(block: T): void;
}

const textOnly: MakeBlock<string> = (text) => text;

/** Split `lines` into `blocks`; the layout they were split by. */
function splitInto<T>(lines: Lines, make: MakeBlock<T>, blocks: BlockSink<T>, layout: 'lines' | undefined, laidOut: PreformattedText[]): Layout {
  if (layout) {
    splitLines(lines, make, blocks);
    return layout;
  }
  const detected = detectLayout(lines);
  if (detected.layout === 'lines') splitLines(lines, make, blocks);
  else if (detected.layout === 'paragraphs') splitParagraphs(lines, make, blocks, laidOut);
  else splitWrapped(lines, detected.width, make, blocks);
  return detected.layout;
}

const isBlank = (line: string) => line.trim() === '';

function splitLines<T>(lines: Lines, make: MakeBlock<T>, blocks: BlockSink<T>): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines.line(i);
    if (!isBlank(line)) blocks.push(make(line.trim(), lines, i, i));
  }
}

/**
 * Runs of non-blank lines are blocks; a block keeps its inner line breaks. One whose lines are indented differently
 * (code, verse, and the code blocks declutter's own text format prints) goes to `laidOut` as well, its lines keeping
 * their indentation relative to one another.
 */
function splitParagraphs<T>(lines: Lines, make: MakeBlock<T>, blocks: BlockSink<T>, laidOut: PreformattedText[]): void {
  let index = 0;
  forEachRun(lines, (first, last) => {
    if (first === last) {
      blocks.push(make(lines.line(first).trim(), lines, first, last));
      index++;
      return;
    }
    const parts: string[] = [];
    let indented = false;
    const firstIndent = indentOf(lines.line(first));
    for (let i = first; i <= last; i++) {
      const line = lines.line(i);
      const trimmed = line.trim();
      parts.push(trimmed);
      if (!indented && indentOf(line) !== firstIndent) indented = true;
    }
    if (indented) {
      const raw: string[] = [];
      for (let i = first; i <= last; i++) raw.push(lines.line(i));
      laidOut.push({block: index, text: dedentLines(raw).join('\n')});
    }
    blocks.push(make(parts.join('\n'), lines, first, last));
    index++;
  });
}

/**
 * Hard-wrapped text: a line continues the block above when the line above was full, that is when this line's first
 * word would not have fitted after it. A bullet or a change of indentation to the left starts a new block.
 */
function splitWrapped<T>(lines: Lines, width: number, make: MakeBlock<T>, blocks: BlockSink<T>): void {
  forEachRun(lines, (runFirst, runLast) => {
    let first = runFirst;
    const flush = (last: number) => {
      const parts: string[] = [];
      for (let i = first; i <= last; i++) parts.push(lines.line(i).trim());
      blocks.push(make(parts.join(' '), lines, first, last));
    };
    for (let i = runFirst + 1; i <= runLast; i++) {
      const firstLine = lines.line(first);
      const line = lines.line(i);
      if (!(continues(firstLine, lines.line(i - 1), line, width) && indentFits(firstLine, line))) {
        flush(i - 1);
        first = i;
      }
    }
    flush(runLast);
  });
}

function continues(first: string, previous: string, line: string, width: number): boolean {
  if (startsBullet(first, previous, line)) return false;
  return previous.trimEnd().length + 1 + firstWord(line).length > width;
}

/**
 * A bullet starts a block. The letter `o` is a bullet where the indentation changes (a paragraph's lines share
 * theirs) or in a block that began with one (the next item of the same list); elsewhere it is a word.
 */
function startsBullet(first: string, previous: string, line: string): boolean {
  const content = line.trim();
  if (BULLET.test(content)) return true;
  if (!LETTER_BULLET.test(content)) return false;
  return indentOf(line) !== indentOf(previous) || LETTER_BULLET.test(first.trim());
}

/** A continuation line is indented at least as far as the block's first line (bullet text hangs further in). */
function indentFits(first: string, line: string): boolean {
  return indentOf(line) >= indentOf(first);
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** Call `each` with the first and last line of every run of non-blank lines, in order. */
function forEachRun(lines: Lines, each: (first: number, last: number) => void): void {
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines.line(i))) {
      if (first >= 0) each(first, i - 1);
      first = -1;
    } else if (first < 0) {
      first = i;
    }
  }
  if (first >= 0) each(first, lines.length - 1);
}

/** Block of lines `first` to `last`, with the offsets of its source in the text. */
function block(text: string, lines: Lines, first: number, last: number): SourceBlock {
  const firstText = lines.line(first);
  const lastText = lines.line(last);
  const leading = firstText.length - firstText.trimStart().length;
  return {text, start: lines.starts[first]! + leading, end: lines.starts[last]! + lastText.trimEnd().length};
}
