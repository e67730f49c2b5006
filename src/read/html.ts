import {createRequire} from 'node:module';
import {ElementTreeBuilder, type ElementTree} from './element-tree.js';
import {asBrowsersRead} from './as-browsers-read.js';
import {boundDepth, type DepthBoundedParserClass} from './bounded-depth-parser.js';
import type {BlockShape, PreformattedText} from '../types.js';
import {isPermalink} from './heading-permalinks.js';
import {isLineNumberGutter, isLineNumbers} from './line-number-gutters.js';
import {elementContexts, headingLevel, inCode, nestedContexts, type BlockMarkup} from './markup.js';
import {PageHeadCollector, type PageHead} from './page-head.js';
import {ShapeRecorder} from './shape-recorder.js';
import {ShownText} from './shown-text.js';
import {PreformattedLines} from './preformatted.js';
import {moveRange, TableCaptions} from './table-captions.js';
import {resolveUrl} from '../urls.js';
import {checkOptions, checkString} from '../arguments.js';

/**
 * HTML to text the way scrapers render a page as text: one block-level element a line (the habit of Common Crawl's
 * WET files, html-text and BeautifulSoup's get_text, and of the corpus's `blocks` rendering, which the scorer learned
 * from). Only what a reader sees is kept: no scripts, styles or title; entities decoded; white space collapsed.
 */

// Elements a browser lays out as blocks: their start and end, and a <br>, end the line.
const BREAKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Elements whose content no reader sees as text: code, styling, the title in the tab, embedded documents, form
// option lists. Not <head> itself: pages may leave it unclosed (the HTML standard lets the body's first tag close
// it), and what it holds that has text (title, style, script) is here; meta, link and base hold none.
export const UNSEEN: ReadonlySet<string> = new Set([
  'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'datalist',
]);

// The same for a browser without scripts, which shows `<noscript>`'s content.
const UNSEEN_WITHOUT_SCRIPTS: ReadonlySet<string> = new Set([...UNSEEN].filter((name) => name !== 'noscript'));

// A page whose `<noscript>` holds more text than the rest of it, and more than a notice that the page needs scripts
// ("You need to enable JavaScript to run this app.", in a language or several), is an application that writes its
// content with scripts and gives readers without them the content there (a forum's posts): it is read as such a reader
// sees it, as a text browser does. Characters of text, each piece trimmed; the corpora's such pages hold 2,000 or more.
const SCRIPTLESS_MIN_CHARS = 1000;

// What may come before a page's first tag: white space, comments, an XML declaration (XHTML). A comment ends at its
// first "-->": a lazy [\s\S]*? could also end at a later one, and a text of many comments and no tag would then try
// every way of grouping them (exponential).
const PREAMBLE = String.raw`^(?:\s|<!--(?:(?!-->)[\s\S])*-->|<\?xml[^>]*>)*`;
// A doctype of any spelling (`<!DOCTYPE doctype PUBLIC ...`, an XHTML one), or a tag that only whole pages start with.
const PAGE_START = new RegExp(`${PREAMBLE}<(?:!doctype[\\s>]|(?:html|head|body|meta|title|link|base|script|style|noscript)[\\s>/])`, 'i');
// A tag that a page may start with but a text may too (a README's centred logo, a bold "Note:", a PHP warning's
// <br /> above a page): HTML only when the page's own markers follow.
const FRAGMENT_START = new RegExp(`${PREAMBLE}<(?:div|p|span|a|b|br|center|img|article|section|main|header|nav|form|table|ul|h[1-6])[\\s>/]`, 'i');
const PAGE_MARKER = /<(?:!doctype[\s>]|html[\s>]|head[\s>]|body[\s>])/i;
// How much of a document the decision reads: long comments, and PHP warnings above a page, run to kilobytes. A text
// costs one failed match at its first character. Markdown sniffing reads as much.
export const SNIFF_CHARS = 65536;

