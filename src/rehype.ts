/**
 * declutter as a rehype plugin: removes the boilerplate of a page's hast tree (menus, ads, related links, footers),
 * so that what follows in a unified pipeline sees the article alone: `rehype-remark` and `remark-stringify` give its
 * Markdown, `rehype-stringify` its clean HTML.
 *
 * The page is cleaned from the file's own text, as `declutter` cleans HTML, and the verdicts are carried onto the tree
 * by source offsets: each block remembers where its text lies in the markup (htmlparser2's indices), and each hast
 * text node where it starts (`position.start.offset`, which rehype-parse records); the two parsers read the same
 * characters, so a text node belongs to the block whose text it starts in. A text node of a removed block is removed,
 * and so is every element whose text was all removed; so is visible text in no block at all, where markup so broken
 * that the two parsers build different trees hid it from declutter. Comments go, the head's too, and so do links and
 * buttons with neither text nor an image (a share button's icon), which Markdown would write as `[]()`, unless a link
 * is a target (`id`, `name`) that kept links point at. What no reader sees as text (the head, scripts, styles), white
 * space and other elements without text (images beside kept text) stay.
 */
import type {Element, ElementContent, Root, RootContent, Text} from 'hast';
import {checkOptions} from './arguments.js';
import {OPTION_NAMES} from './check-options.js';
import {declutter, type DeclutterOptions} from './declutter.js';
import {UNSEEN} from './read/html.js';

/**
 * The options of `declutter`, less `format` (the tree is HTML), `structure` (the plugin asks for it) and `comments`
 * (a tree has no place apart for a thread: the plugin removes it).
 */
export type RehypeDeclutterOptions = Omit<DeclutterOptions, 'format' | 'structure' | 'comments'>;

// Options of `declutter` that the plugin decides itself: given, they would be ignored, so they are refused.
const DECIDED_BY_THE_PLUGIN = ['format', 'structure', 'comments'] as const;

/** The plugin: `unified().use(rehypeParse).use(rehypeDeclutter, options)...`. */
export default function rehypeDeclutter(options: RehypeDeclutterOptions = {}) {
  const decided = DECIDED_BY_THE_PLUGIN.find((name) => options !== null && typeof options === 'object' && Object.hasOwn(options, name));
  if (decided) throw new TypeError(`rehype-declutter has no option ${JSON.stringify(decided)}: the tree is HTML, read with its structure, and its comment thread is removed`);
  // Named here, where declutter's own message would list the options above among those it takes.
  const taken = OPTION_NAMES.filter((name) => !(DECIDED_BY_THE_PLUGIN as readonly string[]).includes(name));
  if (options !== null && typeof options === 'object' && !Array.isArray(options)) checkOptions('rehype-declutter', options, {others: taken});
  return (tree: Root, file: {toString(): string}): void => {
    const html = String(file);
    const mismatch = sourceMismatch(tree, html);
    if (mismatch) throw new Error(`rehype-declutter cleans the HTML a tree was parsed from, and ${mismatch}: parse the page with rehype-parse and pass its HTML as the file (processor.process(html), or run(tree, html))`);
    const doc = declutter(html, {...options, format: 'html', structure: true});
    const shapes = doc.structure!.shapes;
    const titleIndex = doc.blocks.findIndex((block) => block.label === 'title');
    // In the markup's order, which the search by offset needs: a block may be read out of it (a table's caption above
    // its rows, wherever the markup puts it).
    const spans = shapes.map((shape, index) => ({...shape.source, kept: doc.blocks[index]!.kept || index === titleIndex})).sort((a, b) => a.start - b.start);
    prune(tree, spans, false);
  };
}

export {rehypeDeclutter};

// Elements checked against the file: enough to tell a tree of other text from the page's, few enough to cost nothing.
const SOURCE_CHECKS = 64;

/**
 * Why the file's text is not the markup the tree was parsed from, or undefined where it is: where rehype-parse read
 * an element's start tag, the file has that tag (and on a page whose only elements it implied, where it read a text,
 * the file has that text). A tree run without its file (an empty text), one made from Markdown
 * (remark-rehype: its positions are the Markdown's) or built by hand would otherwise be cleaned by the verdicts of
 * another text, and lose all of its text or none.
 */
