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

export const BOILERPLATE_LABELS = Object.freeze([
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
] as const satisfies readonly Label[]);

export type BoilerplateLabel = (typeof BOILERPLATE_LABELS)[number];

/**
 * How the scraper laid the text out, detected per document: one block a line, blocks between blank lines, or
 * hard-wrapped paragraphs; `html` for an HTML document, read one block-level element a block.
 */
export type Layout = 'lines' | 'paragraphs' | 'wrapped' | 'html';

/**
 * What a document is (the library's `format` option): `auto` reads a document that starts as HTML does as HTML, one
 * with ten lines or more of Markdown links as Markdown, anything else as text; `markdown` reads Markdown as the HTML
 * page it renders to (its layout is then `html`). The CLI's `--input-format` adds record streams (JSONL, WARC) on top.
 */
export type DocumentFormat = 'auto' | 'text' | 'html' | 'markdown';

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
  /**
   * The page's title. For text, the title block's words (`titleBlock`). For HTML, chosen from all the evidence: the
   * block the title rules name (the block saying a title the head states, the first `<h1>`, the title scorer's pick)
   * and the head's titles (og:title, JSON-LD's headline, microdata's, twitter:title, a meta name's, `<title>`), each
   * without the site's name (docs/learning.md, Titles); it may be a string of the page's head that no block says.
   * Null where the evidence names none.
   */
  title: string | null;
  /**
   * The index in `blocks` of the block printed as the title line (label `title`): the first kept block, where it says
   * the page's title; null for none. Printers of blocks (text, Markdown) print this block, never a title of the head.
   */
  titleBlock: number | null;
  /**
   * The kept blocks but the title block, a blank line between blocks, those laid out in lines of their own (an HTML
   * page's `<pre>`, `preformatted`) as the input lays them out, without the soft hyphens and zero-width spaces no reader
   * sees: as the text format prints them. For a document `declutter` returns, joined when
   * read from the blocks as they are then (a block whose `kept` a caller changed is in or out of it), unless set.
   */
  body: string;
  blocks: ScoredBlock[];
  layout: Layout;
  /** ISO 639-3 code of the detected language, or `und`. */
  language: string;
  /** The score at and above which this page's blocks were kept, before the context rules (see docs/learning.md). */
  threshold: number;
  /**
   * What the page says about itself (title, authors, dates, site, canonical URL...): from an HTML page's markup, and
   * from the bylines and datelines of any document. Worked out on first read.
   */
  readonly metadata: PageMetadata;
  /**
   * With the `structure` option, for HTML: each block's kind, containers and inline marks (same order as `blocks`),
   * and the URL relative links are read against. What `toMarkdown` and `toMdast` write headings, lists, tables and
   * links from.
   */
  structure?: DocumentStructure;
  /** With the `comments` option: the page's comment thread, each comment block's text, in order (none: empty). */
  comments?: string[];
  /**
   * The blocks whose lines the input lays out in a way their `text` (as the scorer reads it) does not keep, in order:
   * an HTML page's blocks in a `<pre>` (code, a terminal transcript), whose text has its white space collapsed, and a text's
   * paragraphs whose lines are indented differently, whose text has each line trimmed. `body` and the text format
   * print them so. Absent where there are none.
   */
  preformatted?: PreformattedText[];
}

/** A block as the input lays it out: its line breaks and its lines' indentation. */
export interface PreformattedText {
  /** The block's index in `blocks`. */
  block: number;
  /**
   * The block's lines. For HTML, the text of the `<pre>` as the page has it, blank lines before it and white space at
   * its end cut: the text format prints the blocks of one `<pre>` together, without blank lines and without the
   * indentation their lines all share (`bodyParagraphs`). For text, the paragraph's lines without the indentation
   * they all share, as printed.
   */
  text: string;
  /**
   * For HTML: the `<pre>` it lies in, by its index among the page's elements. A `<pre>` whose lines are elements of
   * their own (a highlighter's `<div>` a line) is several blocks, printed together.
   */
  pre?: number;
}

/**
 * Which blocks repeat across many pages of one site (menus, footers, newsletter prompts): `learnTemplates` builds one
 * from a site's pages, and `declutter`'s `templates` option takes it (rule `site-template`).
 */
