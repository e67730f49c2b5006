import type {Html, Image, PhrasingContent} from 'mdast';
import type {InlineMark} from '../types.js';
import {resolveUrl} from '../urls.js';

/** What of a block's inline markup to write. */
export interface InlineOptions {
  /** Links as links; false keeps their text alone. */
  links: boolean;
  /** Images, where the page has them. */
  images: boolean;
  /** The URL relative links and images are read against. */
  baseUrl?: string | undefined;
}

/**
 * A block's text as mdast phrasing content: its words unchanged, with its marks as links, emphasis, strong, inline
 * code, a reference's superscript and images. Marks come outer first (a mark that starts where another does and ends
 * no later lies inside it).
 */
export function phrasing(text: string, marks: readonly InlineMark[], options: InlineOptions): PhrasingContent[] {
  const linkSpans = new Set(marks.flatMap((mark) => (mark.kind === 'link' ? [span(text, mark)] : [])));
  const wanted = marks.flatMap((mark) => (mark.kind !== 'superscript' || isReference(text, mark, linkSpans) ? usable(text, mark, options) : []));
  return build(text, 0, text.length, wanted, 0, wanted.length, new Set()).nodes;
}

/**
 * Whether a superscript is a reference: its words are exactly a link's, the one inside the other (a footnote's
 * number, `Rust<sup><a href="#fn1">1</a></sup>`, or `<a href="#fn1"><sup>1</sup></a>`). Only such a superscript keeps
 * its tags: its number would otherwise run on from the word before it (`Rust1`), where a superscript of words
 * (`1<sup>st</sup>`) reads well enough on the line, and raw HTML in the Markdown is kept to
 * where it is needed. Any `<sup>` with a link's words is one, whatever the link points to.
 */
function isReference(text: string, mark: InlineMark, linkSpans: ReadonlySet<string>): boolean {
  return linkSpans.has(span(text, mark));
}

/** A mark's span without the white space at its ends, as a key. */
function span(text: string, mark: InlineMark): string {
  return trimmed(text, mark.start, mark.end).join();
}

/** The images among a block's marks, as written: each that has an address, none with images off. */
export function images(marks: readonly InlineMark[], options: InlineOptions): Image[] {
  return marks.flatMap((mark) => (mark.kind === 'image' ? usable('', mark, options) : [])).map((mark) => ({type: 'image', url: mark.url, alt: mark.alt}));
}

/**
 * An image that opens a paragraph's text, or closes it, stands on a line of its own rather than run into the words
 * beside it (`![Cover](…)Test winner`): a line break after it (before it), in the innermost list of nodes where
 * something follows (precedes) it, so that a link or emphasis around the image alone is not split. Not in a heading
 * or a table cell, which a line break would end.
 */
export function setEdgeImagesApart(nodes: PhrasingContent[]): void {
  for (const end of ['first', 'last'] as const) {
    const path: {list: PhrasingContent[]; at: number}[] = [];
    let list = nodes;
    while (list.length > 0) {
      const at = end === 'first' ? 0 : list.length - 1;
      path.push({list, at});
      const node = list[at]!;
      if (!('children' in node) || node.children.length === 0) break;
      list = node.children;
    }
    const leaf = path.at(-1);
    if (!leaf || leaf.list[leaf.at]!.type !== 'image') continue;
    const beside = path.findLast(({list}) => list.length > 1);
    if (beside) beside.list.splice(end === 'first' ? beside.at + 1 : beside.at, 0, {type: 'break'});
  }
}

/** A span without the white space at its ends. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** What a reference's superscript (`isReference`) is written in: raw HTML, which a renderer shows raised. */
const SUPERSCRIPT_OPEN: Readonly<Html> = {type: 'html', value: '<sup>'};
const SUPERSCRIPT_CLOSE: Readonly<Html> = {type: 'html', value: '</sup>'};

/** What parts two code spans side by side: a comment, which renders as nothing. */
export const CODE_SPANS_APART: Readonly<Html> = {type: 'html', value: '<!---->'};

type Usable = {kind: InlineMark['kind']; start: number; end: number; url: string; alt: string};

