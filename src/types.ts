import type {BlockShape} from './read/block-shape.js';

/** What a block is taken to be. `title`, `heading` and `body` are kept; the rest are kinds of boilerplate. */
export type Label =
  | 'title'
  | 'heading'
  | 'body'
  | 'ad'
  | 'related'
  | 'newsletter'
  | 'social'
  | 'comments'
  | 'legal'
  | 'caption'
  | 'byline'
  | 'dateline'
  | 'navigation'
  | 'other';

/** How to trade recall for precision: `--favor` and the `favor` option. */
export const FAVORS = ['precision', 'balanced', 'recall'] as const;
export type Favor = (typeof FAVORS)[number];

export const BOILERPLATE_LABELS = [
  'ad',
  'related',
  'newsletter',
  'social',
  'comments',
  'legal',
  'caption',
  'byline',
  'dateline',
  'navigation',
  'other',
] as const satisfies readonly Label[];

export type BoilerplateLabel = (typeof BOILERPLATE_LABELS)[number];

/**
 * How the scraper laid the text out, detected per document: one block a line, blocks between blank lines, or
 * hard-wrapped paragraphs; `html` for an HTML document, read one block-level element a block.
 */
export type Layout = 'lines' | 'paragraphs' | 'wrapped' | 'html';

/**
 * What a document is (the library's `format` option): `auto` reads a document that starts as HTML does as HTML,
 * anything else as text. The CLI's `--input-format` adds record streams (JSONL, WARC) on top.
 */
export type DocumentFormat = 'auto' | 'text' | 'html';

/** One paragraph-like unit of the input, as split by `splitBlocks`. */
export interface SourceBlock {
  /** The block's words as one string: a wrapped paragraph is joined with single spaces, a bullet kept. */
  text: string;
  /**
   * Offsets of the block's source in the (newline-normalised) input text: `input.slice(start, end)`; for HTML, in the
   * page's text as `htmlToLines` renders it.
   */
  start: number;
  end: number;
}

/** A block with the verdict on it: the shape of every block in the json format. */
export interface ScoredBlock {
  text: string;
  kept: boolean;
  label: Label;
  /** How likely the block is body (or title or heading), in [0, 1]. */
  score: number;
  /** Names of the cues and rules behind the label, in the order they fired. */
  reasons: string[];
}

/** The result of cleaning one document: the json format, and what the library returns. */
export interface CleanedDocument {
  title: string | null;
  /** The kept blocks after the title, a blank line between blocks. */
  body: string;
  blocks: ScoredBlock[];
  layout: Layout;
  /** ISO 639-3 code of the detected language, or `und`. */
  language: string;
  /** The score at and above which this page's blocks were kept, before the context rules (see docs/learning.md). */
  threshold: number;
  /**
   * With the `structure` option, for HTML: each block's kind, containers and inline marks (same order as `blocks`),
   * and the URL relative links are read against. What `toMarkdown` and `toMdast` write headings, lists, tables and
   * links from.
   */
  structure?: DocumentStructure;
  /** With the `comments` option: the page's comment thread, each comment block's text, in order (none: empty). */
  comments?: string[];
}

/** An HTML document's structure beside its blocks. */
export interface DocumentStructure {
  shapes: BlockShape[];
  baseUrl?: string;
}
