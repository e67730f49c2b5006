import type {Layout} from '../types.js';
import type {BlockDescription} from './describe.js';
import {MARKUP_CONTEXTS, type BlockMarkup} from '../read/markup.js';

// The kinds of cue the scorer tells apart, a column each. Bylines and datelines, which users see labelled apart, count
// with `other`, as the model learned them (docs/learning.md, Page structure).
const CUE_KINDS = ['ad', 'related', 'newsletter', 'social', 'comments', 'legal', 'caption', 'navigation', 'other'] as const;


const OWN = [
  'logChars',
  'logWords',
  'logSentences',
  'meanSentenceWords',
  'stopwordDensity',
  'capitalised',
  'upperLetters',
  'allCaps',
  'digits',
  'punctuation',
  'endsWithTerminal',
  'endsWithColon',
  'startsLower',
  'startsWithBullet',
  'hasUrl',
  'hasEmail',
  'hasMention',
  'hasHashtag',
  'hasSeparators',
  'multiLine',
  'veryShort',
  'short',
  'anyWholeCue',
  'anyCue',
  ...CUE_KINDS.map((kind) => `cue:${kind}`),
  ...CUE_KINDS.map((kind) => `wholeCue:${kind}`),
] as const;

const NEIGHBOUR = ['exists', 'logWords', 'stopwordDensity', 'endsWithTerminal', 'anyWholeCue', 'short'] as const;
const OFFSETS = [-3, -2, -1, 1, 2, 3] as const;

const DOCUMENT = [
  'position',
  'positionSquared',
  'isFirst',
  'isLast',
  'wordsBefore',
  'wordShare',
  'repeats',
  'windowMaxWords',
  'windowMeanStopwords',
  'windowTerminal',
  'docLogBlocks',
  'docLongShare',
  'relativeWords',
  'layout:lines',
  'layout:paragraphs',
  'layout:wrapped',
] as const;

// From an HTML page's markup (docs/learning.md, HTML pages); all zero for text, which has none.
const MARKUP = [
  'html',
  'linkShare',
  'allLinks',
  'prevLinkShare',
  'nextLinkShare',
  ...MARKUP_CONTEXTS.map((context) => `in:${context}`),
] as const;

// Repeated lines around a block: a product grid or a teaser list repeats its "Get Price" or "Read more" under every
// item, where a table's cells mostly differ. Both over the four blocks each side: the most any of them repeats
// (as `repeats` counts), and the share of the eight that repeat at all.
const AROUND = ['maxRepeats', 'repeatedShare'] as const;
const AROUND_REACH = 4;

// The word table's verdict on a block's terms (src/score/word-table.ts): whether it serves the page's language, their
// mean, lowest and highest weight, and the mean of the blocks before and after. Written by `writeWordColumns`; all zero
// where the model has no table or the table does not know the page's language.
const WORDS = ['known', 'mean', 'lowest', 'highest', 'prevMean', 'nextMean'] as const;

/**
 * Numeric features of every block of a document: its own, its neighbours' and its place in the document.
 * The names are the model's contract: a model file lists the names it was trained on, in order.
 */
export const FEATURE_NAMES: readonly string[] = buildNames();

function buildNames(): string[] {
  return [
    ...OWN,
    ...OFFSETS.flatMap((offset) => NEIGHBOUR.map((name) => `${offset > 0 ? 'next' : 'prev'}${Math.abs(offset)}:${name}`)),
    ...DOCUMENT,
    ...MARKUP.map((name) => `markup:${name}`),
    // After the markup features, so that models trained before these came still read their columns unchanged.
    ...AROUND.map((name) => `around:${name}`),
    ...WORDS.map((name) => `words:${name}`),
  ];
}

/** How many features come before the markup ones: all a model trained before them reads. */
export const TEXT_FEATURE_COUNT = FEATURE_NAMES.indexOf('markup:html');

