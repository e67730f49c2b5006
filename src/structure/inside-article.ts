import {isWithinElement, PAGE_ROOT, type ElementTree} from '../read/element-tree.js';
import {elementContexts, MARKUP_CONTEXTS, type BlockMarkup, type MarkupContext} from '../read/markup.js';
import type {BoilerplateLabel} from '../types.js';
import {mapped} from '../arrays.js';

/** The reason users see on a block inside the article's element that a box named as junk holds. */
export const NAMED_BOX_IN_ARTICLE = 'named-box-in-article';

const bit = (context: MarkupContext): number => 1 << MARKUP_CONTEXTS.indexOf(context);
const CODE = bit('code');
// What a class name or tag between a block and the article's element says the block is, first match first.
const NAMED_LABELS: readonly [number, BoilerplateLabel][] = [
  [bit('named:comments'), 'comments'],
  [bit('named:related'), 'related'],
  [bit('named:social'), 'social'],
  [bit('named:prompt'), 'newsletter'],
  [bit('aside'), 'other'],
];

/**
 * What an article's element holds besides the article, by what its own markup names it: for each block of an HTML
 * page inside `element`, the label of the innermost-named junk box around it (readers' comments, related stories,
 * sharing, a newsletter's prompt, an `<aside>`), or undefined. Only the elements between a block and the article's
 * element speak: a class around the whole article says nothing of one part of it.
 */
export function namedBoxesInArticle(tree: ElementTree, markup: readonly BlockMarkup[], element: number): (BoilerplateLabel | undefined)[] {
  const named = new Map<string, number>();
  return mapped(markup, (m) => {
    // In code, a class names a token ("comment"), not a part of the page.
    if (!isWithinElement(tree, element, m.element) || m.contexts & CODE) return undefined;
    const contexts = contextsBetween(tree, m.element, element, named);
    return NAMED_LABELS.find(([mark]) => contexts & mark)?.[1];
  });
}

/**
 * What the elements from `element` up to `container` (not included) say by their tags and class names
 * (`elementContexts`'s bits; `named` remembers class names already read): what a box inside the container says of the
 * blocks it holds.
 */
export function contextsBetween(tree: ElementTree, element: number, container: number, named: Map<string, number>): number {
  let contexts = 0;
  for (let e = element; e !== PAGE_ROOT && e !== container; e = tree.parents[e]!) contexts |= elementContexts(tree.tags[e]!, {class: tree.classes[e]!}, named);
  return contexts;
}
