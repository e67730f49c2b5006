import {MARKUP_CONTEXTS, type BlockMarkup} from '../read/markup.js';
import {BOILERPLATE_LABELS, type BoilerplateLabel, type Column, type Layout} from '../types.js';
import {columnWriter, zeroRow} from './column-writer.js';
import type {BlockDescription} from './describe.js';
import {isPartCue, isWholeCue} from './lexicon.js';
import {storedKeyCounts} from './description-table.js';

/*
 * The block stage's columns, each defined once with its name beside the code that computes it, in groups that read one
 * thing each: the block alone, its cues, its neighbours, its place in the page, the page's markup, the repeats around
 * it, the word table. A model lists the names in the order of `FEATURE_NAMES`; a group's writer finds where it starts
 * by name, so that a column inserted anywhere moves its name and its value together.
 */

/** The columns of a block's own, read from its description alone. */
const OWN_COLUMNS: readonly Column<BlockDescription>[] = [
  {name: 'logChars', value: (d) => Math.log1p(d.chars) / 8},
  {name: 'logWords', value: (d) => Math.log1p(d.words) / 6},
  {name: 'logSentences', value: (d) => Math.log1p(d.sentences) / 3},
  {name: 'meanSentenceWords', value: (d) => Math.min(d.sentences ? d.words / d.sentences : 0, 60) / 30},
  {name: 'stopwordDensity', value: (d) => d.stopwordDensity},
  {name: 'capitalised', value: (d) => d.capitalised},
  {name: 'upperLetters', value: (d) => d.upperLetters},
  {name: 'allCaps', value: (d) => (d.upperLetters > 0.8 && d.chars >= 3 ? 1 : 0)},
  {name: 'digits', value: (d) => d.digits},
  {name: 'punctuation', value: (d) => d.punctuation},
  {name: 'endsWithTerminal', value: (d) => (d.endsWithTerminal ? 1 : 0)},
  {name: 'endsWithColon', value: (d) => (d.endsWithColon ? 1 : 0)},
  {name: 'startsLower', value: (d) => (d.startsLower ? 1 : 0)},
  {name: 'startsWithBullet', value: (d) => (d.startsWithBullet ? 1 : 0)},
  {name: 'hasUrl', value: (d) => (d.urls > 0 ? 1 : 0)},
  {name: 'hasEmail', value: (d) => (d.emails > 0 ? 1 : 0)},
  {name: 'hasMention', value: (d) => (d.mentions > 0 ? 1 : 0)},
  {name: 'hasHashtag', value: (d) => (d.hashtags > 0 ? 1 : 0)},
  {name: 'hasSeparators', value: (d) => (d.separators > 0 ? 1 : 0)},
  {name: 'multiLine', value: (d) => (d.lines > 1 ? 1 : 0)},
  {name: 'veryShort', value: (d) => (d.words <= 3 ? 1 : 0)},
  {name: 'short', value: (d) => (d.words <= 10 ? 1 : 0)},
  {name: 'anyWholeCue', value: (d) => (d.cues.some(isWholeCue) ? 1 : 0)},
  {name: 'anyCue', value: (d) => (d.cues.some(isPartCue) ? 1 : 0)},
];

// The kinds of cue the scorer tells apart, a column each for cues a block matches in part (`cue:`) and whole
// (`wholeCue:`). Bylines and datelines, which users see labelled apart, count with `other`, as the model learned them
// (docs/learning.md, Page structure).
const CUE_KINDS = ['ad', 'related', 'newsletter', 'social', 'comments', 'legal', 'caption', 'navigation', 'other'] as const;
type CueKind = (typeof CUE_KINDS)[number];
const CUE_NAMES = [...CUE_KINDS.map((kind) => `cue:${kind}`), ...CUE_KINDS.map((kind) => `wholeCue:${kind}`)];
const kindOf = (label: BoilerplateLabel): CueKind => (label === 'byline' || label === 'dateline' ? 'other' : label);
/** Each cue label's column among the cue columns, for cues a block matches in part and whole. */
const PARTIAL_CUE_COLUMN = new Map(BOILERPLATE_LABELS.map((label) => [label, CUE_NAMES.indexOf(`cue:${kindOf(label)}`)]));
const WHOLE_CUE_COLUMN = new Map(BOILERPLATE_LABELS.map((label) => [label, CUE_NAMES.indexOf(`wholeCue:${kindOf(label)}`)]));

