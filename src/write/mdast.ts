import type {BlockContent, Code, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import {printedText} from '../pipeline/body.js';
import type {BlockContainer, BlockShape, CleanedDocument, ScoredBlock} from '../types.js';
import {images, phrasing, setEdgeImagesApart, type InlineOptions} from './inline.js';
import {checkCleanedDocument, checkOptions} from '../arguments.js';

/** What of the page's markup the Markdown keeps. */
export interface MarkdownOptions {
  /** Links as links (true by default); false keeps their text alone. */
  links?: boolean | undefined;
  /** Images, where the page has them beside kept text (false by default). */
  images?: boolean | undefined;
  /** `toMarkdown` only: the page's metadata as YAML front matter before the title (false by default). */
  frontMatter?: boolean | undefined;
}

/** The printers' checks of a document and its Markdown options, for `toMdast` and `toMarkdown`. */
export function checkMarkdownArguments(fn: string, doc: unknown, options: unknown): void {
  checkOptions(fn, options, {booleans: ['links', 'images', 'frontMatter']});
  // The front matter is the metadata's, where asked for.
  const frontMatter = (options as MarkdownOptions).frontMatter === true ? (['metadata'] as const) : [];
  checkCleanedDocument(fn, doc, ['titleBlock', 'keptText', 'comments', 'structure', ...frontMatter]);
}

/** The heading of the comment thread's section, when comments are asked for and the page has some. */
export const COMMENTS_HEADING = 'Comments';

/**
 * The kept blocks of a cleaned document as an mdast tree: the title as a level-1 heading, then the body, in order.
 * From HTML cleaned with the `structure` option, each block as the page marks it up (headings with their levels,
 * lists, tables, quotes, code, links, emphasis); from text, or HTML without it, headings as level-2 headings, bulleted
 * and numbered blocks as lists, the rest paragraphs. Its words are those of the text format's.
 */
export function toMdast(doc: CleanedDocument, options: MarkdownOptions = {}): Root {
  checkMarkdownArguments('toMdast', doc, options);
  return mdastOf(doc, options);
}

/** `toMdast` of arguments checked already (`toMarkdown` checks its own, under its name). */
export function mdastOf(doc: CleanedDocument, options: MarkdownOptions): Root {
  const titleIndex = doc.titleBlock ?? -1;
  const children: RootContent[] = [];
  const shapes = doc.structure?.shapes;
  const titleLines = titleIndex >= 0 ? headingLines(doc.blocks, shapes, titleIndex) : [];
  // The title block, never a title of the page's head that no block says (that goes to the front matter).
  const title = titleLines.map((index) => doc.blocks[index]!.text).filter(shows);
  if (title.length > 0) children.push({type: 'heading', depth: 1, children: [{type: 'text', value: title.join(' ')}]});
  const body = doc.blocks.flatMap((block, index) => (block.kept && !titleLines.includes(index) && shows(block.text) ? [index] : []));
  if (shapes && shapes.length === doc.blocks.length) {
    const inline: InlineOptions = {links: options.links ?? true, images: options.images ?? false, baseUrl: doc.structure?.baseUrl};
    children.push(...htmlBody(doc.blocks, shapes, body, inline));
  } else {
    children.push(...textBody(body.map((index) => doc.blocks[index]!)));
  }
  if (doc.comments?.length) {
    children.push({type: 'heading', depth: 2, children: [{type: 'text', value: COMMENTS_HEADING}]});
    children.push(...doc.comments.map((comment) => paragraph([{type: 'text', value: comment}])));
  }
  return {type: 'root', children};
}

/**
 * The blocks of one heading, from its first: the kept lines after it that a `<br>` parts from it in the same heading
 * (`<h1>News Product<br>Management Certification</h1>`), which the title's heading holds as one line.
 */
function headingLines(blocks: readonly ScoredBlock[], shapes: readonly BlockShape[] | undefined, first: number): number[] {
  const lines = [first];
  if (!shapes || shapes.length !== blocks.length || shapes[first]!.kind !== 'heading' || !isOneHeading(shapes, first)) return lines;
  for (let i = first + 1; i < blocks.length && blocks[i]!.kept && continuesHeading(shapes, i); i++) lines.push(i);
  return lines;
}

// A heading of more lines than this, each after a <br>, is a list set in a heading (a table of contents in one <h3>):
// its lines stay headings of their own.
const MAX_HEADING_LINES = 3;

/** Whether the block is a line of the same heading as the block before it, after a <br>. */
function continuesHeading(shapes: readonly BlockShape[], index: number): boolean {
  const shape = shapes[index]!;
  return index > 0 && shape.kind === 'heading' && shape.afterBreak && shapes[index - 1]!.kind === 'heading' && shapes[index - 1]!.level === shape.level;
}

/** Whether the heading line at `index`, with the lines a <br> parts it from on either side, is short enough to be one heading. */
function isOneHeading(shapes: readonly BlockShape[], index: number): boolean {
  // Counted out from the line both ways, no further than the bound: a heading of thousands of lines costs no more.
  let lines = 1;
  for (let i = index; continuesHeading(shapes, i); i--) if (++lines > MAX_HEADING_LINES) return false;
  for (let i = index + 1; i < shapes.length && continuesHeading(shapes, i); i++) if (++lines > MAX_HEADING_LINES) return false;
  return true;
}

/** Whether a block shows anything: not where its text is break hints alone (a heading of a soft hyphen), as in the text format. */
function shows(text: string): boolean {
  return text === '' || printedText(text) !== '';
}

// From text: a bullet or a number and a space before the words. Lettered items and lynx's `#` and `@` stay
// paragraphs: Markdown has no list of them.
const BULLET_ITEM = /^[*+\-•·◦▪‣○●■□–]\s+(?=\S)/;
const NUMBERED_ITEM = /^(\d{1,9})[.)]\s+(?=\S)/;

