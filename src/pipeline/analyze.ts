import {describeBlock, type BlockDescription} from '../features/describe.js';
import {DescriptionTable} from '../features/description-table.js';
import {detectLanguage, stopwordsFor} from '../features/language.js';
import {termSlots} from '../features/terms.js';
import {featureMatrix, FeatureRows, writeWordColumns} from '../features/vector.js';
import {InputError} from '../read/decode.js';
import {documentBlockTexts, type DocumentBlocks} from '../read/document.js';
import {LONG_DOCUMENT_BLOCKS} from '../read/long-document.js';
import type {ElementTree} from '../read/element-tree.js';
import type {BlockMarkup} from '../read/markup.js';
import type {PageHead} from '../read/page-head.js';
import type {Model} from '../score/model.js';
import type {RowWindows} from '../score/windows.js';
import {TermScoreColumns} from '../score/term-score-columns.js';
import {knowsLanguage, wordWeights} from '../score/word-table.js';
import type {BlockShape, DocumentFormat, Layout, PreformattedText} from '../types.js';
import {BlockTable} from './block-table.js';
import {defaultModel} from './model.js';
import {mapped} from '../arrays.js';

/**
 * A document taken apart for the scorer: blocks, their descriptions and feature rows. Shared with training, which
 * reads the rows whole; cleaning takes them a window at a time (`RowWindows`), as they are scored.
 */
export interface Analysis<Rows = number[][]> {
  layout: Layout;
  texts: string[];
  language: string;
  descriptions: BlockDescription[];
  rows: Rows;
  /** For HTML: each block's place in the page's markup, and the page's elements. */
  markup?: BlockMarkup[];
  tree?: ElementTree;
  /** For HTML: what the page says about itself, raw (meta tags, JSON-LD...). */
  head?: PageHead;
  /** For HTML: the blocks whose words as a reader sees them differ from their text, by block index (`ShownText`). */
  shownText?: ReadonlyMap<number, string>;
  /** The blocks laid out in lines their text does not keep (an HTML page's `<pre>`, a text's indented lines), in order. */
  preformatted?: PreformattedText[];
  /** For HTML read with the `structure` option: each block's shape, and the URL its links are read against. */
  shapes?: BlockShape[];
  baseUrl?: string;
}

export interface AnalyzeOptions {
  /** The model whose word table fills the `words:` columns; the bundled one by default. */
  model?: Model | undefined;
  /** Language (ISO 639-3) to use instead of detecting it. */
  language?: string | undefined;
  /** Refuse a document of more blocks than this (an `InputError` with code `too-large`). */
  maxBlocks?: number | undefined;
  /** What the input is: `auto`, `text` or `html`. */
  format?: DocumentFormat | undefined;
  /** For HTML: keep each block's shape (kind, containers, inline marks) for printers that write structure. */
  structure?: boolean | undefined;
  /** The document's own URL, which an HTML page's relative links are read against. */
  url?: string | undefined;
  /** Leave the word table's columns at zero, as training does: it fills them from tables that never saw the page. */
  withoutWordScores?: boolean;
}

/** Take a document apart for `judge`; the word table's columns come from `options.model` (the bundled one by default). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const {wordScores, ...described} = describeDocument(text, options, 'objects');
  const rows = featureMatrix(described.descriptions, described.layout, described.markup);
  if (wordScores) writeWordColumns(rows, wordScores.read());
  return {...described, rows};
}

/**
 * `analyze` for cleaning: the same rows, written a window at a time as the scorer reads them, so that a long document
 * holds one window of rows rather than a kilobyte for each of its blocks; the same descriptions, kept in columns.
 */
export function analyzeForCleaning(text: string, options: AnalyzeOptions = {}): Analysis<RowWindows> {
  return analyzedForCleaning(describeDocument(text, options, 'columns'));
}

/**
 * `analyzeForCleaning` of a text taken out of `input` (left empty) once its blocks are read, so that a long document,
 * whose blocks are copied out of it (`TextArena`), is let go while its blocks are described and judged. For a caller
 * that only reads the judged document: a long document's blocks are a `BlockTable`'s, whose verdicts `judge` writes in
 * columns.
 */