/** Set the cue columns, from `start`, of the kinds of cue the block matches. The rest stay zero. */
function writeCueColumns(row: number[], start: number, d: BlockDescription): void {
  for (const cue of d.cues) row[start + (cue.whole ? WHOLE_CUE_COLUMN : PARTIAL_CUE_COLUMN).get(cue.label)!] = 1;
}

// What a block shows the three blocks each side of it: that it is there, and these of its own columns.
const OFFSETS = [-3, -2, -1, 1, 2, 3] as const;
const SHOWN = ['logWords', 'stopwordDensity', 'endsWithTerminal', 'anyWholeCue', 'short'] as const;
const NEIGHBOUR_NAMES = OFFSETS.flatMap((offset) =>
  ['exists', ...SHOWN].map((name) => `${offset > 0 ? 'next' : 'prev'}${Math.abs(offset)}:${name}`),
);

/** Copy into `row`, from `start`, what its neighbours in `rows` show; zeros stand for a neighbour past the page's end. */
function writeNeighbourColumns(row: number[], start: number, rows: readonly number[][], i: number): void {
  let at = start;
  for (const offset of OFFSETS) {
    const other = rows[i + offset];
    if (other) {
      row[at] = 1;
      for (let k = 0; k < SHOWN_AT.length; k++) row[at + 1 + k] = other[SHOWN_AT[k]!]!;
    }
    at += 1 + SHOWN_AT.length;
  }
}

/**
 * What the columns of a block's place in the page read: the page's blocks, sums over them made once, and the figures
 * of each block of a range of them (`from` on), made a window of rows at a time (`pageFigures`).
 */
interface BlockPage {
  descriptions: readonly BlockDescription[];
  layout: Layout;
  totalWords: number;
  maxWords: number;
  longShare: number;
  /** How many of the page's blocks have block `i`'s key: the table's count, or a count of the keys made once. */
  keyCounts: Uint32Array | Map<string, number>;
  /** The first block the figures below are of: each figure of block `i` is at `i - from`. */
  from: number;
  // A number a block each, in typed arrays: a long document's held only a window of them, however long it is.
  /** The words of the blocks before each block. */
  wordsBefore: Float64Array;
  /** How often each block's text repeats on the page, as log1p of its other copies. */
  repeats: Float64Array;
  /** Over the three blocks each side of each block: the most words, the mean stopword density, the share that end a sentence. */
  windowMaxWords: Float64Array;
  windowMeanStopwords: Float64Array;
  windowTerminal: Float64Array;
  /** Over the four blocks each side of each block: the most any repeats, and the share that repeat at all. */
  aroundMaxRepeats: Float64Array;
  aroundRepeatedShare: Float64Array;
}

const positionOf = (n: number, i: number) => (n > 1 ? i / (n - 1) : 0);