const OTHER_KIND = CUE_KINDS.indexOf('other');
const LABEL_INDEX = new Map<string, number>([...CUE_KINDS.map((kind, i): [string, number] => [kind, i]), ['byline', OTHER_KIND], ['dateline', OTHER_KIND]]);
const OWN_WIDTH = OWN.length;
const NEIGHBOUR_WIDTH = NEIGHBOUR.length;
const WIDTH = FEATURE_NAMES.length;
const AROUND_COLUMN = FEATURE_NAMES.indexOf('around:maxRepeats');
const WORDS_COLUMN = FEATURE_NAMES.indexOf('words:known');
// Where the per-label cue columns start within the block's own features.
const CUE_COLUMNS = OWN.indexOf('cue:ad');
const WHOLE_CUE_COLUMNS = OWN.indexOf('wholeCue:ad');

// A row of zeros stored as plain doubles: built from a fraction, since an array of small integers is stored as such
// and would be converted, copied anew, on the first fraction written to it. Copying this one needs no conversion.
const ZERO_ROW: number[] = Array.from({length: WIDTH}, () => 0.5).fill(0);

/** Write a block's own features into a zeroed `row` from column 0. In place: this runs for every block of every page. */
function writeOwnFeatures(row: number[], d: BlockDescription): void {
  row[0] = Math.log1p(d.chars) / 8;
  row[1] = Math.log1p(d.words) / 6;
  row[2] = Math.log1p(d.sentences) / 3;
  row[3] = Math.min(d.sentences ? d.words / d.sentences : 0, 60) / 30;
  row[4] = d.stopwordDensity;
  row[5] = d.capitalised;
  row[6] = d.upperLetters;
  row[7] = d.upperLetters > 0.8 && d.chars >= 3 ? 1 : 0;
  row[8] = d.digits;
  row[9] = d.punctuation;
  row[10] = d.endsWithTerminal ? 1 : 0;
  row[11] = d.endsWithColon ? 1 : 0;
  row[12] = d.startsLower ? 1 : 0;
  row[13] = d.startsWithBullet ? 1 : 0;
  row[14] = d.urls > 0 ? 1 : 0;
  row[15] = d.emails > 0 ? 1 : 0;
  row[16] = d.mentions > 0 ? 1 : 0;
  row[17] = d.hashtags > 0 ? 1 : 0;
  row[18] = d.separators > 0 ? 1 : 0;
  row[19] = d.lines > 1 ? 1 : 0;
  row[20] = d.words <= 3 ? 1 : 0;
  row[21] = d.words <= 10 ? 1 : 0;
  let anyWhole = 0;
  let anyPartial = 0;
  for (const cue of d.cues) {
    const label = LABEL_INDEX.get(cue.label)!;
    if (cue.whole) {
      anyWhole = 1;
      row[WHOLE_CUE_COLUMNS + label] = 1;
    } else {
      anyPartial = 1;
      row[CUE_COLUMNS + label] = 1;
    }
  }
  row[22] = anyWhole;
  row[23] = anyPartial;
}

// Link text at this share of a block makes it a link (a menu entry, a teaser headline) rather than text with links.
const ALL_LINKS = 0.9;

/** Write the markup features of block `i` from column `at`. */
function writeMarkupFeatures(row: number[], at: number, markup: readonly BlockMarkup[], i: number): void {
  const own = markup[i]!;
  row[at++] = 1;
  row[at++] = own.linkShare;
  row[at++] = own.linkShare >= ALL_LINKS ? 1 : 0;
  row[at++] = markup[i - 1]?.linkShare ?? 0;
  row[at++] = markup[i + 1]?.linkShare ?? 0;
  for (let c = 0; c < MARKUP_CONTEXTS.length; c++) row[at++] = (own.contexts >>> c) & 1;
}

/** What a block shows the blocks around it, in `NEIGHBOUR` order, written into `views` from `at`. */
function writeNeighbourView(views: Float64Array, at: number, d: BlockDescription): void {
  views[at] = 1;
  views[at + 1] = Math.log1p(d.words) / 6;
  views[at + 2] = d.stopwordDensity;
  views[at + 3] = d.endsWithTerminal ? 1 : 0;
  views[at + 4] = d.cues.some((cue) => cue.whole) ? 1 : 0;
  views[at + 5] = d.words <= 10 ? 1 : 0;
}