export function analyzeTakenForCleaning(input: {text: string}, options: AnalyzeOptions = {}): Analysis<RowWindows> {
  return analyzedForCleaning(describeDocument(input, options, 'blocks'));
}

function analyzedForCleaning({wordScores, ...described}: ReturnType<typeof describeDocument>): Analysis<RowWindows> {
  const rows = new FeatureRows(described.descriptions, described.layout, described.markup);
  return {...described, rows: wordScores ? withWordColumns(rows, wordScores) : rows};
}

/**
 * How a document's descriptions are kept: as objects (training), in a `DescriptionTable` (a quarter of the memory of
 * objects), or, for a long document judged for a caller that only reads the result, in a `BlockTable`.
 */
type DescriptionStorage = 'objects' | 'columns' | 'blocks';

/** Everything of an analysis but the feature rows, and the word table's scores of each block when the table serves. */
function describeDocument(source: string | {text: string}, options: AnalyzeOptions, storage: DescriptionStorage): Omit<Analysis, 'rows'> & {wordScores?: TermScoreColumns} {
  const {layout, texts, markup, tree, head, shownText, preformatted, shapes, baseUrl} = documentTexts(source, options);
  if (options.maxBlocks !== undefined && texts.length > options.maxBlocks) {
    throw new InputError(`has ${texts.length.toLocaleString('en')} blocks, over the limit of ${options.maxBlocks.toLocaleString('en')}`, 'too-large');
  }
  const language = options.language ?? detectLanguage(texts);
  const stopwords = stopwordsFor(language);
  const table =
    storage === 'blocks' && texts.length >= LONG_DOCUMENT_BLOCKS
      ? new BlockTable(texts)
      : storage === 'objects'
        ? undefined
        : new DescriptionTable(texts.length);
  const words = options.withoutWordScores ? undefined : (options.model ?? defaultModel()).words;
  const weights = words && knowsLanguage(words, language) ? wordWeights(words) : undefined;
  const wordScores = weights ? new TermScoreColumns(texts.length, weights) : undefined;
  // Each block lower-cased once, for its description and its word table terms alike.
  const descriptions = mapped(texts, (blockText, i) => {
    const lower = blockText.toLowerCase();
    const description = describeBlock(blockText, stopwords, lower);
    if (weights) wordScores!.write(i, termSlots(blockText, weights.bits, lower));
    return table ? table.store(i, description) : description;
  });
  table?.stored();
  const structure = shapes ? {shapes, ...(baseUrl ? {baseUrl} : {})} : {};
  return {
    layout,
    texts,
    language,
    descriptions,
    ...(markup ? {markup} : {}),
    ...(tree ? {tree} : {}),
    ...(head ? {head} : {}),
    ...(shownText ? {shownText} : {}),
    ...(preformatted ? {preformatted} : {}),
    ...structure,
    ...(wordScores ? {wordScores} : {}),
  };
}

/**
 * A document's blocks as their texts alone (`documentBlockTexts`): a long document's are copied out of it
 * (`TextArena`), which lets the document's text go. A text given in a holder is taken out of it here, in a frame that
 * ends once the blocks are read.
 */
function documentTexts(source: string | {text: string}, options: AnalyzeOptions): Omit<DocumentBlocks, 'blocks'> & {texts: string[]} {
  const text = typeof source === 'string' ? source : source.text;
  if (typeof source !== 'string') source.text = '';
  return documentBlockTexts(text, options.format, {structure: options.structure, url: options.url});
}

/**
 * Feature rows with the word table's columns written into each window, from the scores of the window's blocks and of
 * the block each side; the scores are let go after the last window.
 */
function withWordColumns(rows: FeatureRows, wordScores: TermScoreColumns): RowWindows {
  let start = 0;
  let scores: TermScoreColumns | undefined = wordScores;
  return {
    length: rows.length,
    width: rows.width,
    next(space) {
      const written = rows.next(space);
      if (scores) {
        const from = Math.max(0, start - 1);
        writeWordColumns(space, scores.read(from, Math.min(scores.blocks, start + written + 1)), start, {from, blocks: scores.blocks});
      }
      start += written;
      if (start >= rows.length) scores = undefined;
      return written;
    },
  };
}
