import type {Layout, SourceBlock} from '../types.js';
import {detectLayout, firstWord} from './layout.js';
import {Lines} from './lines.js';

export interface SplitResult {
  layout: Layout;
  blocks: SourceBlock[];
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
  const {layout: found, blocks} = splitInto(text, block, layout);
  return {layout: found, blocks};
}

/**
 * `splitBlocks`' texts alone, without an object a block for their offsets, which a long document's split held for
 * every block, garbage once read that only a full collection frees. `longText` makes each block's text of a long
 * text (`Lines.sliced`) as it is split (`TextArena.add`), so that the slices it is made from are never held.
 */
export function splitBlockTexts(text: string, layout?: 'lines', longText?: (text: string) => string): {layout: Layout; texts: string[]} {
  const make: MakeBlock<string> = longText ? (blockText, lines) => (lines.sliced ? longText(blockText) : blockText) : textOnly;
  const {layout: found, blocks} = splitInto(text, make, layout);
  return {layout: found, texts: blocks};
}

/** What a splitter makes of a block: its text, and its first and last line. */
type MakeBlock<T> = (text: string, lines: Lines, first: number, last: number) => T;

const textOnly: MakeBlock<string> = (text) => text;

function splitInto<T>(text: string, make: MakeBlock<T>, layout?: 'lines'): {layout: Layout; blocks: T[]} {
  const lines = new Lines(text);
  if (layout) return {layout, blocks: splitLines(lines, make)};
  const detected = detectLayout(lines);
  const blocks =
    detected.layout === 'lines'
      ? splitLines(lines, make)
      : detected.layout === 'paragraphs'
        ? splitParagraphs(lines, make)
        : splitWrapped(lines, detected.width, make);
  return {layout: detected.layout, blocks};
}

const isBlank = (line: string) => line.trim() === '';

function splitLines<T>(lines: Lines, make: MakeBlock<T>): T[] {
  const blocks: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines.line(i);
    if (!isBlank(line)) blocks.push(make(line.trim(), lines, i, i));
  }
  return blocks;
}

/** Runs of non-blank lines are blocks; a block keeps its inner line breaks. */
function splitParagraphs<T>(lines: Lines, make: MakeBlock<T>): T[] {
  const blocks: T[] = [];
  forEachRun(lines, (first, last) => {
    if (first === last) {
      blocks.push(make(lines.line(first).trim(), lines, first, last));
      return;
    }
    const parts: string[] = [];
    for (let i = first; i <= last; i++) parts.push(lines.line(i).trim());
    blocks.push(make(parts.join('\n'), lines, first, last));
  });
  return blocks;
}

/**
 * Hard-wrapped text: a line continues the block above when the line above was full, that is when this line's first
 * word would not have fitted after it. A bullet or a change of indentation to the left starts a new block.
 */
function splitWrapped<T>(lines: Lines, width: number, make: MakeBlock<T>): T[] {
  const blocks: T[] = [];
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
  return blocks;
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