export interface SiteTemplates {
  /** `index` is the block's place in the document, for callers that split the page before (batch mode). */
  isTemplate(blockText: string, index: number): boolean;
}

/** A block while the page-structure stage and the context rules work on it: kept or not, and why. */
export interface Verdict {
  kept: boolean;
  label: Label;
  score: number;
  reasons: string[];
}

/** A stage's column: its name, which a model lists, and its value for block `i` of what the stage reads of a page. */
export interface Column<Page> {
  name: string;
  value: (page: Page, i: number) => number;
}

/**
 * A page's metadata: what it says about itself. A field the page does not state is `null` (or an empty list): no
 * value is guessed.
 */
export interface PageMetadata {
  title: string | null;
  /** The authors' names, as the page gives them, in its order. */
  author: string[];
  /** When the page was published: ISO 8601 (a date, or a date and time as precise as the page states it). */
  date: string | null;
  /** When it was last changed, as `date`. */
  modified: string | null;
  siteName: string | null;
  description: string | null;
  /** The canonical URL (made absolute against the document's own address where the page gives a relative one). */
  url: string | null;
  /** The page's lead image (a URL as the page gives it, made absolute as `url` is). */
  image: string | null;
  /** The language the page declares (a BCP 47 tag such as `en` or `de-DE`). */
  language: string | null;
  /** Keywords, tags and sections the page names. */
  tags: string[];
}

/** An HTML document's structure beside its blocks. */
export interface DocumentStructure {
  shapes: BlockShape[];
  baseUrl?: string;
}

/**
 * What a block of an HTML page is beyond its words, kept for printers that write structure (Markdown): its kind, the
 * elements that hold it (lists, quotes, tables) and its inline markup, as offsets into the block's text. The reader
 * records it only when asked (`readHtml(html, {structure: true})`), so cleaning to plain text does not pay for it.
 */
export interface BlockShape {
  /** `code` for text in a `<pre>`, `heading` in `<h1>` to `<h6>`, else `paragraph`. */
  kind: 'paragraph' | 'heading' | 'code';
  /** The heading's level, 1 to 6; 0 for other kinds. */
  level: number;
  /** The elements holding the block that Markdown writes as containers, outermost first. */
  containers: readonly BlockContainer[];
  /** For `code`: the block's text as the page has it, indentation and line breaks kept. */
  code?: string;
  /** For `code`: the `<pre>` element it lies in, so that a `<pre>` split into several blocks is joined back. */
  pre?: number;
  /** For `code`: the language its `<pre>` or `<code>` names (`class="language-js"`, `data-lang`), where one does. */
  language?: string;
  /** Inline markup over the block's text, outer marks before the marks inside them. */
  marks: readonly InlineMark[];
  /** The block follows the block before it after one `<br>`, with no other element boundary between. */
  afterBreak: boolean;
  /**
   * Where the block's text lies in the page's markup, `html.slice(source.start, source.end)`: from its line's first
   * text (white space before its words too) to the end of its last words.
   */
  source: {start: number; end: number};
}

/** A list, list item, block quote or table part holding a block; `id` tells one element from another. */
export interface BlockContainer {
  kind: 'list' | 'item' | 'quote' | 'table' | 'row' | 'cell';
  id: number;
  /** For a list: `<ol>` rather than `<ul>`, and the number its first item takes. */
  ordered?: boolean;
  start?: number;
  /** For a table cell in a row: its column, from 0, the cells before it counted with their `colspan`. */
  column?: number;
  /** For a list item in a list: its place, from 0. */
  index?: number;
}

/**
 * A span of a block's text in a link, emphasis, strong, inline code or superscript (`<sup>`); an image sits at an
 * offset (`start === end`).
 */
export interface InlineMark {
  kind: 'link' | 'emphasis' | 'strong' | 'code' | 'superscript' | 'image';
  start: number;
  end: number;
  /** A link's href or an image's src, as the page writes it (made absolute against `HtmlReading.baseUrl` by printers). */
  url?: string;
  /** An image's alternative text. */
  alt?: string;
  /** An image of the lines before the block that hold no text (a `<figure>` above it), which goes with the block. */
  before?: boolean;
}
