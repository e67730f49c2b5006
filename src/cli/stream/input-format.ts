import {hasHtmlTag, looksLikeHtml} from '../../read/html.js';
import {hasMarkdownLinkLines} from '../../read/markdown-html.js';
import type {DocumentFormat} from '../../types.js';

/**
 * How an input is read: one document (text, HTML or Markdown), or a stream of records (JSON lines; WARC files, whose
 * WET conversion records and HTML response records hold pages). With `auto` a document is HTML when its name says so
 * (`.html`, `.htm`, `.xhtml`, each also `.gz`) or its content does (the library's `format: 'auto'`), and Markdown when
 * its name says so (`.md`, `.markdown`, each also `.gz`) or its content does (ten lines of links, or an opening
 * heading where the name does not say text: `looksLikeMarkdown`). `wet` and `warc` are read alike.
 */
export const INPUT_FORMATS = ['auto', 'text', 'html', 'markdown', 'jsonl', 'wet', 'warc'] as const;
export type InputFormatChoice = (typeof INPUT_FORMATS)[number];
export type InputFormat = Exclude<InputFormatChoice, 'auto'>;

// Names are matched case-insensitively; `.gz` is unwrapped by the reader whatever the name says.
const BY_SUFFIX: ReadonlyArray<[suffix: string, format: InputFormat]> = [
  ['.jsonl', 'jsonl'],
  ['.jsonl.gz', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.ndjson.gz', 'jsonl'],
  ['.wet', 'wet'],
  ['.wet.gz', 'wet'],
  ['.warc.wet', 'wet'],
  ['.warc.wet.gz', 'wet'],
  ['.warc', 'warc'],
  ['.warc.gz', 'warc'],
  ['.html', 'html'],
  ['.html.gz', 'html'],
  ['.htm', 'html'],
  ['.htm.gz', 'html'],
  ['.xhtml', 'html'],
  ['.xhtml.gz', 'html'],
  ['.md', 'markdown'],
  ['.md.gz', 'markdown'],
  ['.markdown', 'markdown'],
  ['.markdown.gz', 'markdown'],
];

/** Is this format one document (rather than a stream of records)? */
export function isDocument(format: InputFormat): format is 'text' | 'html' | 'markdown' {
  return format === 'text' || format === 'html' || format === 'markdown';
}

/** The format a file's name says: a record stream, HTML, Markdown, or nothing (text, or anything else). */
export function formatByName(input: string): InputFormat | undefined {
  const name = input.toLowerCase();
  return BY_SUFFIX.find(([suffix]) => name.endsWith(suffix))?.[1];
}

/**
 * The format to read an input in: the one asked for, or with `auto` the one its name says, and otherwise (and for
 * stdin) `text`: one document, which the library reads as HTML if its content reads as HTML.
 */
export function inputFormatOf(input: string, choice: InputFormatChoice): InputFormat {
  if (choice !== 'auto') return choice;
  return formatByName(input) ?? 'text';
}

/**
 * The library's format for a document: the one asked for (`declared`, from --input-format text, html or markdown),
 * else Markdown for a file named as Markdown (HTML where it starts as a page does), else HTML for a file named as HTML
 * that has a tag of HTML's (a saved fragment, `<div><p>…</p></div>`), else for a file named as text (`.txt`, `.text`)
 * text unless its start reads as a page or its links as Markdown, else undefined (auto: by content alone).
 */
export function documentFormatFor(input: string, declared: DocumentFormat | undefined, text: string): DocumentFormat | undefined {
  if (declared) return declared;
  const named = formatByName(input);
  // A whole page saved under a Markdown name is HTML, as its start says; Markdown holds HTML only within it.
  if (named === 'markdown') return looksLikeHtml(text) ? 'html' : 'markdown';
  if (named === 'html') return hasHtmlTag(text) ? 'html' : undefined;
  // A text file that opens with `# Heading` (notes, a README kept as text) is not read as Markdown for that alone:
  // Markdown would render its `2*3*4` as emphasis and drop its `<b>`. A scraper's Markdown has its menus' links.
  // With the links, content decides as for any other name (auto): Markdown that cannot be read as such stays text.
  if (isNamedText(input) && !looksLikeHtml(text) && !hasMarkdownLinkLines(text)) return 'text';
  return undefined;
}

function isNamedText(input: string): boolean {
  return /\.(?:txt|text)(?:\.gz)?$/i.test(input);
}
