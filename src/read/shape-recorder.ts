import type {BlockContainer, BlockShape, InlineMark} from '../types.js';
import {headingLevel} from './markup.js';

/** An inline element open in the current line: where its text began, in the line's raw (uncollapsed) text. */
interface OpenMark {
  kind: InlineMark['kind'];
  rawStart: number;
  url?: string;
  /** Opening order: of two marks over the same span, the one opened first is the outer. */
  order: number;
}

interface RawMark extends OpenMark {
  rawEnd: number;
  alt?: string;
  before?: boolean;
}

/** What an open element added to the recorder's stacks, undone when it closes. */
type Opened = {mark?: OpenMark; container?: boolean; heading?: boolean; pre?: boolean; row?: boolean; list?: boolean; wrapperLanguage?: boolean};

const MARK_KINDS: Readonly<Record<string, InlineMark['kind']>> = {
  a: 'link',
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  sup: 'superscript',
};

const CONTAINER_KINDS: Readonly<Record<string, BlockContainer['kind']>> = {
  ul: 'list',
  ol: 'list',
  menu: 'list',
  li: 'item',
  blockquote: 'quote',
  table: 'table',
  tr: 'row',
  td: 'cell',
  th: 'cell',
};

/**
 * Follows `readHtml`'s parse and records each line's `BlockShape`: the reader calls `open`, `text`, `close` and
 * `boundary` as it sees elements and text, and `lineEnd` each time it ends a line, kept or empty.
 */
export class ShapeRecorder {
  readonly shapes: BlockShape[] = [];
  /** The page's first `<base href>` (its canonical URL is the page head's). */
  baseHref: string | undefined;

  private readonly opened: Opened[] = [];
  private readonly containers: BlockContainer[] = [];
  private containersSnapshot: readonly BlockContainer[] = [];
  private readonly headings: number[] = [];
  private readonly pres: number[] = [];
  /** The language each open `<pre>` names, itself or by the `<code>` inside it. */
  private readonly preLanguages = new Map<number, string>();
  /** The languages open `<div>`s around code name (Sphinx's `highlight-python3`), innermost last. */
  private readonly wrapperLanguages: string[] = [];
  /** Of each open table row, the column its next cell starts at. */
  private readonly rowColumns: number[] = [];
  /** Of each open list, the place of its next item. */
  private readonly listItems: number[] = [];
  private readonly marks: OpenMark[] = [];
  private links = 0;
  private elements = 0;
  private order = 0;
  // The current line.
  private rawLength = 0;
  private lineMarks: RawMark[] = [];
  private started = false;
  private shape: Omit<BlockShape, 'marks' | 'code'> | undefined;
  private sourceStart = -1;
  private sourceEnd = 0;
  // Images in lines with no text wait for the next block.
  private pendingImages: RawMark[] = [];
  // Element boundaries since the last line with text: how many <br>, and whether any other.
  private breaks = 0;
  private otherBoundary = true;