const DOCUMENT_COLUMNS: readonly Column<BlockPage>[] = [
  {name: 'position', value: ({descriptions}, i) => positionOf(descriptions.length, i)},
  {
    name: 'positionSquared',
    value: ({descriptions}, i) => {
      const position = positionOf(descriptions.length, i);
      return position * position;
    },
  },
  {name: 'isFirst', value: (_, i) => (i === 0 ? 1 : 0)},
  {name: 'isLast', value: ({descriptions}, i) => (i === descriptions.length - 1 ? 1 : 0)},
  {name: 'wordsBefore', value: (page, i) => page.wordsBefore[i - page.from]! / page.totalWords},
  {name: 'wordShare', value: (page, i) => page.descriptions[i]!.words / page.totalWords},
  {name: 'repeats', value: (page, i) => page.repeats[i - page.from + AROUND_REACH]!},
  {name: 'windowMaxWords', value: (page, i) => Math.log1p(page.windowMaxWords[i - page.from]!) / 6},
  {name: 'windowMeanStopwords', value: (page, i) => page.windowMeanStopwords[i - page.from]!},
  {name: 'windowTerminal', value: (page, i) => page.windowTerminal[i - page.from]!},
  {name: 'docLogBlocks', value: ({descriptions}) => Math.log1p(descriptions.length) / 6},
  {name: 'docLongShare', value: (page) => page.longShare},
  {name: 'relativeWords', value: (page, i) => page.descriptions[i]!.words / page.maxWords},
  // HTML read one element a line is what the corpus's `blocks` rendering is: one block a line.
  {name: 'layout:lines', value: ({layout}) => (layout === 'lines' || layout === 'html' ? 1 : 0)},
  {name: 'layout:paragraphs', value: ({layout}) => (layout === 'paragraphs' ? 1 : 0)},
  {name: 'layout:wrapped', value: ({layout}) => (layout === 'wrapped' ? 1 : 0)},
];

// Link text at this share of a block makes it a link (a menu entry, a teaser headline) rather than text with links.
const ALL_LINKS = 0.9;

/** From an HTML page's markup (docs/learning.md, HTML pages); all zero for text, which has none. */
const MARKUP_COLUMNS: readonly Column<readonly BlockMarkup[]>[] = [
  {name: 'markup:html', value: () => 1},
  {name: 'markup:linkShare', value: (markup, i) => markup[i]!.linkShare},
  {name: 'markup:allLinks', value: (markup, i) => (markup[i]!.linkShare >= ALL_LINKS ? 1 : 0)},
  {name: 'markup:prevLinkShare', value: (markup, i) => markup[i - 1]?.linkShare ?? 0},
  {name: 'markup:nextLinkShare', value: (markup, i) => markup[i + 1]?.linkShare ?? 0},
];

// A column a markup context (`MARKUP_CONTEXTS`: a kind of element, an ARIA role, a telling name), set where the block
// lies in one.
const CONTEXT_NAMES = MARKUP_CONTEXTS.map((context) => `markup:in:${context}`);

/** Write block `i`'s markup contexts into `row` from `start`: bit `c` of its `contexts` is `MARKUP_CONTEXTS[c]`. */
function writeContextColumns(row: number[], start: number, markup: readonly BlockMarkup[], i: number): void {
  const {contexts} = markup[i]!;
  for (let c = 0; c < CONTEXT_NAMES.length; c++) row[start + c] = (contexts >>> c) & 1;
}

// Repeated lines around a block: a product grid or a teaser list repeats its "Get Price" or "Read more" under every
// item, where a table's cells mostly differ. Both over the four blocks each side: the most any of them repeats
// (as `repeats` counts), and the share of the eight that repeat at all.
const AROUND_REACH = 4;
const AROUND_COLUMNS: readonly Column<BlockPage>[] = [
  {name: 'around:maxRepeats', value: (page, i) => page.aroundMaxRepeats[i - page.from]!},
  {name: 'around:repeatedShare', value: (page, i) => page.aroundRepeatedShare[i - page.from]!},
];

/**
 * The word table's scores of a page's blocks: each block's mean, lowest and highest term weight (`termScores`), from
 * block `from` on, of a page of `blocks` blocks.
 */
interface WordScores {
  scores: Float64Array;
  from: number;
  blocks: number;
}

// The word table's verdict on a block's terms (src/score/word-table.ts): that it serves the page's language, their
// mean, lowest and highest weight, and the mean of the blocks before and after. Written by `writeWordColumns`; all zero
// where the model has no table or the table does not know the page's language.
const WORD_COLUMNS: readonly Column<WordScores>[] = [
  {name: 'words:known', value: () => 1},
  {name: 'words:mean', value: ({scores, from}, i) => scores[3 * (i - from)]!},
  {name: 'words:lowest', value: ({scores, from}, i) => scores[3 * (i - from) + 1]!},
  {name: 'words:highest', value: ({scores, from}, i) => scores[3 * (i - from) + 2]!},
  {name: 'words:prevMean', value: ({scores, from}, i) => (i > 0 ? scores[3 * (i - 1 - from)]! : 0)},
  {name: 'words:nextMean', value: ({scores, from, blocks}, i) => (i + 1 < blocks ? scores[3 * (i + 1 - from)]! : 0)},
];

