import {subtreeSums, type ElementTree} from '../read/element-tree.js';
import type {BlockMarkup} from '../read/markup.js';

/** An HTML page as the steps that look for the element of its article's text read it. */
export interface ScoredPage {
  tree: ElementTree;
  /** `markup[i].element` is block i's innermost element (-1 for none). */
  markup: readonly BlockMarkup[];
  descriptions: readonly {words: number}[];
  verdicts: readonly {score: number; kept: boolean}[];
}

/**
 * What those steps ask of the element they take for the article's text (or of the elements together): that it hold
 * a share of the sure body's words and a share of the kept words, so that it holds the article's text, not a part of it.
 */
export interface ArticleTextShares {
  /** A block scoring at least this is sure body. */
  sure: number;
  /** The share of the sure body's words the element must hold. */
  sureShare: number;
  /** The share of the words the scorer kept that it must hold. */
  keptShare: number;
}

/** The words of a page's sure-body and kept blocks, summed in each element of its tree, and over the page. */
export interface ElementWords {
  /** Element e's words in blocks scoring at least the sure score, its descendants' included. */
  readonly sure: Float64Array;
  /** Element e's words in kept blocks, its descendants' included. */
  readonly kept: Float64Array;
  readonly sureTotal: number;
  readonly keptTotal: number;
}

/**
 * How the sure body's words (of blocks scoring at least `sure`) and the kept words fall in the element tree: what the
 * steps that look for the element of the article's text weigh.
 */
export function elementWords({tree, markup, descriptions, verdicts}: ScoredPage, sure: number): ElementWords {
  const elements = new Int32Array(markup.length);
  const sureWords = new Float64Array(markup.length);
  const keptWords = new Float64Array(markup.length);
  let sureTotal = 0;
  let keptTotal = 0;
  markup.forEach((m, i) => {
    const {words} = descriptions[i]!;
    elements[i] = m.element;
    sureWords[i] = verdicts[i]!.score >= sure ? words : 0;
    keptWords[i] = verdicts[i]!.kept ? words : 0;
    sureTotal += sureWords[i]!;
    keptTotal += keptWords[i]!;
  });
  return {sure: subtreeSums(tree, elements, sureWords), kept: subtreeSums(tree, elements, keptWords), sureTotal, keptTotal};
}