/** The mark as written: spans trimmed to their words (Markdown's emphasis cannot start or end at a space), URLs absolute. */
function usable(text: string, mark: InlineMark, options: InlineOptions): Usable[] {
  if (mark.kind === 'image') {
    if (!options.images) return [];
    const url = absolute(mark.url, options.baseUrl);
    return url ? [{kind: 'image', start: mark.start, end: mark.start, url, alt: mark.alt ?? ''}] : [];
  }
  const [start, end] = trimmed(text, mark.start, mark.end);
  if (start === end) return [];
  if (mark.kind !== 'link') return [{kind: mark.kind, start, end, url: '', alt: ''}];
  if (!options.links) return [];
  const url = absolute(mark.url, options.baseUrl);
  // A link to a document written into its address (data:) or to a script runs what a page put there where the
  // Markdown is rendered: its text stays, the link goes.
  return url && !SCRIPTED_LINK.test(url) ? [{kind: 'link', start, end, url, alt: ''}] : [];
}

const SCRIPTED_LINK = /^(?:javascript|vbscript|data):/i;

/**
 * A link's or image's URL made absolute, as a browser reads it; none for a script, an empty href or a bare `#`. A URL
 * that does not parse keeps its text less what a browser takes out of any URL (tabs, line breaks, control characters
 * at its ends), so that "java&#9;script:" is read, and refused, as "javascript:".
 */
function absolute(url: string | undefined, base: string | undefined): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed || trimmed === '#') return undefined;
  const read = resolveUrl(trimmed, base) ?? trimmed.replace(URL_IGNORED, '');
  return /^javascript:/i.test(read) ? undefined : read;
}

// What the URL standard strips from a URL before it reads it: tabs and line breaks anywhere, C0 controls and spaces
// at its ends.
const URL_IGNORED = /[\t\n\r]|^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/**
 * The nodes for text[from, to), with marks[first, last) (sorted, outer first) that start in it; returns where the
 * marks it used end. `open` holds the kinds of the marks around: a link in a link, or emphasis in emphasis, is left out.
 */
function build(
  text: string,
  from: number,
  to: number,
  marks: readonly Usable[],
  first: number,
  last: number,
  open: ReadonlySet<string>,
): {nodes: PhrasingContent[]; next: number} {
  const nodes: PhrasingContent[] = [];
  let at = from;
  let i = first;
  const pushText = (end: number) => {
    if (end > at) nodes.push({type: 'text', value: text.slice(at, end)});
    at = Math.max(at, end);
  };
  while (i < last && marks[i]!.start < to) {
    const mark = marks[i]!;
    if (mark.start < at) {
      // Overlaps what came before without nesting in it: its text is already written.
      i++;
      continue;
    }
    pushText(mark.start);
    if (mark.kind === 'image') {
      nodes.push({type: 'image', url: mark.url, alt: mark.alt});
      i++;
      continue;
    }
    const end = Math.min(mark.end, to);
    // The marks inside this one: those that start before it ends.
    let inner = i + 1;
    while (inner < last && marks[inner]!.start < end) inner++;
    if (mark.kind === 'code' || open.has(mark.kind)) {
      // Two code spans side by side (`<kbd>Ctrl</kbd><kbd>K</kbd>`) are parted by an empty comment, as
      // mdast-util-to-markdown parts two blocks that cannot be joined: Markdown would read their backticks together as
      // one longer fence, and as one span they would run two words into one.
      if (mark.kind === 'code' && nodes.at(-1)?.type === 'inlineCode' && at === mark.start) nodes.push({...CODE_SPANS_APART});
      if (mark.kind === 'code') nodes.push({type: 'inlineCode', value: text.slice(mark.start, end)});
      else nodes.push(...build(text, mark.start, end, marks, i + 1, inner, open).nodes);
    } else {
      const children = build(text, mark.start, end, marks, i + 1, inner, new Set([...open, mark.kind])).nodes;
      const previous = nodes.at(-1);
      if (mark.kind === 'link') nodes.push({type: 'link', url: mark.url, children});
      else if (mark.kind === 'superscript') nodes.push({...SUPERSCRIPT_OPEN}, ...children, {...SUPERSCRIPT_CLOSE});
      // Two spans of strong (emphasis) side by side are one: written apart they read `**a**__b__`.
      else if (previous?.type === mark.kind && 'children' in previous) previous.children.push(...children);
      else nodes.push({type: mark.kind, children} as PhrasingContent);
    }
    at = end;
    i = inner;
  }
  pushText(to);
  return {nodes, next: i};
}