// Markup wherever it starts (stray text such as `<font=comic sans>` above a page, a page that opens with a <table>):
// a tag within the first MAX_LEAD characters, with no paragraph break before it, and from it on, in MARKUP_CHARS, at
// least MIN_TAGS tags of HTML's own elements, and markup (tags, comments, scripts and styles, entities) at least
// MARKUP_SHARE of the characters that are not white space. A text that mentions a tag (a tutorial, a README's logo)
// has a few among much more prose, or shows its markup after paragraphs of prose; a page's first kilobytes are mostly
// markup.
const MAX_LEAD = 512;
const MARKUP_CHARS = 16384;
const MIN_TAGS = 8;
const MARKUP_SHARE = 0.5;
const ANY_TAG = /<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?(?:\/?>|$)/gi;
const HTML_TAG = new RegExp(
  '^</?(?:a|abbr|article|aside|b|big|blockquote|body|br|button|center|code|dd|div|dl|dt|em|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|noscript|ol|option|p|pre|script|section|select|small|span|strong|style|sub|sup|table|tbody|td|th|thead|title|tr|tt|u|ul)[\\s/>]',
  'i',
);
// What a reader never sees as text, a window's end standing for a close it cuts off.
const UNSEEN_MARKUP = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/**
 * Does this text read as an HTML document (rather than text that mentions a tag)? Decided on its first kilobytes, as
 * browsers and `file` do: a doctype or a page's own tag at the start, a common tag with the page's markers after it,
 * or markup that is mostly tags wherever it starts.
 */
export function looksLikeHtml(text: string): boolean {
  checkString('looksLikeHtml', 'text', text);
  const start = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  return PAGE_START.test(start) || (FRAGMENT_START.test(start) && PAGE_MARKER.test(start)) || mostlyMarkup(start);
}

function mostlyMarkup(start: string): boolean {
  const first = new RegExp(ANY_TAG.source, 'i').exec(start.slice(0, MAX_LEAD + 1024));
  if (!first || first.index > MAX_LEAD || PARAGRAPH_BREAK.test(start.slice(0, first.index))) return false;
  const head = start.slice(first.index, first.index + MARKUP_CHARS);
  let tags = 0;
  const prose = head
    .replace(UNSEEN_MARKUP, ' ')
    .replace(ANY_TAG, (tag) => {
      if (HTML_TAG.test(tag)) tags++;
      return ' ';
    })
    .replace(ENTITY, ' ');
  const visible = (text: string) => text.replace(/\s+/g, '').length;
  return tags >= MIN_TAGS && visible(prose) <= (1 - MARKUP_SHARE) * visible(head);
}

/**
 * Does the text have any tag of HTML's own elements in its first kilobytes? Enough, for a file whose name says HTML,
 * to read it as HTML; a file so named that holds plain text stays text, its lines kept.
 */
export function hasHtmlTag(text: string): boolean {
  for (const match of text.slice(0, SNIFF_CHARS).matchAll(ANY_TAG)) if (HTML_TAG.test(match[0])) return true;
  return false;
}

/** The visible text of an HTML document, one block-level element a line. */
export function htmlToLines(html: string): string {
  checkString('htmlToLines', 'html', html);
  return readHtml(html).lines.join('\n');
}

/** An HTML page read for the scorer: its visible lines, and where each sits in the markup (same order, same length). */
export interface HtmlReading {
  lines: string[];
  markup: BlockMarkup[];
  /** The page's elements; each line's `markup.element` is the innermost one its text lies in. */
  tree: ElementTree;
  /** What the page says about itself (meta tags, JSON-LD...), raw: `pageMetadata` reads it. */
  head: PageHead;
  /**
   * The lines whose words as a reader sees them differ from their text, by line index: without what hidden elements
   * and buttons inside them say (`ShownText`). The page's title is read from them.
   */
  shownText: ReadonlyMap<number, string>;
  /** Whether the page was read as a browser without scripts shows it, `<noscript>`'s content too. */
  withoutScripts: boolean;
  /** The lines in a `<pre>`, in order: their text as the page lays it out, and the `<pre>` they lie in. */
  preformatted?: PreformattedText[];
  /** With `structure`: each line's kind, containers and inline marks (same order, same length). */
  shapes?: BlockShape[];
  /** With `structure`: the URL the page's relative links are read against, its `<base href>` or canonical URL. */
  baseUrl?: string;
}