function sourceMismatch(tree: Root, html: string): string | undefined {
  if (html.trim() === '') return holdsText(tree) ? 'the file is empty' : undefined;
  let checked = 0;
  // Text nodes that say where they lie, for a tree whose elements say nowhere (below).
  const placed: Text[] = [];
  const stack: (Root | Element)[] = [tree];
  while (stack.length > 0 && checked < SOURCE_CHECKS) {
    const parent = stack.pop()!;
    for (const child of parent.children) {
      if (child.type === 'text' && placed.length < SOURCE_CHECKS && child.position?.start.offset !== undefined && child.position.end.offset !== undefined) {
        placed.push(child);
      }
      if (child.type !== 'element') continue;
      const offset = child.position?.start.offset;
      if (offset !== undefined) {
        checked++;
        // Lower case on both sides: hast spells SVG's elements as SVG does (linearGradient, clipPath).
        const tag = `<${child.tagName.toLowerCase()}`;
        if (html.slice(offset, offset + tag.length).toLowerCase() !== tag) return `its <${child.tagName}> is not in the file where the tree says it starts`;
      }
      stack.push(child);
    }
  }
  if (checked > 0 || !holdsText(tree)) return undefined;
  // A page of text and no tags (a text body served as HTML) has elements only where the parser implied them, which say
  // nowhere where they start: its text nodes do, and the file has their text there. The walk above, which met no
  // element with a place, went through the whole tree and gathered them.
  if (placed.length === 0) return 'its elements say nowhere where they start';
  return placed.some((text) => !saidAt(text, html)) ? 'its text is not in the file where the tree says it is' : undefined;
}

/** Whether the file has a text node's text where the node says it starts and ends. */
function saidAt(text: Text, html: string): boolean {
  const raw = html.slice(text.position!.start.offset, text.position!.end.offset);
  // Character references are decoded in the node ("&amp;" is "&"), and line breaks read as "\n": only a text without
  // a reference is compared letter for letter.
  return raw.includes('&') || raw.replace(/\r\n?/g, '\n') === text.value;
}

interface Span {
  start: number;
  end: number;
  kept: boolean;
}

/** What a subtree held: visible text, and text of a kept block. */
interface Held {
  blockText: boolean;
  keptText: boolean;
}

function prune(parent: Root | Element, spans: readonly Span[], unseen: boolean): Held {
  const held: Held = {blockText: false, keptText: false};
  const children: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      const offset = child.position?.start.offset;
      if (!unseen && offset !== undefined && child.value.trim() !== '') {
        held.blockText = true;
        if (!spanAt(spans, offset)?.kept) continue;
        held.keptText = true;
      }
    } else if (child.type === 'comment') {
      continue;
    } else if (child.type === 'element') {
      const inside = prune(child, spans, unseen || child.tagName === 'head' || (UNSEEN.has(child.tagName) && !holdsBlocks(child, spans)));
      if (inside.blockText && !inside.keptText) {
        held.blockText = true;
        continue;
      }
      if (!unseen && !inside.blockText && isEmptyControl(child)) {
        // Its white space may be all that parts the words around it.
        if (holdsText(child)) children.push({type: 'text', value: ' '});
        continue;
      }
      held.blockText ||= inside.blockText;
      held.keptText ||= inside.keptText;
    }
    children.push(child);
  }
  parent.children = children as typeof parent.children;
  return held;
}

const MEDIA: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed']);

/**
 * An element there to be clicked, with no image inside (its text, if any, is known to be none): an icon (share, close,
 * menu) and nothing to read. A link that is a target (`id`, `name`: a heading's anchor, a footnote's) stays, for the
 * kept links that point at it.
 */
function isEmptyControl(element: Element): boolean {
  if (element.tagName === 'button') return !holdsMedia(element);
  if (element.tagName !== 'a') return false;
  const {properties} = element;
  return properties['id'] === undefined && properties['name'] === undefined && !holdsMedia(element);
}

function holdsText(element: Root | Element): boolean {
  return element.children.some((child) => child.type === 'text' || (child.type === 'element' && holdsText(child)));
}

function holdsMedia(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (MEDIA.has(child.tagName) || holdsMedia(child)));
}

/**
 * Whether declutter read text inside the element, as a block's or part of one: a `<noscript>` is unseen unless the page
 * was read as a browser without scripts shows it (an application whose content is there).
 */
function holdsBlocks(element: Element, spans: readonly Span[]): boolean {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (element.tagName !== 'noscript' || start === undefined || end === undefined) return false;
  const first = spans[firstEndingAfter(spans, start)];
  return first !== undefined && first.start < end;
}

/** The block whose text the offset lies in (blocks come in the order of the markup), if any. */
function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  const span = spans[firstEndingAfter(spans, offset)];
  return span !== undefined && span.start <= offset ? span : undefined;
}

/** The index of the first block whose text ends after `offset` (`spans.length` for none): a binary search. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

