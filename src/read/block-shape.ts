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
}

/** A span of a block's text in a link, emphasis, strong or inline code; an image sits at an offset (`start === end`). */
export interface InlineMark {
  kind: 'link' | 'emphasis' | 'strong' | 'code' | 'image';
  start: number;
  end: number;
  /** A link's href or an image's src, as the page writes it (made absolute against `HtmlReading.baseUrl` by printers). */
  url?: string;
  /** An image's alternative text. */
  alt?: string;
}