/** An item of a list in a text: numbered or not, its number, its words after the marker. */
export interface TextListItem {
  ordered: boolean;
  number: number;
  words: string;
}

/**
 * The list items a text block is, or undefined when it is not a list: a block whose every line starts with a bullet,
 * or every line with a number (a copy-pasted list is one block of one item a line). The markers become list syntax.
 */
export function textListItems(text: string): TextListItem[] | undefined {
  const items: TextListItem[] = [];
  for (const line of text.split('\n')) {
    const bullet = BULLET_ITEM.exec(line);
    const numbered = bullet ? null : NUMBERED_ITEM.exec(line);
    const marker = bullet ?? numbered;
    if (!marker || (items.length > 0 && items[0]!.ordered !== (numbered !== null))) return undefined;
    items.push({ordered: numbered !== null, number: numbered ? Number(numbered[1]) : 0, words: line.slice(marker[0].length)});
  }
  return items;
}

function textBody(blocks: readonly ScoredBlock[]): RootContent[] {
  const nodes: RootContent[] = [];
  let list: List | undefined;
  let nextNumber = 0;
  for (const block of blocks) {
    const items = block.label === 'heading' ? undefined : textListItems(block.text);
    if (!items) {
      list = undefined;
      const text: PhrasingContent[] = [{type: 'text', value: block.text}];
      nodes.push(block.label === 'heading' ? {type: 'heading', depth: 2, children: text} : paragraph(text));
      continue;
    }
    for (const item of items) {
      // A numbered item continues the list only with the next number: Markdown numbers a list's items itself.
      if (!list || list.ordered !== item.ordered || (item.ordered && item.number !== nextNumber)) {
        list = {type: 'list', ordered: item.ordered, spread: false, children: [], ...(item.ordered ? {start: item.number} : {})};
        nodes.push(list);
      }
      nextNumber = item.number + 1;
      list.children.push({type: 'listItem', spread: false, children: [paragraph([{type: 'text', value: item.words}])]});
    }
  }
  return nodes;
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return {type: 'paragraph', children};
}

/** A container being filled: its mdast node, and the container of the page it stands for (none for the root). */
interface Frame {
  container: BlockContainer | undefined;
  node: Root | Extract<RootContent, {children: unknown[]}>;
}

