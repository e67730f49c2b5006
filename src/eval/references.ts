/**
 * Simple ways to clean the same text, scored beside declutter in the same run (../shared/corpus/README.md,
 * "Reference figures"). Each works on the blocks `documentBlocks` finds, so they see the text as declutter does.
 */
import {documentBlocks} from '../read/document.js';

/** A way to get an extraction from a page's text: declutter, or a reference method. */
export interface Method {
  name: string;
  extract: (text: string) => string;
  /**
   * For a method that names a page's title (declutter): the extraction and the title, from one run; `url` is the
   * page's address, as a record carries it.
   */
  extractWithTitle?: (text: string, url?: string) => {text: string; title: string | null};
}

const MIN_BLOCK_WORDS = 20;
const MIN_LINE_WORDS = 3;
// C4's end marks (Raffel et al. 2020, as in its TensorFlow Datasets code).
const TERMINAL_PUNCTUATION = ['.', '!', '?', '"'];
const C4_BANNED = /javascript|cookie|privacy policy/i;

// Every block: the text itself, and for HTML all of its visible text.
export const KEEP_EVERYTHING: Method = {name: 'keep everything', extract: (text) => blocksOf(text).join('\n\n')};

export const KEEP_LONG_BLOCKS: Method = {
  name: `keep >= ${MIN_BLOCK_WORDS} words`,
  extract: (text) => keepBlocks(text, (block) => wordCount(block) >= MIN_BLOCK_WORDS),
};

/** C4 filters lines: the lines of each block (one, unless the layout keeps line breaks inside paragraphs). */
export const C4_RULES: Method = {
  name: 'C4 rules',
  extract: (text) =>
    blocksOf(text)
      .flatMap((block) => block.split('\n'))
      .map((line) => line.trim())
      .filter(passesC4)
      .join('\n\n'),
};

export const REFERENCE_METHODS: readonly Method[] = [KEEP_EVERYTHING, KEEP_LONG_BLOCKS, C4_RULES];

/** C4's line filter: at least 3 words, ends in terminal punctuation, mentions neither javascript nor cookies or a privacy policy. */
export function passesC4(line: string): boolean {
  return (
    wordCount(line) >= MIN_LINE_WORDS && TERMINAL_PUNCTUATION.some((mark) => line.endsWith(mark)) && !C4_BANNED.test(line)
  );
}

/** Words as the reference figures count them: runs of non-space. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function keepBlocks(text: string, keep: (block: string) => boolean): string {
  return blocksOf(text).filter(keep).join('\n\n');
}

function blocksOf(text: string): string[] {
  return documentBlocks(text).blocks.map((block) => block.text);
}