function writeAroundFeatures(row: number[], repeats: Float64Array, i: number): void {
  let most = 0;
  let repeated = 0;
  for (let j = Math.max(0, i - AROUND_REACH); j <= Math.min(repeats.length - 1, i + AROUND_REACH); j++) {
    if (j === i) continue;
    most = Math.max(most, repeats[j]!);
    if (repeats[j]! > 0) repeated++;
  }
  row[AROUND_COLUMN] = most;
  row[AROUND_COLUMN + 1] = repeated / (2 * AROUND_REACH);
}

/**
 * What a document's rows read beyond a block and its neighbours, found once: its totals and each block's repeats.
 * Rows are then written a window at a time (`FeatureRows`), so that a long document never holds all of them.
 */
interface DocumentTotals {
  descriptions: readonly BlockDescription[];
  layout: Layout;
  markup: readonly BlockMarkup[] | undefined;
  totalWords: number;
  maxWords: number;
  longShare: number;
  repeats: Float64Array;
}

function documentTotals(descriptions: readonly BlockDescription[], layout: Layout, markup: readonly BlockMarkup[] | undefined): DocumentTotals {
  const n = descriptions.length;
  let totalWords = 0;
  let maxWords = 0;
  let long = 0;
  const keyCounts = new Map<string, number>();
  for (const d of descriptions) {
    totalWords += d.words;
    maxWords = Math.max(maxWords, d.words);
    if (d.words >= 20) long++;
    keyCounts.set(d.key, (keyCounts.get(d.key) ?? 0) + 1);
  }
  totalWords ||= 1;
  maxWords ||= 1;
  const longShare = n ? long / n : 0;
  const repeats = new Float64Array(n);
  for (let i = 0; i < n; i++) repeats[i] = Math.log1p((keyCounts.get(descriptions[i]!.key) ?? 1) - 1);
  return {descriptions, layout, markup, totalWords, maxWords, longShare, repeats};
}

/**
 * A document's feature rows, one row a block, columns in `FEATURE_NAMES` order, written in order a window at a time
 * into rows the caller owns (`next`): a window of rows is reused for the whole document, however long. `markup` (HTML
 * only) is each block's place in the page's markup. The scorer reads it as its `RowWindows`.
 */
export class FeatureRows {
  /** How many rows the document has: one a block. */
  readonly length: number;
  readonly width = WIDTH;
  /** The first block of the next window. */
  private start = 0;
  private wordsBefore = 0;
  private readonly totals: DocumentTotals;
  // The neighbour views of a window's blocks and of the three blocks each side of it.
  private views = new Float64Array(0);

  constructor(descriptions: readonly BlockDescription[], layout: Layout, markup?: readonly BlockMarkup[]) {
    this.totals = documentTotals(descriptions, layout, markup);
    this.length = descriptions.length;
  }

