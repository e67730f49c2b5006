import {PAGE_ROOT, subtreeSums, type ElementTree} from '../read/element-tree.js';

/**
 * The element of an HTML page that holds its article: the one whose blocks' evidence sums highest, where a block gives
 * `words × (score − cut)`. Body blocks pull the choice towards the elements around them, junk blocks push it away, so
 * the winner is the smallest element that gathers the article's words without the page's menus, teasers and comments
 * around it (Readability and trafilatura choose a container too, from class names and paragraph counts; here the
 * scorer's own verdicts vote). On a page whose body is spread over the whole page it is the page itself.
 *
 * `elements[i]` is block i's innermost element (-1 for none). Ties go to the later element, which for an element and its
 * ancestor is the element: the smaller region with the same evidence. Where no element has positive evidence, the page
 * is its own container: there is no article region to prefer.
 */
export function articleContainer(tree: ElementTree, elements: readonly number[], evidence: ArrayLike<number>): Container {
  const sums = subtreeSums(tree, elements, evidence);
  let page = 0;
  for (let i = 0; i < elements.length; i++) page += evidence[i]!;
  let best = PAGE_ROOT;
  let bestSum = page;
  for (let e = 0; e < sums.length; e++) {
    if (sums[e]! >= bestSum) {
      best = e;
      bestSum = sums[e]!;
    }
  }
  // Without evidence for any region there is no article to find: the page stands as a whole.
  if (bestSum <= 0) return {element: PAGE_ROOT, evidence: page, pageEvidence: page};
  return {element: best, evidence: bestSum, pageEvidence: page};
}

export interface Container {
  /** The element that holds the article, or `PAGE_ROOT` when the whole page does. */
  element: number;
  /** The evidence summed over its blocks, and over the whole page's. */
  evidence: number;
  pageEvidence: number;
}