const namesOf = (columns: readonly Column<never>[]) => columns.map((column) => column.name);

/**
 * Numeric features of every block of a document: its own, its neighbours' and its place in the document.
 * The names are the model's contract: a model file lists the names it was trained on, in order.
 */
export const FEATURE_NAMES: readonly string[] = [
  ...namesOf(OWN_COLUMNS),
  ...CUE_NAMES,
  ...NEIGHBOUR_NAMES,
  ...namesOf(DOCUMENT_COLUMNS),
  ...namesOf(MARKUP_COLUMNS),
  ...CONTEXT_NAMES,
  ...namesOf(AROUND_COLUMNS),
  ...namesOf(WORD_COLUMNS),
];

/** Where each group of columns starts in a row: found by its first column's name. */
const START = {
  own: FEATURE_NAMES.indexOf(OWN_COLUMNS[0]!.name),
  cues: FEATURE_NAMES.indexOf(CUE_NAMES[0]!),
  neighbours: FEATURE_NAMES.indexOf(NEIGHBOUR_NAMES[0]!),
  document: FEATURE_NAMES.indexOf(DOCUMENT_COLUMNS[0]!.name),
  markup: FEATURE_NAMES.indexOf(MARKUP_COLUMNS[0]!.name),
  contexts: FEATURE_NAMES.indexOf(CONTEXT_NAMES[0]!),
  around: FEATURE_NAMES.indexOf(AROUND_COLUMNS[0]!.name),
  words: FEATURE_NAMES.indexOf(WORD_COLUMNS[0]!.name),
};
/** Where the own columns a block shows its neighbours are. */
const SHOWN_AT = SHOWN.map((name) => FEATURE_NAMES.indexOf(name));

const writeOwnColumns = columnWriter(OWN_COLUMNS, START.own);
const writeDocumentColumns = columnWriter(DOCUMENT_COLUMNS, START.document);
const writeMarkupColumns = columnWriter(MARKUP_COLUMNS, START.markup);
const writeAroundColumns = columnWriter(AROUND_COLUMNS, START.around);
const writeWordScores = columnWriter(WORD_COLUMNS, START.words);

const ZERO_ROW: number[] = zeroRow(FEATURE_NAMES.length);

/** A page's sums over its blocks and its count of each key; room for the figures of its blocks is made by `roomFor`. */
function blockPage(descriptions: readonly BlockDescription[], layout: Layout): BlockPage {
  const n = descriptions.length;
  let totalWords = 0;
  let maxWords = 0;
  let long = 0;
  // Counted by the descriptions' table where it counted them (a long document's), which holds no map of the keys.
  const counted = storedKeyCounts(descriptions);
  const keyCounts = counted ? undefined : new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const d = descriptions[i]!;
    totalWords += d.words;
    maxWords = Math.max(maxWords, d.words);
    if (d.words >= 20) long++;
    if (keyCounts) keyCounts.set(d.key, (keyCounts.get(d.key) ?? 0) + 1);
  }
  return {
    descriptions,
    layout,
    totalWords: totalWords || 1,
    maxWords: maxWords || 1,
    longShare: n ? long / n : 0,
    keyCounts: counted ?? keyCounts!,
    from: 0,
    wordsBefore: NO_FIGURES,
    repeats: NO_FIGURES,
    windowMaxWords: NO_FIGURES,
    windowMeanStopwords: NO_FIGURES,
    windowTerminal: NO_FIGURES,
    aroundMaxRepeats: NO_FIGURES,
    aroundRepeatedShare: NO_FIGURES,
  };
}

const NO_FIGURES = new Float64Array(0);

