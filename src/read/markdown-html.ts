import {createRequire} from 'node:module';
import type MarkdownIt from 'markdown-it';
import {InputError} from './decode.js';
import {SNIFF_CHARS} from './html.js';

// A Markdown link or image to an address, perhaps with a title: `[text](https://…)`, `[text](/path "Title")`, `![alt](…)`.
const MARKDOWN_LINK = /\[[^\]\n]{0,200}\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*(?:\s+"[^"\n]{0,200}")?\)/;
// How many lines with one make a text Markdown: a page a scraper wrote as Markdown has its menus' links, dozens of
// them; text scraped as text has none, or a few that a page quoted.
const MARKDOWN_LINK_LINES = 10;

// A text that opens with a Markdown heading, as a scraper that writes Markdown opens the page it names (no page of the
// corpora's text renderings opens so): `# Title`, at most three spaces before it (four make code), a letter in it, and a
// blank line or the end after it; front matter may come first. A comment line over the next (`# set the path`), an
// editor's mode line (`# -*- coding: utf-8 -*-`) or a number (`# 1`) is no such heading.
const OPENING_HEADING = /^(?:[ \t]*\r?\n)*[ \t]{0,3}#{1,6}[ \t]+(?![^\n]*-\*-)[^\n]*\p{L}[^\n]*\n[ \t]*(?:\r?\n|$)/u;
const OPENING_CHARS = 4096;

/** The text after its front matter (YAML or TOML), if it opens with one. */
function afterFrontMatter(text: string): string {
  const front = YAML_FRONT_MATTER.exec(text) ?? TOML_FRONT_MATTER.exec(text);
  return front ? text.slice(front[0].length) : text;
}

/**
 * Does this text read as Markdown, as scrapers that write Markdown give a page? Decided on its first kilobytes: an
 * opening heading (`# Title` over a blank line), or ten lines or more that hold a Markdown link or image to an address.
 * Markdown without either reads as well as text.
 */
export function looksLikeMarkdown(text: string): boolean {
  const opening = text.slice(0, OPENING_CHARS).replace(/^\uFEFF/, '');
  if (opening.includes('#') && OPENING_HEADING.test(afterFrontMatter(opening))) return true;
  return hasMarkdownLinkLines(text);
}

/**
 * Has this text, in its first kilobytes, ten lines or more that hold a Markdown link or image to an address? The
 * stronger of `looksLikeMarkdown`'s two signs: a file named as text is read as Markdown by it alone.
 */
export function hasMarkdownLinkLines(text: string): boolean {
  const start = text.slice(0, SNIFF_CHARS);
  // Most texts have no "](" at all: they pay for this search alone.
  if (!start.includes('](')) return false;
  let lines = 0;
  for (const line of start.split('\n')) if (line.includes('](') && MARKDOWN_LINK.test(line) && ++lines >= MARKDOWN_LINK_LINES) return true;
  return false;
}

interface Libraries {
  markdown: InstanceType<typeof MarkdownIt>;
  parseYaml: typeof import('yaml').parse;
}
let libraries: Libraries | undefined;

/**
 * markdown-it and yaml, loaded on the first Markdown document (the CommonJS builds, by require): text and HTML never
 * load them. markdown-it with HTML passed through, GFM's tables and strikethrough (its defaults) and bare addresses
 * made links (`linkify`, as GFM's autolinks), each link a link to the HTML scorer.
 */
function markdownLibraries(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    const Renderer = require('markdown-it') as typeof MarkdownIt;
    // No nesting limit: past its default of 100 levels markdown-it drops what lies deeper, and no text may be lost.
    const markdown = new Renderer({html: true, linkify: true, maxNesting: Number.POSITIVE_INFINITY});
    // Every address stands: markdown-it leaves a link or image to a `data:` or `javascript:` address as its Markdown
    // text, for browsers' sake, and that text would reach the page; the reader makes nothing of such addresses.
    markdown.validateLink = () => true;
    markdown.renderer.rules.html_inline = (tokens, index) => htmlRendered(tokens, index, markdown, true);
    markdown.renderer.rules.html_block = (tokens, index) => htmlRendered(tokens, index, markdown, false);
    libraries = {markdown, parseYaml: (require('yaml') as typeof import('yaml')).parse};
  }
  return libraries;
}

/**
 * The most Markdown read as Markdown: larger documents are rarer than the time a parser may take on a pathological one
 * is worth. A larger document that only looks like Markdown is read as text; one said to be Markdown is refused
 * (`document.ts`).
 */
export const MAX_MARKDOWN_CHARS = 4 * 1024 * 1024;