/** The body of an HTML page: each kept block placed in the lists, quotes and tables that hold it in the page. */
function htmlBody(blocks: readonly ScoredBlock[], shapes: readonly BlockShape[], body: readonly number[], inline: InlineOptions): RootContent[] {
  const root: Root = {type: 'root', children: []};
  const tables = inlineTables(blocks, shapes);
  const stack: Frame[] = [{container: undefined, node: root}];
  let previous = -1;
  for (const index of body) {
    const shape = shapes[index]!;
    // A table's parts where the block is in a cell of that table and it is written as one; its caption goes before it.
    const tableParts = shape.containers.filter((container) => !isTablePart(container) || tables.has(cellTableOf(shape, container)));
    const path = withinNesting(outsideUnopenedLists(tableParts, stack));
    // Close what this block is not in, open what it is in and is not open.
    let depth = 0;
    while (depth < path.length && depth + 1 < stack.length && stack[depth + 1]!.container!.id === path[depth]!.id) depth++;
    stack.length = depth + 1;
    for (const container of path.slice(depth)) stack.push(openContainer(stack.at(-1)!, container));
    const frame = stack.at(-1)!;
    const content = phrasing(blocks[index]!.text, shape.marks, inline);
    const adjacent = previous === index - 1;
    previous = index;
    if (frame.node.type === 'tableCell') {
      const cell = frame.node;
      if (cell.children.length > 0) cell.children.push({type: 'text', value: ' '});
      cell.children.push(...content);
      continue;
    }
    const target = flowTarget(frame);
    const last = target.children.at(-1);
    if (shape.kind === 'code') {
      const code = shape.code ?? blocks[index]!.text;
      // A <pre> split by <br> or inner blocks is one code block again, the images of its textless lines before it.
      const joined = adjacent && last?.type === 'code' && last.data && (last.data as {pre?: number}).pre === shape.pre ? last : undefined;
      pushImagesAbove(target, shape, inline, joined);
      if (joined) joined.value += '\n' + code;
      else target.children.push({type: 'code', value: code, ...(shape.language ? {lang: shape.language} : {}), data: {pre: shape.pre}} as Code);
      continue;
    }
    if (shape.kind === 'heading') {
      // A heading's lines parted by a <br> are one heading: a Markdown heading holds no line break, so a space.
      const joined = adjacent && shape.afterBreak && last?.type === 'heading' && last.depth === shape.level && isOneHeading(shapes, index) ? last : undefined;
      const above = pushImagesAbove(target, shape, inline, joined);
      const own = above ? phrasing(blocks[index]!.text, shape.marks.filter((mark) => !mark.before), inline) : content;
      // A heading wholly in <strong> says nothing more than the heading does.
      const words = own.length === 1 && own[0]!.type === 'strong' ? own[0]!.children : own;
      if (joined) joined.children.push({type: 'text', value: ' '}, ...words);
      else target.children.push({type: 'heading', depth: shape.level as 1 | 2 | 3 | 4 | 5 | 6, children: words});
      continue;
    }
    if (inline.images) setEdgeImagesApart(content);
    if (adjacent && shape.afterBreak && last?.type === 'paragraph') last.children.push({type: 'break'}, ...content);
    else target.children.push(paragraph(content));
  }
  finishTree(root.children);
  return root.children;
}

/**
 * The images of the lines above a heading or a code block that hold no text (a figure before it), as a paragraph
 * before it: a heading holds its own words alone, and a code block text alone. Where the block goes on in the one
 * before (`joined`: a <pre> split by an image on a line of its own), they go before that one, with its own images
 * above it, and the code stays whole. Whether there were any.
 */
function pushImagesAbove(target: ReturnType<typeof flowTarget>, shape: BlockShape, inline: InlineOptions, joined?: RootContent): boolean {
  const above = images(shape.marks.filter((mark) => mark.before), inline);
  if (above.length === 0) return false;
  const at = joined ? target.children.indexOf(joined as never) : target.children.length;
  // A paragraph of images alone before it holds the images above it already (a block's paragraph has text).
  const before = target.children[at - 1];
  if (joined && before?.type === 'paragraph' && before.children.every((child) => child.type === 'image')) before.children.push(...above);
  else target.children.splice(at, 0, paragraph(above));
  return true;
}

/**
 * How deep lists, quotes and tables nest in the Markdown: deeper than any page's own, and shallow enough for the walks
 * of mdast's serialiser, which a page of lists thousands deep (markup gone wrong, or hostile) would overflow. A block
 * deeper than this is written in its container at this depth: its words stay, its nesting goes.
 */
export const MAX_NESTING = 100;

/** A block's containers cut to `MAX_NESTING`, never ending inside a table but outside its cells (a row holds cells alone). */
function withinNesting(path: BlockContainer[]): BlockContainer[] {
  if (path.length <= MAX_NESTING) return path;
  const kept = path.slice(0, MAX_NESTING);
  while (kept.length > 0 && (kept.at(-1)!.kind === 'table' || kept.at(-1)!.kind === 'row')) kept.pop();
  return kept;
}