/** Room in `page` for the figures of `size` blocks. */
function roomFor(page: BlockPage, size: number): void {
  page.wordsBefore = new Float64Array(size);
  // The repeats of the blocks `AROUND_REACH` each side of the range too, which the around columns read.
  page.repeats = new Float64Array(size + 2 * AROUND_REACH);
  page.windowMaxWords = new Float64Array(size);
  page.windowMeanStopwords = new Float64Array(size);
  page.windowTerminal = new Float64Array(size);
  page.aroundMaxRepeats = new Float64Array(size);
  page.aroundRepeatedShare = new Float64Array(size);
}

/**
 * The figures of the page's blocks `from` to `to` (at most the room `roomFor` made), `wordsBefore` the words of the
 * blocks before `from`.
 */
function pageFigures(page: BlockPage, from: number, to: number, wordsBefore: number): void {
  const {descriptions, keyCounts, repeats} = page;
  const n = descriptions.length;
  page.from = from;
  let words = wordsBefore;
  for (let i = from; i < to; i++) {
    page.wordsBefore[i - from] = words;
    words += descriptions[i]!.words;
  }
  const low = Math.max(0, from - AROUND_REACH);
  const high = Math.min(n, to + AROUND_REACH);
  for (let j = low; j < high; j++) {
    const count = keyCounts instanceof Map ? (keyCounts.get(descriptions[j]!.key) ?? 1) : keyCounts[j]!;
    repeats[j - from + AROUND_REACH] = Math.log1p(count - 1);
  }
  for (let i = from; i < to; i++) {
    let most = 0;
    let stopwords = 0;
    let terminal = 0;
    let size = 0;
    for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
      if (j === i) continue;
      const other = descriptions[j]!;
      most = Math.max(most, other.words);
      stopwords += other.stopwordDensity;
      terminal += other.endsWithTerminal ? 1 : 0;
      size++;
    }
    const at = i - from;
    page.windowMaxWords[at] = most;
    page.windowMeanStopwords[at] = size ? stopwords / size : 0;
    page.windowTerminal[at] = size ? terminal / size : 0;
    let mostRepeats = 0;
    let repeated = 0;
    for (let j = Math.max(0, i - AROUND_REACH); j <= Math.min(n - 1, i + AROUND_REACH); j++) {
      if (j === i) continue;
      const repeat = repeats[j - from + AROUND_REACH]!;
      mostRepeats = Math.max(mostRepeats, repeat);
      if (repeat > 0) repeated++;
    }
    page.aroundMaxRepeats[at] = mostRepeats;
    page.aroundRepeatedShare[at] = repeated / (2 * AROUND_REACH);
  }
}

/** A row of a block's own and cue columns, zeros elsewhere. */
function ownRow(d: BlockDescription, i: number): number[] {
  // Zeros first (a missing neighbour, an absent cue), copied from a row the engine already stores as plain doubles.
  const row = ZERO_ROW.slice();
  writeOwnColumns(row, d, i);
  writeCueColumns(row, START.cues, d);
  return row;
}

/**
 * The feature matrix of a document: one row a block, columns in `FEATURE_NAMES` order. `markup` (HTML only) is each
 * block's place in the page's markup. In place, group by group: this runs for every block of every page.
 */
export function featureMatrix(descriptions: readonly BlockDescription[], layout: Layout, markup?: readonly BlockMarkup[]): number[][] {
  const n = descriptions.length;
  const page = blockPage(descriptions, layout);
  roomFor(page, n);
  pageFigures(page, 0, n, 0);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    // The rows of the blocks up to three ahead get their own columns first: the neighbour columns copy them. Only so
    // far ahead, so that a row is finished while it is still in the cache.
    for (let ahead = rows.length; ahead < Math.min(n, i + 4); ahead++) rows.push(ownRow(descriptions[ahead]!, ahead));
    const row = rows[i]!;
    writeNeighbourColumns(row, START.neighbours, rows, i);
    writeDocumentColumns(row, page, i);
    if (markup) {
      writeMarkupColumns(row, markup, i);
      writeContextColumns(row, START.contexts, markup, i);
    }
    writeAroundColumns(row, page, i);
  }
  return rows;
}