// Front matter: YAML between `---` lines (closed by `---` or `...`), or TOML between `+++` lines, at the very start.
const YAML_FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TOML_FRONT_MATTER = /^\+\+\+[ \t]*\r?\n[\s\S]*?\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown document as the HTML page it renders to, which declutter then reads as it reads any page: its headings,
 * lists, tables, code and links become the markup the HTML scorer reads (a menu of links is link text, as on the
 * page it was converted from), and its text is what a reader of the rendered page sees, the syntax gone. Rendered by
 * markdown-it (CommonMark, with GFM's tables, strikethrough and autolinks); HTML written inside the Markdown passes
 * through as HTML. Front matter is no text of the page: TOML, and YAML that is a mapping of fields, whose `title`
 * becomes the page's `<title>`, as the head of a page states one. A document that opens with a `---` rule over
 * paragraphs that are no such mapping keeps them as text. Markup nested thousands deep is an `InputError`.
 */
export function markdownAsHtml(markdown: string): string {
  const {markdown: renderer} = markdownLibraries();
  let body = markdown;
  let title: string | undefined;
  const yaml = YAML_FRONT_MATTER.exec(markdown);
  const fields = yaml ? yamlFields(yaml[1]!) : undefined;
  if (yaml && fields) {
    body = markdown.slice(yaml[0].length);
    title = stringField(fields, 'title');
  } else {
    const toml = TOML_FRONT_MATTER.exec(markdown);
    if (toml) body = markdown.slice(toml[0].length);
  }
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  let html: string;
  try {
    html = renderer.render(body);
  } catch (error) {
    // It recurses a level of nesting at a time: markup thousands deep runs out of stack.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError('Markdown nested too deeply to read (quotes, lists or brackets thousands deep)', 'format');
    }
    throw error;
  }
  return `<!DOCTYPE html><html><head>${head}</head><body>${html}</body></html>`;
}

/** A YAML front matter's fields, where it is a mapping of them; undefined for other YAML, or text that is not YAML. */
function yamlFields(yaml: string): Record<string, unknown> | undefined {
  try {
    const fields: unknown = markdownLibraries().parseYaml(yaml);
    return fields && typeof fields === 'object' && !Array.isArray(fields) ? (fields as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function stringField(fields: Record<string, unknown>, name: string): string | undefined {
  const value = fields[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

// An opening tag of an element whose content browsers read as raw text, to its closing tag or (`<plaintext>`, which
// nothing closes) to the end of the page; or a comment, whose tags are none.
const RAW_TEXT_OPEN = /<!--|<(script|style|title|textarea|xmp|iframe|noembed|noframes|noscript|plaintext)(?=[\s/>]|$)/gi;

type HtmlTokens = readonly {type: string; content: string}[];

/**
 * Where in this HTML an element whose content is raw text opens and is not closed, here or in a later token of the
 * same list (a block the Markdown's blank lines split, a tag closed later in its paragraph): -1 where none is. Such a
 * tag in prose ("use the <script> tag to load it") would hide the rest of the page from the reader, to the end.
 */
function unclosedRawText(html: string, tokens: HtmlTokens, index: number): number {
  if (!html.includes('<')) return -1;
  const lower = html.toLowerCase();
  RAW_TEXT_OPEN.lastIndex = 0;
  for (let match = RAW_TEXT_OPEN.exec(html); match; match = RAW_TEXT_OPEN.exec(html)) {
    if (match[0] === '<!--') {
      const end = lower.indexOf('-->', match.index + 4);
      if (end < 0) return -1;
      RAW_TEXT_OPEN.lastIndex = end + 3;
      continue;
    }
    const name = match[1]!.toLowerCase();
    if (name === 'plaintext') return match.index;
    const close = lower.indexOf(`</${name}`, match.index + match[0].length);
    if (close >= 0) {
      RAW_TEXT_OPEN.lastIndex = close + name.length + 2;
      continue;
    }
    const later = tokens.slice(index + 1).some((token) => token.content.toLowerCase().includes(`</${name}`));
    return later ? -1 : match.index;
  }
  return -1;
}

// How many blocks after unclosed raw-text tags are read again as Markdown, one inside the other.
const MAX_REREADS = 8;
let rereadDepth = 0;

/**
 * HTML written in the Markdown, as HTML, up to a raw-text element it opens and never closes (`unclosedRawText`): that
 * tag is written as text, and what follows it in the block is read again as Markdown, its structure kept.
 */
function htmlRendered(tokens: HtmlTokens, index: number, renderer: InstanceType<typeof MarkdownIt>, inline: boolean): string {
  const html = tokens[index]!.content;
  const at = unclosedRawText(html, tokens, index);
  if (at < 0) return html;
  const tagEnd = html.indexOf('>', at);
  const tag = html.slice(at, tagEnd < 0 ? html.length : tagEnd + 1);
  const rest = html.slice(at + tag.length);
  // Past a few such tags in one document, what follows each is written as text: read again as Markdown, each would
  // read the rest of the document again, one level deeper (thousands of them ran out of stack, in quadratic time).
  if (inline || rereadDepth >= MAX_REREADS) return html.slice(0, at) + escapeHtml(tag) + escapeHtml(rest);
  // The tag as Markdown's escaped text (`\<style>`), so that it stays in the paragraph it opens.
  rereadDepth++;
  try {
    return html.slice(0, at) + renderer.render(`\\${tag}${rest}`);
  } finally {
    rereadDepth--;
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