  /**
   * Write the rows of the next `rows.length` blocks (fewer at the document's end) into `rows`, which must be rows of
   * plain doubles `FEATURE_NAMES.length` wide; each is zeroed first. Returns how many were written.
   */
  next(rows: readonly number[][]): number {
    const {descriptions, layout, markup, totalWords, maxWords, longShare, repeats} = this.totals;
    const n = this.length;
    const from = this.start;
    const to = Math.min(n, from + rows.length);
    const reach = OFFSETS[OFFSETS.length - 1]!;
    const viewsFrom = Math.max(0, from - reach);
    const viewsTo = Math.min(n, to + reach);
    if (this.views.length < (viewsTo - viewsFrom) * NEIGHBOUR_WIDTH) this.views = new Float64Array((rows.length + 2 * reach) * NEIGHBOUR_WIDTH);
    const views = this.views;
    for (let j = viewsFrom; j < viewsTo; j++) writeNeighbourView(views, (j - viewsFrom) * NEIGHBOUR_WIDTH, descriptions[j]!);
    let wordsBefore = this.wordsBefore;
    for (let i = from; i < to; i++) {
      const d = descriptions[i]!;
      // Zeros first (a missing neighbour, an absent cue), into a row the engine already stores as plain doubles.
      const row = rows[i - from]!;
      for (let c = 0; c < WIDTH; c++) row[c] = 0;
      writeOwnFeatures(row, d);
      let at = OWN_WIDTH;
      for (const offset of OFFSETS) {
        const j = i + offset;
        if (j >= 0 && j < n) for (let k = 0, v = (j - viewsFrom) * NEIGHBOUR_WIDTH; k < NEIGHBOUR_WIDTH; k++) row[at + k] = views[v + k]!;
        at += NEIGHBOUR_WIDTH;
      }
      let windowMax = 0;
      let windowStop = 0;
      let windowTerminal = 0;
      let windowSize = 0;
      for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        if (j === i) continue;
        const other = descriptions[j]!;
        windowMax = Math.max(windowMax, other.words);
        windowStop += other.stopwordDensity;
        windowTerminal += other.endsWithTerminal ? 1 : 0;
        windowSize++;
      }
      const position = n > 1 ? i / (n - 1) : 0;
      row[at++] = position;
      row[at++] = position * position;
      row[at++] = i === 0 ? 1 : 0;
      row[at++] = i === n - 1 ? 1 : 0;
      row[at++] = wordsBefore / totalWords;
      row[at++] = d.words / totalWords;
      row[at++] = repeats[i]!;
      row[at++] = Math.log1p(windowMax) / 6;
      row[at++] = windowSize ? windowStop / windowSize : 0;
      row[at++] = windowSize ? windowTerminal / windowSize : 0;
      row[at++] = Math.log1p(n) / 6;
      row[at++] = longShare;
      row[at++] = d.words / maxWords;
      // HTML read one element a line is what the corpus's `blocks` rendering is: one block a line.
      row[at++] = layout === 'lines' || layout === 'html' ? 1 : 0;
      row[at++] = layout === 'paragraphs' ? 1 : 0;
      row[at++] = layout === 'wrapped' ? 1 : 0;
      if (markup) writeMarkupFeatures(row, at, markup, i);
      writeAroundFeatures(row, repeats, i);
      wordsBefore += d.words;
    }
    this.wordsBefore = wordsBefore;
    this.start = to;
    return to - from;
  }
}

/**
 * The feature matrix of a document, all rows at once: one row a block, columns in `FEATURE_NAMES` order. `markup`
 * (HTML only) is each block's place in the page's markup. Training reads it whole; cleaning takes `FeatureRows` a
 * window at a time.
 */
export function featureMatrix(descriptions: readonly BlockDescription[], layout: Layout, markup?: readonly BlockMarkup[]): number[][] {
  const rows = Array.from({length: descriptions.length}, () => ZERO_ROW.slice());
  new FeatureRows(descriptions, layout, markup).next(rows);
  return rows;
}

/**
 * Write the word table's scores into the rows: `scores` holds each block's mean, lowest and highest term weight, three
 * numbers a block (`termScores`), and marks the table as serving the page. `rows[0]` is block `first`'s row.
 */
export function writeWordColumns(rows: readonly number[][], scores: Float64Array, first = 0): void {
  const n = scores.length / 3;
  for (let r = 0; r < rows.length && first + r < n; r++) {
    const row = rows[r]!;
    const i = first + r;
    row[WORDS_COLUMN] = 1;
    row[WORDS_COLUMN + 1] = scores[3 * i]!;
    row[WORDS_COLUMN + 2] = scores[3 * i + 1]!;
    row[WORDS_COLUMN + 3] = scores[3 * i + 2]!;
    row[WORDS_COLUMN + 4] = i > 0 ? scores[3 * (i - 1)]! : 0;
    row[WORDS_COLUMN + 5] = i + 1 < n ? scores[3 * (i + 1)]! : 0;
  }
}
