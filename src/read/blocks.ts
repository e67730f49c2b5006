import type {Layout, SourceBlock} from '../types.js';
import {detectLayout, firstWord} from './layout.js';

export interface SplitResult {
  layout: Layout;
  blocks: SourceBlock[];
}

interface Line {
  text: string;
  start: number;
  end: number;
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
  const lines = toLines(text);
  return layout ? {layout, blocks: splitLines(lines)} : splitDetected(lines);
}

function splitDetected(lines: Line[]): SplitResult {
  const {layout, width} = detectLayout(lines.map((line) => line.text));
  const blocks =
    layout === 'lines' ? splitLines(lines) : layout === 'paragraphs' ? splitParagraphs(lines) : splitWrapped(lines, width);
  return {layout, blocks};
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({text: text.slice(start, end), start, end});
    start = end + 1;
  }
  return lines;
}

const isBlank = (line: Line) => line.text.trim() === '';

function splitLines(lines: readonly Line[]): SourceBlock[] {
  return lines.filter((line) => !isBlank(line)).map((line) => block(line.text.trim(), line, line));
}

/** Runs of non-blank lines are blocks; a block keeps its inner line breaks. */
function splitParagraphs(lines: readonly Line[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const run of nonBlankRuns(lines)) {
    const text = run.map((line) => line.text.trim()).join('\n');
    blocks.push(block(text, run[0]!, run.at(-1)!));
  }
  return blocks;
}

/**
 * Hard-wrapped text: a line continues the block above when the line above was full, that is when this line's first
 * word would not have fitted after it. A bullet or a change of indentation to the left starts a new block.
 */
function splitWrapped(lines: readonly Line[], width: number): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const run of nonBlankRuns(lines)) {
    let current: Line[] = [];
    const flush = () => {
      if (current.length === 0) return;
      blocks.push(block(current.map((line) => line.text.trim()).join(' '), current[0]!, current.at(-1)!));
      current = [];
    };
    for (const line of run) {
      const previous = current.at(-1);
      if (previous && !(continues(current[0]!, previous, line, width) && indentFits(current[0]!, line))) flush();
      current.push(line);
    }
    flush();
  }
  return blocks;
}

function continues(first: Line, previous: Line, line: Line, width: number): boolean {
  if (startsBullet(first, previous, line)) return false;
  return previous.text.trimEnd().length + 1 + firstWord(line.text).length > width;
}

/**
 * A bullet starts a block. The letter `o` is a bullet where the indentation changes (a paragraph's lines share
 * theirs) or in a block that began with one (the next item of the same list); elsewhere it is a word.
 */
function startsBullet(first: Line, previous: Line, line: Line): boolean {
  const content = line.text.trim();
  if (BULLET.test(content)) return true;
  if (!LETTER_BULLET.test(content)) return false;
  return indentOf(line.text) !== indentOf(previous.text) || LETTER_BULLET.test(first.text.trim());
}

/** A continuation line is indented at least as far as the block's first line (bullet text hangs further in). */
function indentFits(first: Line, line: Line): boolean {
  return indentOf(line.text) >= indentOf(first.text);
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function nonBlankRuns(lines: readonly Line[]): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(line);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function block(text: string, first: Line, last: Line): SourceBlock {
  const leading = first.text.length - first.text.trimStart().length;
  return {text, start: first.start + leading, end: last.start + last.text.trimEnd().length};
}
