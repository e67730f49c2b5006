import {PAGE_ROOT, type ElementTree} from '../read/element-tree.js';
import type {BlockMarkup} from '../read/markup.js';
import {mapped} from '../arrays.js';

// Elements that only style or wrap text: a card is the nearest box around a block that is none of these.
const INLINE: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'i',
  'kbd', 'label', 'mark', 'p', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/**
 * Teaser lists (related stories, more from the site) are runs of sibling boxes of one shape: the same tag and class,
 * each with a headline link and perhaps a date and a summary. For each block: its box (the nearest element around it
 * that is more than inline markup), and how many siblings of that box share its tag and class, itself included.
 */
export function cardBoxes(tree: ElementTree, elements: readonly number[]): {boxes: number[]; repeats: number[]} {
  const signatureCounts = new Map<string, number>();
  const signature = (e: number) => `${tree.parents[e]}\u0000${tree.tags[e]}\u0000${tree.classes[e]}`;
  for (let e = 0; e < tree.tags.length; e++) {
    if (INLINE.has(tree.tags[e]!)) continue;
    const key = signature(e);
    signatureCounts.set(key, (signatureCounts.get(key) ?? 0) + 1);
  }
  // Each element's box, from its parent's: parents come first, so one pass, however deep inline markup nests.
  const boxOf = new Int32Array(tree.tags.length);
  for (let e = 0; e < tree.tags.length; e++) {
    const parent = tree.parents[e]!;
    boxOf[e] = !INLINE.has(tree.tags[e]!) ? e : parent === PAGE_ROOT ? PAGE_ROOT : boxOf[parent]!;
  }
  const boxes = mapped(elements, (element) => (element === PAGE_ROOT ? PAGE_ROOT : boxOf[element]!));
  const repeats = mapped(boxes, (box) => (box === PAGE_ROOT ? 1 : (signatureCounts.get(signature(box)) ?? 1)));
  return {boxes, repeats};
}

// A card is led by its headline link: its first block is this much link text.
const LINK_LED = 0.9;

export interface LinkLedCards {
  repeats: number[];
  linkLed: boolean[];
}

// A page's cards by its markup: the structure columns and the page-structure stage both read them, so each page's are
// found once. Weak: a page's entry goes with its markup.
const cardsOfPage = new WeakMap<readonly BlockMarkup[], {tree: ElementTree; cards: LinkLedCards}>();

/**
 * For each block of an HTML page: how many sibling boxes share its box's shape (`cardBoxes`), and whether its box is
 * led by a link, as a teaser's headline is. Found once a page: callers must not change what it returns.
 */
export function linkLedCards(tree: ElementTree, markup: readonly BlockMarkup[]): LinkLedCards {
  const known = cardsOfPage.get(markup);
  if (known?.tree === tree) return known.cards;
  const cards = findLinkLedCards(tree, markup);
  cardsOfPage.set(markup, {tree, cards});
  return cards;
}

function findLinkLedCards(tree: ElementTree, markup: readonly BlockMarkup[]): LinkLedCards {
  const {boxes, repeats} = cardBoxes(tree, markup.map((m) => m.element));
  const firstBlockOfBox = new Map<number, number>();
  boxes.forEach((box, i) => {
    if (!firstBlockOfBox.has(box)) firstBlockOfBox.set(box, i);
  });
  return {repeats, linkLed: mapped(boxes, (box) => markup[firstBlockOfBox.get(box)!]!.linkShare >= LINK_LED)};
}