  open(name: string, attributes: Record<string, string>, visible: boolean): void {
    const id = this.elements++;
    const opened: Opened = {};
    const containerKind = CONTAINER_KINDS[name];
    if (containerKind) {
      const container: BlockContainer = {kind: containerKind, id};
      if (containerKind === 'list') {
        container.ordered = name === 'ol';
        if (name === 'ol') container.start = listStart(attributes.start);
        this.listItems.push(0);
        opened.list = true;
      }
      // An item's place, so that an ordered list whose first items were removed keeps the numbers of the rest.
      if (containerKind === 'item' && this.listItems.length > 0) container.index = this.listItems[this.listItems.length - 1]!++;
      // A table opens a level of rows of its own (-1 until its first row), so that its cells never count in the row of a
      // table around it.
      if (containerKind === 'row' || containerKind === 'table') {
        this.rowColumns.push(containerKind === 'row' ? 0 : -1);
        opened.row = true;
      }
      // A cell's column, so that a printer keeps the cells after an empty or removed one in their columns.
      if (containerKind === 'cell' && (this.rowColumns.at(-1) ?? -1) >= 0) {
        container.column = this.rowColumns.at(-1)!;
        this.rowColumns[this.rowColumns.length - 1]! += cellSpan(attributes.colspan);
      }
      this.containers.push(container);
      this.containersSnapshot = [...this.containers];
      opened.container = true;
    }
    const level = headingLevel(name);
    if (level) {
      this.headings.push(level);
      opened.heading = true;
    }
    if (name === 'div' && (attributes.class?.includes('highlight-') || attributes.class?.includes('language-'))) {
      const language = wrapperLanguage(attributes.class!);
      if (language) {
        this.wrapperLanguages.push(language);
        opened.wrapperLanguage = true;
      }
    }
    if (name === 'pre') {
      this.pres.push(id);
      opened.pre = true;
      // Its own class or its <code>'s, read below, name it more surely than a wrapper around it.
      if (this.wrapperLanguages.length > 0) this.preLanguages.set(id, this.wrapperLanguages.at(-1)!);
    }
    // The `<code>` inside a `<pre>` names the language more surely than the `<pre>` (a `lang-en` of the page's text).
    if ((name === 'pre' || name === 'code') && this.pres.length > 0 && (name === 'code' || !this.preLanguages.has(this.pres.at(-1)!) || opened.pre)) {
      const language = codeLanguage(attributes);
      if (language) this.preLanguages.set(this.pres.at(-1)!, language);
    }
    if (name === 'base' && attributes.href !== undefined) this.baseHref ??= attributes.href;
    if (visible && name === 'img') {
      const url = imageUrl(attributes);
      if (url) this.lineMarks.push({kind: 'image', rawStart: this.rawLength, rawEnd: this.rawLength, url, alt: attributes.alt ?? '', order: this.order++});
    }
    const kind = MARK_KINDS[name];
    if (kind && !(kind === 'code' && this.pres.length > 0) && !(kind === 'link' && (this.links > 0 || attributes.href === undefined))) {
      opened.mark = {kind, rawStart: this.rawLength, order: this.order++, ...(kind === 'link' ? {url: attributes.href} : {})};
      if (kind === 'link') this.links++;
      this.marks.push(opened.mark);
    }
    this.opened.push(opened);
  }

  close(): void {
    const opened = this.opened.pop();
    if (!opened) return;
    if (opened.container) {
      this.containers.pop();
      this.containersSnapshot = [...this.containers];
    }
    if (opened.heading) this.headings.pop();
    if (opened.pre) this.preLanguages.delete(this.pres.pop()!);
    if (opened.row) this.rowColumns.pop();
    if (opened.list) this.listItems.pop();
    if (opened.wrapperLanguage) this.wrapperLanguages.pop();
    if (opened.mark) {
      if (opened.mark.kind === 'link') this.links--;
      this.marks.splice(this.marks.lastIndexOf(opened.mark), 1);
      if (this.rawLength > opened.mark.rawStart) this.lineMarks.push({...opened.mark, rawEnd: this.rawLength});
    }
  }

  /** A block-level element's start or end, or a `<br>`, between lines. */
  boundary(name: string, closing: boolean): void {
    if (name !== 'br') this.otherBoundary = true;
    else if (!closing) this.breaks++;
  }

  /** Visible text of the current line, with its place in the markup (`end` exclusive). */
  text(text: string, start: number, end: number): void {
    // The line's source starts with its first text, white space too: another parser's text node starts there.
    if (this.sourceStart < 0) this.sourceStart = start;
    if (!this.started && text.trim() !== '') {
      this.started = true;
      this.shape = {
        kind: this.pres.length ? 'code' : this.headings.length ? 'heading' : 'paragraph',
        level: this.pres.length ? 0 : (this.headings.at(-1) ?? 0),
        containers: this.containersSnapshot,
        ...(this.pres.length ? {pre: this.pres.at(-1)!} : {}),
        ...(this.pres.length && this.preLanguages.has(this.pres.at(-1)!) ? {language: this.preLanguages.get(this.pres.at(-1)!)!} : {}),
        afterBreak: this.breaks === 1 && !this.otherBoundary,
        source: {start: this.sourceStart, end},
      };
      this.breaks = 0;
      this.otherBoundary = false;
    }
    if (this.started && text.trim() !== '') this.sourceEnd = end;
    this.rawLength += text.length;
  }