/**
 * A block's containers less each list it lies in outside any item (a `<p>` or `<ul>` straight in an `<ol>`, markup
 * that browsers forgive and show with no number or bullet of its own) where that list holds no item yet: the block
 * goes before the list. Where the list has an item, the block goes on in it (`flowTarget`). A bulleted list straight
 * in another stays in it: after an item it nests in that item, as browsers show it, indented under it; before any,
 * its items are lifted into the outer list (`liftItemsOfRemovedItems`), rather than stand as a list of their own that
 * Markdown would part from the outer one with another bullet. Either way no item takes a bullet the page does not show.
 */
function outsideUnopenedLists(path: BlockContainer[], stack: readonly Frame[]): BlockContainer[] {
  const isStray = (container: BlockContainer, at: number) => {
    const inner = path[at + 1];
    return container.kind === 'list' && inner?.kind !== 'item' && !(inner?.kind === 'list' && !inner.ordered && !container.ordered);
  };
  if (!path.some(isStray)) return path;
  const open = new Set(stack.flatMap((frame) => (frame.container ? [frame.container.id] : [])));
  return path.filter((container, at) => !isStray(container, at) || open.has(container.id));
}

const isTablePart = (container: BlockContainer) => container.kind === 'table' || container.kind === 'row' || container.kind === 'cell';

/**
 * The table a table part of this block belongs to (the innermost table around it), where the block lies in one of
 * that table's cells; -1 where it lies outside them (in its caption).
 */
function cellTableOf(shape: BlockShape, part: BlockContainer): number {
  let table = shape.containers.indexOf(part);
  while (table >= 0 && shape.containers[table]!.kind !== 'table') table--;
  if (table < 0) return -1;
  for (let i = table + 1; i < shape.containers.length && shape.containers[i]!.kind !== 'table'; i++) {
    if (shape.containers[i]!.kind === 'cell') return shape.containers[table]!.id;
  }
  return -1;
}

/**
 * The tables written as Markdown tables: those whose every cell holds text alone, without headings, lists, quotes,
 * code or tables of its own, in one block or a few short ones (a value and its note, joined by a space), that have
 * two columns or more and two rows or more, and whose other text is a caption (which the reader puts before the
 * rows). Other tables (a page's layout grid, a cell of paragraphs) are written as the blocks they hold.
 */
function inlineTables(blocks: readonly ScoredBlock[], shapes: readonly BlockShape[]): Set<number> {
  const tables = new Set<number>();
  const refused = new Set<number>();
  const wide = new Set<number>();
  const rows = new Map<number, Set<number>>();
  let previousCell = -1;
  let previousShort = true;
  let blocksInCell = 0;
  for (const [index, shape] of shapes.entries()) {
    const tableAt = shape.containers.findLastIndex((container) => container.kind === 'table');
    if (tableAt === -1) {
      previousCell = -1;
      continue;
    }
    for (let i = 0; i < tableAt; i++) if (shape.containers[i]!.kind === 'table') refused.add(shape.containers[i]!.id);
    const table = shape.containers[tableAt]!.id;
    tables.add(table);
    const inside = shape.containers.slice(tableAt + 1);
    // A caption, or other text of the table outside its rows, is written before it.
    if (inside.length === 0 && shape.kind === 'paragraph') {
      previousCell = -1;
      continue;
    }
    const cell = inside.find((container) => container.kind === 'cell');
    if ((cell?.column ?? 0) > 0) wide.add(table);
    const row = inside.find((container) => container.kind === 'row');
    if (row) rows.set(table, (rows.get(table) ?? new Set()).add(row.id));
    const nested = inside.some((container) => !isTablePart(container));
    const again = cell !== undefined && cell.id === previousCell && !shape.afterBreak;
    const short = blocks[index]!.text.length <= CELL_PART_MAX_CHARS;
    blocksInCell = again ? blocksInCell + 1 : 1;
    if (!cell || nested || shape.kind !== 'paragraph' || (again && (!short || !previousShort || blocksInCell > CELL_MAX_PARTS))) refused.add(table);
    previousCell = cell?.id ?? -1;
    previousShort = short;
  }
  // A table of one column (a box around a note, a list set out as rows), or of one row (a layout's strip of columns,
  // which would be a header over no rows), is no grid: its blocks are written as they are.
  for (const table of tables) if (!wide.has(table) || (rows.get(table)?.size ?? 0) < 2) refused.add(table);
  for (const table of refused) tables.delete(table);
  return tables;
}

// A data table's cell may hold a few short blocks (a value and a note under it); a layout grid's holds paragraphs.
const CELL_PART_MAX_CHARS = 120;
const CELL_MAX_PARTS = 4;

