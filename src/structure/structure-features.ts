import type {BlockDescription} from '../features/describe.js';
import {isWithinElement, PAGE_ROOT, type ElementTree} from '../read/element-tree.js';
import type {BlockMarkup} from '../read/markup.js';
import type {Column} from '../types.js';
import {articleContainer} from './article-container.js';
import {bodySpans, spanDistances} from './body-spans.js';
import {linkLedCards} from './card-boxes.js';
import {mapped} from '../arrays.js';

/** The page a block stands in, as the structure features read it: HTML pages add their markup and elements. */
export interface PageParts {
  descriptions: readonly BlockDescription[];
  markup?: readonly BlockMarkup[] | undefined;
  tree?: ElementTree | undefined;
}

// The block stage's score from which a block counts for its region or against it.
const CUT = 0.5;
// A further body span counts when it holds this share of the best one's evidence.
const SPAN_SHARE = 0.5;
const FAR = 20;

/** What the structure columns read of a page, found once: the body's spans, the article's element, the teaser cards. */
export interface PageStructure {
  /**
   * Each block's distance in blocks to the nearest body span, 0 inside one; clamped at 255, past the farthest the
   * columns tell apart (`FAR`): a byte a block, where a list of numbers took 8 in a long document's old generation.
   */
  distances: ArrayLike<number>;
  firstStart: number;
  lastEnd: number;
  spanWordShare: number;
  /** HTML only: whether each block lies in the article's element. */
  inContainer: readonly boolean[] | undefined;
  containerWordShare: number;
  containerIsPage: number;
  containerIsArticle: number;
  repeats: readonly number[] | undefined;
  linkLed: readonly boolean[] | undefined;
}

/**
 * What the page's structure says of each block, read from the block stage's scores: whether it lies in the body's
 * span of blocks (text and HTML), in the article's element (HTML), in a run of sibling boxes of one shape led by a
 * link (HTML: a teaser list). The context stage learns from these beside the scores around each block, so that a
 * teaser summary that reads like body is judged by where it stands. Each column is defined once, name and value; a
 * model lists the names in this order.
 */
export const STRUCTURE_COLUMNS: readonly Column<PageStructure>[] = [
  {name: 'structure:inSpan', value: ({distances}, i) => (distances[i] === 0 ? 1 : 0)},
  {name: 'structure:spanDistance', value: ({distances}, i) => Math.min(distances[i]!, FAR) / FAR},
  {name: 'structure:beforeSpans', value: ({firstStart}, i) => (i < firstStart ? 1 : 0)},
  {name: 'structure:afterSpans', value: ({lastEnd}, i) => (i >= lastEnd ? 1 : 0)},
  {name: 'structure:spanWordShare', value: (page) => page.spanWordShare},
  {name: 'structure:html', value: ({inContainer}) => (inContainer ? 1 : 0)},
  {name: 'structure:inContainer', value: ({inContainer}, i) => (inContainer?.[i] ? 1 : 0)},
  {name: 'structure:containerWordShare', value: (page) => page.containerWordShare},
  {name: 'structure:containerIsPage', value: (page) => page.containerIsPage},
  {name: 'structure:containerIsArticle', value: (page) => page.containerIsArticle},
  {name: 'structure:cardRepeats', value: ({repeats}, i) => (repeats ? Math.log1p(repeats[i]! - 1) / 3 : 0)},
  {name: 'structure:cardLedByLink', value: ({linkLed}, i) => (linkLed?.[i] ? 1 : 0)},
];

export const STRUCTURE_FEATURE_NAMES: readonly string[] = STRUCTURE_COLUMNS.map((column) => column.name);

export function structureColumns(first: readonly number[], page: PageParts): number[][] {
  const structure = pageStructure(first, page);
  return mapped(first, (_, i) => mapped(STRUCTURE_COLUMNS, (column) => column.value(structure, i)));
}

/** What `STRUCTURE_COLUMNS` read of a page, found once from the block stage's scores `first`. */
export function pageStructure(first: readonly number[], page: PageParts): PageStructure {
  const {descriptions, markup, tree} = page;
  const n = first.length;
  // Typed: a list of doubles made by map holds each value boxed, garbage a long document leaves in the old generation.
  const evidence = new Float64Array(n);
  const words = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    words[i] = descriptions[i]!.words;
    evidence[i] = words[i]! * (first[i]! - CUT);
  }
  const totalWords = words.reduce((sum, w) => sum + w, 0) || 1;
  const spans = bodySpans(evidence, SPAN_SHARE);
  const spanWords = spans.reduce((sum, span) => sum + words.slice(span.start, span.end).reduce((a, w) => a + w, 0), 0);
  const firstStart = spans.length ? spans[0]!.start : n;
  const lastEnd = spans.length ? spans[spans.length - 1]!.end : 0;

  let inContainer: boolean[] | undefined;
  let containerWords = 0;
  let containerIsPage = 0;
  let containerIsArticle = 0;
  let repeats: number[] | undefined;
  let linkLed: boolean[] | undefined;
  if (markup && tree) {
    const elements = markup.map((m) => m.element);
    const {element} = articleContainer(tree, elements, evidence);
    inContainer = mapped(elements, (e) => isWithinElement(tree, element, e));
    inContainer.forEach((inside, i) => {
      if (inside) containerWords += words[i]!;
    });
    const tag = element === PAGE_ROOT ? 'html' : tree.tags[element]!;
    containerIsPage = tag === 'html' || tag === 'body' ? 1 : 0;
    containerIsArticle = tag === 'article' || tag === 'main' ? 1 : 0;
    ({repeats, linkLed} = linkLedCards(tree, markup));
  }

  return {
    distances: spanDistances(spans, n, new Uint8ClampedArray(n)),
    firstStart,
    lastEnd,
    spanWordShare: spanWords / totalWords,
    inContainer,
    containerWordShare: containerWords / totalWords,
    containerIsPage,
    containerIsArticle,
    repeats,
    linkLed,
  };
}
