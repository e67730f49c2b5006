import type {BlockShape, DocumentFormat, Layout, PreformattedText, SourceBlock} from '../types.js';
import {splitBlocks, splitBlockTexts} from './blocks.js';
import {InputError, normalizeNewlines} from './decode.js';
import {checkReadHtmlOptions, looksLikeHtml, readHtml, type ReadHtmlOptions} from './html.js';
import {looksLikeMarkdown, markdownAsHtml, MAX_MARKDOWN_CHARS} from './markdown-html.js';
import type {ElementTree} from './element-tree.js';
import type {BlockMarkup} from './markup.js';
import {TextArena} from './text-arena.js';
import type {PageHead} from './page-head.js';
import {checkDocumentFormat, checkString} from '../arguments.js';

/**
 * A document's blocks, whatever the document is: HTML (by `format`, or by how it starts with `auto`) read one
 * block-level element a block, with layout `html`; Markdown (by `format`, or with `auto` by its links or an opening heading) read as the
 * HTML it renders to; text split in the layout detected for it. The cleaner, batch
 * mode's template learning and the evaluation's reference methods all see a document through this one function.
 * An HTML document's blocks come with their place in its markup (`markup`, one entry a block).
 */
export function documentBlocks(text: string, format: DocumentFormat = 'auto', options: ReadHtmlOptions = {}): DocumentBlocks {
  checkString('documentBlocks', 'text', text);
  checkDocumentFormat('documentBlocks', format);
  checkReadHtmlOptions('documentBlocks', options);
  const html = htmlToRead(text, format);
  if (html !== undefined) {
    const {lines, page} = readHtmlPage(html, options);
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
  const html = htmlToRead(text, format);
  if (html !== undefined) {
    const {lines, page} = readHtmlPage(html, options);
    const {texts} = splitBlockTexts(lines, 'lines', new TextArena());
    return {layout: 'html', texts, ...page};
  }
  return splitBlockTexts(normalizeNewlines(text), undefined, new TextArena());
}

/**
 * The HTML to read a document as, undefined to read it as text: the document itself where it is HTML (as the format
 * says, or with `auto` by how it starts), the page it renders to where it is Markdown (as the format says, or with
 * `auto` by its links or an opening heading). A document that only looks like Markdown and cannot be read as it (too large, nested too
 * deeply) is text; one said to be Markdown that cannot is an `InputError`.
 */
function htmlToRead(text: string, format: DocumentFormat): string | undefined {
  if (format === 'html') return text;
  if (format === 'markdown') {
    if (text.length > MAX_MARKDOWN_CHARS) {
      const mib = MAX_MARKDOWN_CHARS / 1024 / 1024;
      throw new InputError(`Markdown over ${mib} MiB is not read as Markdown: read it as text (--input-format text)`, 'too-large');
    }
    return markdownAsHtml(text);
  }
  if (format !== 'auto') return undefined;
  if (looksLikeHtml(text)) return text;
  if (text.length > MAX_MARKDOWN_CHARS || !looksLikeMarkdown(text)) return undefined;
  try {
    return markdownAsHtml(text);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * An HTML page's visible text, one block a line (every line trimmed, with no line break inside), and what the reader
 * found beside it.
 */
function readHtmlPage(text: string, options: ReadHtmlOptions): {lines: string; page: Omit<DocumentBlocks, 'layout' | 'blocks'>} {
  const {lines, markup, tree, head, shownText, preformatted, shapes, baseUrl} = readHtml(text, options);
  const page = {markup, tree, head, shownText, ...(preformatted ? {preformatted} : {}), ...(shapes ? {shapes} : {}), ...(baseUrl ? {baseUrl} : {})};
  return {lines: lines.join('\n'), page};
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
  /** For HTML: the blocks whose words as a reader sees them differ from their text, by block index (`ShownText`). */
  shownText?: ReadonlyMap<number, string>;
  /** The blocks laid out in lines their text does not keep (an HTML page's `<pre>`, a text's indented lines), in order. */
  preformatted?: PreformattedText[];
  /** For HTML read with `structure`: each block's kind, containers and inline marks, in block order. */
  shapes?: BlockShape[];
  /** For HTML read with `structure`: the URL its relative links are read against, when the page names one. */
  baseUrl?: string;
}