type Parent = Extract<RootContent, {children: unknown[]}> | Root;

/** The mdast node for a container of the page, added to the frame it opens in. */
function openContainer(parent: Frame, container: BlockContainer): Frame {
  if (container.kind === 'quote') return add(parent, container, {type: 'blockquote', children: []});
  if (container.kind === 'list') {
    const list: List = {type: 'list', ordered: container.ordered ?? false, spread: false, children: []};
    if (container.ordered) list.start = container.start ?? 1;
    return add(parent, container, list);
  }
  if (container.kind === 'item') {
    // An item outside any list (markup the browser forgives) gets a list of its own.
    const list = parent.node.type === 'list' ? parent : add(parent, undefined, {type: 'list', ordered: false, spread: false, children: []});
    const node = list.node as List;
    // An ordered list whose first items were removed starts at the number of its first kept one.
    if (node.ordered && node.children.length === 0 && container.index !== undefined) node.start = (node.start ?? 1) + container.index;
    const item: ListItem = {type: 'listItem', spread: false, children: []};
    node.children.push(item);
    return {container, node: item};
  }
  if (container.kind === 'table') return add(parent, container, {type: 'table', children: []});
  if (container.kind === 'row') {
    const table = parent.node.type === 'table' ? parent : add(parent, undefined, {type: 'table', children: []});
    const row: TableRow = {type: 'tableRow', children: []};
    (table.node as Table).children.push(row);
    return {container, node: row};
  }
  const row = parent.node.type === 'tableRow' ? parent : openContainer(parent, {kind: 'row', id: -1});
  const cells = (row.node as TableRow).children;
  // The cells before it that hold no kept text (empty, or removed) stay, empty: each cell keeps its column.
  while (container.column !== undefined && cells.length < container.column) cells.push({type: 'tableCell', children: []});
  const cell: TableCell = {type: 'tableCell', children: []};
  cells.push(cell);
  return {container, node: cell};
}

/** Put a container's node into the frame's node; in a list, a node that is no item goes into an item of its own. */
function add(parent: Frame, container: BlockContainer | undefined, node: BlockContent): Frame {
  flowTarget(parent).children.push(node);
  return {container, node: node as Parent};
}

/**
 * Where flow content goes in a frame: the node itself, or in a list, its last item, opened when it has none. Content
 * straight in a list, outside its items, goes on in the item before it: an item of its own would take a number (a
 * bullet) that the page does not show, and the items after it would be numbered one too many.
 */
function flowTarget(frame: Frame): Root | ListItem | Extract<BlockContent, {type: 'blockquote'}> {
  const node = frame.node;
  if (node.type === 'list') {
    const last = node.children.at(-1);
    if (last) return last;
    const item: ListItem = {type: 'listItem', spread: false, children: []};
    node.children.push(item);
    return item;
  }
  return node as Root;
}

/**
 * The tree made whole, in one walk, each node after those it holds: code blocks lose the `<pre>` they were joined by,
 * tables are padded, lists lift the items of removed items, items holding tables are loose.
 */
function finishTree(nodes: readonly RootContent[]): void {
  for (const node of nodes) {
    if ('children' in node) finishTree(node.children as RootContent[]);
    if (node.type === 'code') delete node.data;
    else if (node.type === 'table') padRows(node);
    else if (node.type === 'list') liftItemsOfRemovedItems(node);
    // An item holding a table is loose: in a tight one the table's rows would follow the line above with no blank line
    // between, and be read as that line's continuation rather than as a table.
    else if (node.type === 'listItem' && node.children.some((child) => child.type === 'table')) node.spread = true;
  }
}

/**
 * An item whose own text was removed and that holds only its sublist ("Updates" over dated entries) gives its place to
 * the sublist's items, which would otherwise be written under an empty bullet (`- - 2021-08-09 ...`). Only where both
 * lists are of one kind, so that no item changes from a number to a bullet.
 */
function liftItemsOfRemovedItems(list: List): void {
  list.children = list.children.flatMap((item) => {
    const [only] = item.children;
    return item.children.length === 1 && only?.type === 'list' && only.ordered === list.ordered ? only.children : [item];
  });
}

/** Every row of a table as wide as its widest: Markdown's tables are grids. */
function padRows(table: Table): void {
  const width = Math.max(...table.children.map((row) => row.children.length));
  for (const row of table.children) while (row.children.length < width) row.children.push({type: 'tableCell', children: []});
}