export interface ReadHtmlOptions {
  /** Record each line's `BlockShape` as well, for printers that write structure (Markdown). */
  structure?: boolean | undefined;
  /** The page's own URL, where known (a crawl record's): what its relative links are read against before all else. */
  url?: string | undefined;
  /**
   * Read the page as a browser without scripts shows it: `<noscript>`'s content too. Unset, a page is read so where
   * its `<noscript>` holds more text than the rest of it and more than a notice (an application that writes its
   * content with scripts: a forum's posts).
   */
  withoutScripts?: boolean | undefined;
}

/** `readHtml`'s options, checked for it and for `documentBlocks`, which passes them on. */
export function checkReadHtmlOptions(fn: string, options: unknown): void {
  checkOptions(fn, options, {booleans: ['structure', 'withoutScripts'], strings: ['url']});
}

/** The visible lines of an HTML document, one block-level element a line, each with its place in the markup. */
export function readHtml(html: string, options: ReadHtmlOptions = {}): HtmlReading {
  checkString('readHtml', 'html', html);
  checkReadHtmlOptions('readHtml', options);
  const lines: string[] = [];
  const markup: BlockMarkup[] = [];
  let line = '';
  const unseenTags = options.withoutScripts ? UNSEEN_WITHOUT_SCRIPTS : UNSEEN;
  let unseen = 0;
  // Text inside `<noscript>` and nothing else unseen: what a browser without scripts would show besides. Counted
  // only where the options leave the choice to the page.
  const weighNoscript = options.withoutScripts === undefined;
  let noscripts = 0;
  let noscriptChars = 0;
  let visibleChars = 0;
  // Contexts of the open elements, innermost last: each holds its own and all its ancestors'. Likewise the level of
  // the innermost heading each lies in.
  const open: number[] = [0];
  const headings: number[] = [0];
  // The depth of the open elements at which a code block's line-number gutter is open (-1 for none).
  let gutterAt = -1;
  // The depth of the open elements at which a heading's permalink is open (-1 for none): its sign is not read.
  let permalinkAt = -1;
  const named = new Map<string, number>();
  const elements = new ElementTreeBuilder();
  const head = new PageHeadCollector();
  let lineElement = elements.current;
  let links = 0;
  let lineContexts = 0;
  let lineHeading = 0;
  let visible = 0;
  let linked = 0;
  const shapes = options.structure ? new ShapeRecorder() : undefined;
  const captions = new TableCaptions();
  const shown = new ShownText();
  const preformatted = new PreformattedLines();
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) {
      lines.push(text);
      markup.push({linkShare: visible ? linked / visible : 0, contexts: lineContexts, heading: lineHeading, element: lineElement});
    }
    shown.lineEnd(line, text, lines.length - 1);
    preformatted.lineEnd(line, text !== '');
    shapes?.lineEnd(line, text || null);
    line = '';
    lineContexts = 0;
    lineHeading = 0;
    visible = 0;
    linked = 0;
  };
  const source = asBrowsersRead(html);
  const parser = new (loadParser())(
    {
      onopentag(name, attributes) {
        elements.enter(name, attributes.class);
        shapes?.open(name, attributes, unseen === 0 && !unseenTags.has(name));
        // An element the depth bound opens again (see bounded-depth-parser.ts) is in the tree, not a start in the
        // page, where it is still open: its contexts, what it hides or links, hold on from where the page opens it.
        if (parser.movedByBound) return;
        preformatted.open(name, elements.current);
        head.open(name, attributes);
        const own = elementContexts(name, attributes, named);
        open.push(nestedContexts(open[open.length - 1]!, own));
        headings.push(headingLevel(name) || headings[headings.length - 1]!);
        shown.open(name, own, open.length);
        // A gutter is a code table's cell, or lies in the code (a number in each line): no other element is asked.
        if (gutterAt < 0 && (name === 'td' || inCode(open[open.length - 1]!)) && isLineNumberGutter(name, attributes)) gutterAt = open.length;
        if (name === 'a') {
          links++;
          if (permalinkAt < 0 && isPermalink(attributes, headings[headings.length - 1]! > 0, source, parser.endIndex + 1)) permalinkAt = open.length;
        }
        if (weighNoscript && name === 'noscript' && unseen === noscripts) noscripts++;
        if (unseenTags.has(name)) unseen++;
        else if (unseen === 0 && BREAKS.has(name)) {
          shapes?.boundary(name, false);
          endLine();
        }
        if (unseen === 0 && (name === 'table' || name === 'caption')) captions.open(name, lines.length);
      },
      ontext(text) {
        head.text(text);
        if (unseen !== 0) {
          if (unseen === noscripts) noscriptChars += text.trim().length;
          return;
        }
        // A code block's line numbers are not read: they are neither the code nor the article.
        if (gutterAt >= 0 && isLineNumbers(text)) return;
        if (permalinkAt >= 0) return;
        shown.text(line.length, text.length);
        line += text;
        shapes?.text(text, parser.startIndex, parser.endIndex + 1);
        const chars = text.trim().length;
        if (chars === 0) return;
        visible += chars;
        visibleChars += chars;
        preformatted.text();
        if (links > 0) linked += chars;
        if (visible === chars) lineElement = elements.current;
        lineContexts |= open[open.length - 1]!;
        lineHeading ||= headings[headings.length - 1]!;
      },
      onclosetag(name) {
        // htmlparser2 closes every element it opened, implied or not, innermost first.
        elements.leave();
        shapes?.close();
        // An element the depth bound closes early leaves the tree, not the page, where it is still open.
        if (parser.movedByBound) return;
        preformatted.close(name);
        head.close();
        if (open.length === permalinkAt) permalinkAt = -1;
        if (open.length === gutterAt) gutterAt = -1;
        shown.close(open.length);
        if (open.length > 1) {
          open.pop();
          headings.pop();
        }
        if (name === 'a') links = Math.max(0, links - 1);
        if (weighNoscript && name === 'noscript' && noscripts > 0 && unseen === noscripts) noscripts--;
        if (unseenTags.has(name)) unseen = Math.max(0, unseen - 1);
        else if (unseen === 0 && BREAKS.has(name)) {
          shapes?.boundary(name, true);
          endLine();
        }
        // A caption read after its table's first lines goes before them, where browsers show it.
        const caption = unseen === 0 && (name === 'table' || name === 'caption') ? captions.close(name, lines.length) : undefined;
        if (caption) {
          for (const list of [lines, markup, preformatted.lines, shapes?.shapes ?? []] as unknown[][]) moveRange(list, caption.from, caption.to, caption.at);
          shown.moved(caption.from, caption.to, caption.at);
        }
      },
    },
    {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true},
  );
  parser.write(source);
  parser.end();
  endLine();
  if (weighNoscript && noscriptChars > Math.max(visibleChars, SCRIPTLESS_MIN_CHARS)) return readHtml(html, {...options, withoutScripts: true});
  const laidOut = preformatted.blocks();
  const reading = {
    lines,
    markup,
    tree: elements.tree,
    head: head.head,
    shownText: shown.lines,
    withoutScripts: options.withoutScripts === true,
    ...(laidOut ? {preformatted: laidOut} : {}),
  };
  if (!shapes) return reading;
  const baseUrl = pageBaseUrl(shapes.baseHref, options.url ?? reading.head.canonical);
  return {...reading, shapes: shapes.shapes, ...(baseUrl ? {baseUrl} : {})};
}

/**
 * The URL relative links are read against: `<base href>`, itself read against the page's URL, or the page's URL; the
 * canonical URL stands for the page's where it is not known.
 */
function pageBaseUrl(baseHref: string | undefined, pageUrl: string | undefined): string | undefined {
  const page = pageUrl === undefined ? undefined : resolveUrl(pageUrl.trim());
  return (baseHref === undefined ? undefined : resolveUrl(baseHref.trim(), page)) ?? page;
}

let htmlParser: DepthBoundedParserClass | undefined;

/**
 * htmlparser2's parser, its tree's depth bounded, loaded on the first HTML document (require of an ES module, Node >=
 * 20.19): text never pays for it.
 */
function loadParser(): DepthBoundedParserClass {
  htmlParser ??= boundDepth((createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2')).Parser);
  return htmlParser;
}
