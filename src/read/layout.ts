import type {Layout} from '../types.js';
import {isSpace} from '../text/chars.js';
import type {LineList} from './lines.js';

export interface LayoutInfo {
  layout: Layout;
  /** For `wrapped`: the column the scraper wrapped at. */
  width: number;
}

// Scrapers that hard-wrap (lynx, w3m, html2text) wrap at 72 to 100 columns.
const MAX_WRAP_WIDTH = 110;
const MIN_WRAP_WIDTH = 40;
// A line this close to the width counts as full.
const FULL_MARGIN = 20;
// Blank lines on at least this share of lines mark blocks separated by blank lines.
const BLANK_SHARE = 0.05;
// Wrapped text may have this share of lines past the widest wrap column (URLs, words too long to break).
const LONG_LINE_SHARE = 0.02;

/**
 * Decide how a document's text was laid out: one block a line (no blank lines), blocks separated by blank lines,
 * or hard-wrapped paragraphs. Decided once per document, since a scraper writes a whole page one way.
 */
export function detectLayout(lines: LineList): LayoutInfo {
  const nonBlank = countLines(lines, (line) => line.trim() !== '');
  if (nonBlank <= 1) return {layout: 'lines', width: 0};
  // Blank lines before the first block and after the last (a final newline) separate nothing.
  let first = 0;
  while (lines.line(first).trim() === '') first++;
  let last = lines.length - 1;
  while (lines.line(last).trim() === '') last--;
  const hasBlankLines = last - first + 1 - nonBlank >= nonBlank * BLANK_SHARE;

  const {width, wrapBreaks} = wrapWidth(lines);
  if (width > 0 && fitsWrapColumn(lines, nonBlank) && looksWrapped(wrapBreaks, fullLines(lines, width), nonBlank, hasBlankLines)) {
    return {layout: 'wrapped', width};
  }
  return {layout: hasBlankLines ? 'paragraphs' : 'lines', width: 0};
}

/** How many of `lines` pass `test`: counted, not filtered into a list that a long document holds a line for each. */
function countLines(lines: LineList, test: (line: string) => boolean): number {
  let count = 0;
  for (let i = 0; i < lines.length; i++) if (test(lines.line(i))) count++;
  return count;
}

/** Wrapped text has next to no line past the widest wrap column: only the odd unbreakable URL. */
function fitsWrapColumn(lines: LineList, nonBlank: number): boolean {
  const tooLong = countLines(lines, (line) => line.trimEnd().length > MAX_WRAP_WIDTH);
  return tooLong <= nonBlank * LONG_LINE_SHARE;
}

/**
 * Between blank-line paragraphs a few wrap breaks settle it. Without blank lines (lynx on a page of long paragraphs)
 * they must be many and most of the full lines, since a one-block-a-line page also has long lines followed by
 * others, and some of those fit the rule by chance.
 */
function looksWrapped(wrapBreaks: number, full: number, nonBlank: number, hasBlankLines: boolean): boolean {
  if (hasBlankLines) return wrapBreaks >= 3;
  return wrapBreaks >= Math.max(3, nonBlank * 0.1) && wrapBreaks >= full * 0.6;
}

/**
 * The column the text was wrapped at: a wrapper breaks a line where the next word would pass the width, so each
 * line followed by another votes for every width from its own length to just before its length plus the next
 * word. The width most lines agree on wins (the narrowest of a tie, the tightest fit); code and URLs longer than
 * the width, which a percentile of lengths would take for it, get few votes.
 */
function wrapWidth(lines: LineList): {width: number; wrapBreaks: number} {
  const votes = new Array<number>(MAX_WRAP_WIDTH + 1).fill(0);
  let line = lines.length > 0 ? lines.line(0) : '';
  for (let i = 0; i + 1 < lines.length; i++) {
    const length = line.trimEnd().length;
    line = lines.line(i + 1);
    const next = line.trim();
    if (next === '' || length > MAX_WRAP_WIDTH) continue;
    const limit = Math.min(MAX_WRAP_WIDTH, length + firstWord(next).length);
    for (let width = Math.max(length, MIN_WRAP_WIDTH); width <= limit; width++) votes[width]!++;
  }
  let width = 0;
  for (let w = MIN_WRAP_WIDTH; w <= MAX_WRAP_WIDTH; w++) if (votes[w]! > votes[width]!) width = w;
  return {width, wrapBreaks: votes[width]!};
}

/** Lines within the margin of the width and followed by a non-blank line: the lines a wrapper could have broken. */
function fullLines(lines: LineList, width: number): number {
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines.line(i).trimEnd().length >= width - FULL_MARGIN && lines.line(i + 1).trim() !== '') full++;
  }
  return full;
}

/** The line's first run of characters that are not white space (`trimStart().split(/\s/, 1)[0]`, without the array). */
export function firstWord(line: string): string {
  let start = 0;
  while (start < line.length && isSpace(line.charCodeAt(start))) start++;
  let end = start;
  while (end < line.length && !isSpace(line.charCodeAt(end))) end++;
  return line.slice(start, end);
}