  /** The current line ends: `text` is its text as kept (collapsed and trimmed), or null when it had none. */
  lineEnd(raw: string, text: string | null): void {
    // Marks still open go on in the next line.
    for (const mark of this.marks) {
      if (this.rawLength > mark.rawStart) this.lineMarks.push({...mark, rawEnd: this.rawLength});
      mark.rawStart = 0;
    }
    if (text === null || !this.shape) {
      this.pendingImages.push(...this.lineMarks.filter((mark) => mark.kind === 'image').map((mark) => ({...mark, rawStart: 0, rawEnd: 0, before: true})));
    } else {
      const raws = this.pendingImages.length ? [...this.pendingImages, ...this.lineMarks] : this.lineMarks;
      this.pendingImages = [];
      const shape: BlockShape = {
        ...this.shape,
        source: {start: this.shape.source.start, end: this.sourceEnd},
        marks: collapseMarks(raw, text, raws),
        ...(this.shape.kind === 'code' ? {code: raw.replace(/^\s*\n/, '').trimEnd()} : {}),
      };
      this.shapes.push(shape);
    }
    this.rawLength = 0;
    this.sourceStart = -1;
    this.lineMarks = [];
    this.started = false;
    this.shape = undefined;
  }
}

function listStart(value: string | undefined): number {
  const start = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isSafeInteger(start) && start >= 0 ? start : 1;
}

const SPACE = /\s/;

/**
 * Marks over the raw line moved onto its text as the reader keeps it (white space runs folded to one space, the ends
 * trimmed), outer marks first.
 */
function collapseMarks(raw: string, text: string, marks: readonly RawMark[]): InlineMark[] {
  if (marks.length === 0) return [];
  // at[i]: the offset in `text` of raw character i.
  const at = new Int32Array(raw.length + 1);
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < raw.length; i++) {
    at[i] = length;
    if (SPACE.test(raw[i]!)) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
  at[raw.length] = length;
  const clamp = (offset: number) => Math.min(text.length, at[offset]!);
  return marks
    .map((mark) => ({mark, start: clamp(mark.rawStart), end: clamp(mark.rawEnd)}))
    .filter(({mark, start, end}) => end > start || mark.kind === 'image')
    .sort((a, b) => a.start - b.start || b.end - a.end || a.mark.order - b.mark.order)
    .map(({mark, start, end}) => ({
      kind: mark.kind,
      start,
      end,
      ...(mark.url !== undefined ? {url: mark.url} : {}),
      ...(mark.alt !== undefined ? {alt: mark.alt} : {}),
      ...(mark.before ? {before: true} : {}),
    }));
}

