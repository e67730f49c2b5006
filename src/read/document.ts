import type {BlockShape, DocumentFormat, Layout, SourceBlock} from '../types.js';
import {splitBlocks, splitBlockTexts} from './blocks.js';
import {InputError, normalizeNewlines} from './decode.js';
import {looksLikeHtml, readHtml, type ReadHtmlOptions} from './html.js';
import {looksLikeMarkdown, markdownAsHtml, MAX_MARKDOWN_CHARS} from './markdown-html.js';
import type {ElementTree} from './element-tree.js';
import type {BlockMarkup} from './markup.js';
import {TextArena} from './text-arena.js';
import type {PageHead} from './page-head.js';

/**
 * A document's blocks, whatever the document is: HTML (by `format`, or by how it starts with `auto`) read one
 * block-level element a block, with layout `html`; Markdown (by `format`, or by its links with `auto`) read as the
 * HTML it renders to; text split in the layout detected for it. The cleaner, batch
 * mode's template learning and the evaluation's reference methods all see a document through this one function.
 * An HTML document's blocks come with their place in its markup (`markup`, one entry a block).
 */
export function documentBlocks(text: string, format: DocumentFormat = 'auto', options: ReadHtmlOptions = {}): DocumentBlocks {
  const reading = readingOf(text, format);
  if (reading === 'markdown') {
    const html = markdownPage(text, format);
    if (html !== undefined) return documentBlocks(html, 'html', options);
    return splitBlocks(normalizeNewlines(text));
  }
  if (reading === 'html') {
    const {lines, page} = readHtmlPage(text, options);
    return {layout: 'html', blocks: splitBlocks(lines, 'lines').blocks, ...page};
  }
  return splitBlocks(normalizeNewlines(text));
}

/**
 * `documentBlocks` with each block's text alone, not an object a block with its offsets, for a caller that reads
 * the texts only. A long document's texts are copied out of it as it is split (`TextArena`): a slice of the
 * document would hold the whole document alive, two bytes a character if one character needs two.
 */
export function documentBlockTexts(text: string, format: DocumentFormat = 'auto', options: ReadHtmlOptions = {}): Omit<DocumentBlocks, 'blocks'> & {texts: string[]} {
  const reading = readingOf(text, format);
  if (reading === 'markdown') {
    const html = markdownPage(text, format);
    if (html !== undefined) return documentBlockTexts(html, 'html', options);
    return splitBlockTexts(normalizeNewlines(text), undefined, new TextArena());
  }
  if (reading === 'html') {
    const {lines, page} = readHtmlPage(text, options);
    const {texts} = splitBlockTexts(lines, 'lines', new TextArena());
    return {layout: 'html', texts, ...page};
  }
  return splitBlockTexts(normalizeNewlines(text), undefined, new TextArena());
}

/** How a document is read: as the format says, or with `auto` as HTML or Markdown where it reads as one, else as text. */
function readingOf(text: string, format: DocumentFormat): Exclude<DocumentFormat, 'auto'> {
  if (format !== 'auto') return format;
  if (looksLikeHtml(text)) return 'html';
  return text.length <= MAX_MARKDOWN_CHARS && looksLikeMarkdown(text) ? 'markdown' : 'text';
}

/**
 * The page a Markdown document renders to; undefined for one that only looks like Markdown and cannot be read as it
 * (too large, nested too deeply), which is then read as text. A document said to be Markdown that cannot is an
 * `InputError`.
 */
function markdownPage(text: string, format: DocumentFormat): string | undefined {
  if (text.length > MAX_MARKDOWN_CHARS) {
    if (format !== 'markdown') return undefined;
    const mib = MAX_MARKDOWN_CHARS / 1024 / 1024;
    throw new InputError(`Markdown over ${mib} MiB is not read as Markdown: read it as text (--input-format text)`, 'too-large');
  }
  try {
    return markdownAsHtml(text);
  } catch (error) {
    if (format !== 'markdown' && error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * An HTML page's visible text, one block a line (every line trimmed, with no line break inside), and what the reader
 * found beside it.
 */
function readHtmlPage(text: string, options: ReadHtmlOptions): {lines: string; page: Omit<DocumentBlocks, 'layout' | 'blocks'>} {
  const {lines, markup, tree, head, shapes, baseUrl} = readHtml(text, options);
  return {lines: lines.join('\n'), page: {markup, tree, head, ...(shapes ? {shapes} : {}), ...(baseUrl ? {baseUrl} : {})}};
}

export interface DocumentBlocks {
  layout: Layout;
  blocks: SourceBlock[];
  /** For HTML: each block's place in the page's markup, in block order. */
  markup?: BlockMarkup[];
  /** For HTML: the page's elements, which `markup[i].element` points into. */
  tree?: ElementTree;
  /** For HTML: what the page says about itself, raw. */
  head?: PageHead;
  /** For HTML read with `structure`: each block's kind, containers and inline marks, in block order. */
  shapes?: BlockShape[];
  /** For HTML read with `structure`: the URL its relative links are read against, when the page names one. */
  baseUrl?: string;
}