// How far the neighbour columns reach each side of a block.
const REACH = OFFSETS[OFFSETS.length - 1]!;

/**
 * A document's feature rows, the rows of `featureMatrix`, written in order a window at a time into rows the caller owns
 * (`next`): a window of rows is reused for the whole document, however long. The scorer reads it as its `RowWindows`.
 */
export class FeatureRows {
  /** How many rows the document has: one a block. */
  readonly length: number;
  readonly width = FEATURE_NAMES.length;
  // Let go once the last window is written: the context stage and the rules run while the rows are still referenced.
  private page: BlockPage | undefined;
  /** The first block of the next window, and the words of the blocks before it. */
  private start = 0;
  private wordsBefore = 0;
  // Rows for the blocks each side of a window, whose own columns its neighbour columns copy.
  private readonly margins = Array.from({length: 2 * REACH}, () => ZERO_ROW.slice());

  constructor(
    descriptions: readonly BlockDescription[],
    layout: Layout,
    private readonly markup?: readonly BlockMarkup[],
  ) {
    this.page = blockPage(descriptions, layout);
    this.length = descriptions.length;
  }

  /**
   * Write the rows of the next `rows.length` blocks (fewer at the document's end) into `rows`, rows of plain doubles
   * `FEATURE_NAMES.length` wide, each zeroed first. Returns how many were written.
   */
  next(rows: readonly number[][]): number {
    const {page, markup} = this;
    const n = this.length;
    const from = this.start;
    const to = Math.min(n, from + rows.length);
    if (!page) return 0;
    // The rows of the blocks from `low` to `high`: the window's, and the margins' up to three blocks each side.
    const low = Math.max(0, from - REACH);
    const high = Math.min(n, to + REACH);
    const around: number[][] = [];
    for (let b = low; b < high; b++) around.push(b < from ? this.margins[b - low]! : b < to ? rows[b - from]! : this.margins[REACH + b - to]!);
    if (page.wordsBefore.length < to - from) roomFor(page, rows.length);
    pageFigures(page, from, to, this.wordsBefore);
    for (let i = from; i < to; i++) this.wordsBefore += page.descriptions[i]!.words;
    let owned = low;
    for (let i = from; i < to; i++) {
      // As in `featureMatrix`: the own columns of the blocks up to three ahead first, which the neighbour columns copy.
      for (; owned < Math.min(high, i + REACH + 1); owned++) writeOwnRow(around[owned - low]!, page.descriptions[owned]!, owned);
      const row = around[i - low]!;
      writeNeighbourColumns(row, START.neighbours, around, i - low);
      writeDocumentColumns(row, page, i);
      if (markup) {
        writeMarkupColumns(row, markup, i);
        writeContextColumns(row, START.contexts, markup, i);
      }
      writeAroundColumns(row, page, i);
    }
    this.start = to;
    if (to === n) this.page = undefined;
    return to - from;
  }
}

/** `ownRow` into a row of its own: zeroed, then the block's own and cue columns. */
function writeOwnRow(row: number[], d: BlockDescription, i: number): void {
  for (let c = 0; c < row.length; c++) row[c] = 0;
  writeOwnColumns(row, d, i);
  writeCueColumns(row, START.cues, d);
}

/**
 * Write the word table's scores into the rows: `scores` holds each block's mean, lowest and highest term weight, three
 * numbers a block (`termScores`), and marks the table as serving the page. `rows[0]` is block `first`'s row. `scores`
 * starts at block `from` of a page of `blocks` blocks (every block of the page by default): a window of rows reads
 * the scores of its own blocks and of the block each side.
 */
export function writeWordColumns(rows: readonly number[][], scores: Float64Array, first = 0, {from, blocks} = {from: 0, blocks: scores.length / 3}): void {
  const words: WordScores = {scores, from, blocks};
  for (let r = 0; r < rows.length && first + r < words.blocks; r++) writeWordScores(rows[r]!, words, first + r);
}