// Where lazy-loading scripts keep an image's address until it scrolls into view, `src` holding a placeholder meanwhile
// (a blank pixel, `dummy.png`, a spinner): where one of these is set, it is the image.
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-lazyload', 'data-original', 'nitro-lazy-src', 'data-url', 'data-delayed-url'];
const LAZY_SOURCE_SETS = ['srcset', 'data-srcset', 'data-lazy-srcset', 'nitro-lazy-srcset'];
const LOOKS_LIKE_ADDRESS = /^(?:[a-z][\w+.-]*:|\/|\.{1,2}\/)|^[^\s]*\.\w{2,5}(?:[?#]|$)/i;

/**
 * An image's address: where a lazy-loading script keeps it, else its `src`, else the first of a source set; never a
 * `data:` URI, which is a placeholder (a blank pixel, a blurred preview) more often than the image, and no address.
 */
function imageUrl(attributes: Readonly<Record<string, string>>): string | undefined {
  const usable = (url: string | undefined) => (url?.trim() && !/^\s*data:/i.test(url) ? url.trim() : undefined);
  for (const name of LAZY_SOURCES) {
    // A lazy loader's flag (`data-lazyload="true"`) or a label is no address: only a path or a file name is.
    const url = usable(attributes[name]);
    if (url && LOOKS_LIKE_ADDRESS.test(url)) return url;
  }
  const src = usable(attributes.src);
  if (src) return src;
  for (const name of LAZY_SOURCE_SETS) {
    const url = usable(attributes[name]?.trim().split(/\s+/)[0]?.replace(/,$/, ''));
    if (url) return url;
  }
  return undefined;
}

/**
 * The columns a cell spans: its `colspan` (1 where it is missing or not a number of 1 or more), at most `MAX_SPAN`: a
 * layout's wider span would pad a Markdown table with hundreds of empty columns.
 */
function cellSpan(colspan: string | undefined): number {
  const span = colspan === undefined ? Number.NaN : Number.parseInt(colspan, 10);
  return span >= 1 ? Math.min(span, MAX_SPAN) : 1;
}

const MAX_SPAN = 20;

// How highlighters and Markdown renderers name a code block's language: `language-js`, `lang-js`, GitHub's
// `highlight-source-js`, SyntaxHighlighter's `brush: js`; a name a fence's info string can hold.
const LANGUAGE_CLASS = /^(?:language|lang|highlight-source)-([\w+#.-]{1,30})$/;
const LANGUAGE_NAME = /^[\w+#.-]{1,30}$/;
// A highlighter's wrapper around a `<pre>`: Sphinx's `highlight-python3`, GitHub's `highlight highlight-source-js`
// (the bare `highlight`, and Sphinx's `highlight-default`, name no language), Jekyll's and MkDocs' `language-python
// highlight`. Not `lang-`: a wrapper so named is as often the language of the page's text (`lang-en`).
const WRAPPER_CLASS = /^highlight-(?:source-)?([\w+#.-]{1,30})$/;
// A `language-X` wrapper names code only beside a highlighter's own class: alone it may name the page's language.
const LANGUAGE_WRAPPER_CLASS = /^language-([\w+#.-]{1,30})$/;
const HIGHLIGHTER_CLASS = /(?:^|\s)(?:highlight|highlighter-rouge)(?:\s|$)/;

/** The language a `<div>` around code names in its class, lower-cased. */
function wrapperLanguage(className: string): string | undefined {
  return (
    classLanguage(className, WRAPPER_CLASS, WRAPPER_NO_LANGUAGE) ??
    (HIGHLIGHTER_CLASS.test(className) ? classLanguage(className, LANGUAGE_WRAPPER_CLASS, WRAPPER_NO_LANGUAGE) : undefined)
  );
}

/** The language a `<pre>` or `<code>` names, in its class or a `data-lang` attribute, lower-cased. */
function codeLanguage(attributes: Readonly<Record<string, string>>): string | undefined {
  const brush = /(?:^|\s)brush:\s*([\w+#.-]{1,30})/.exec(attributes.class ?? '');
  if (brush) return brush[1]!.toLowerCase();
  const named = classLanguage(attributes.class ?? '', LANGUAGE_CLASS, CODE_NO_LANGUAGE);
  if (named) return named;
  const stated = (attributes['data-lang'] ?? attributes['data-language'])?.trim();
  return stated && LANGUAGE_NAME.test(stated) ? stated.toLowerCase() : undefined;
}

// Names a class gives in the place of a language, meaning none.
const CODE_NO_LANGUAGE: ReadonlySet<string> = new Set(['none']);
const WRAPPER_NO_LANGUAGE: ReadonlySet<string> = new Set(['default', 'none']);

/** The language the first of a class's names that `pattern` matches gives (its first group), lower-cased. */
function classLanguage(className: string, pattern: RegExp, noLanguage: ReadonlySet<string>): string | undefined {
  for (const token of className.split(/\s+/)) {
    const match = pattern.exec(token);
    if (match && !noLanguage.has(match[1]!)) return match[1]!.toLowerCase();
  }
  return undefined;
}
