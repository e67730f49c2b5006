/**
 * The element tree of an HTML page, kept beside its blocks so that later stages can reason about regions of the page
 * (which element holds the article, which siblings repeat one shape) and not only about each block's flags.
 *
 * Elements are numbered in document order (the order their start tags come), so the elements inside element `e` are
 * exactly `e + 1` to `ends[e]`: whether one element lies inside another is two comparisons, and a sum over each
 * element's subtree is one pass from the last element to the first.
 */
export interface ElementTree {
  /** Each element's tag name, lower-cased. */
  tags: string[];
  /** Each element's parent, -1 for an element at the top. */
  parents: number[];
  /** The last element inside each element (itself when it has none). */
  ends: number[];
  /** Each element's class attribute, white space folded: with the tag, its signature among its siblings. */
  classes: string[];
}

/** Text outside every element (a page of bare text) lies in this pseudo-element, which holds the whole page. */
export const PAGE_ROOT = -1;

/** Is `element` inside `ancestor` or `ancestor` itself? The page root holds everything. */
export function isWithinElement(tree: ElementTree, ancestor: number, element: number): boolean {
  if (ancestor === PAGE_ROOT) return true;
  return element >= ancestor && element <= tree.ends[ancestor]!;
}

/**
 * For each element, the sum of `values` over the blocks inside it (its own and its descendants'): `elements[i]` is
 * block i's innermost element (`PAGE_ROOT` for none, counted in no element). Blocks are added in their order, then
 * each subtree into its parent, from the last element to the first (children come after their parents).
 */
export function subtreeSums(tree: ElementTree, elements: ArrayLike<number>, values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(tree.tags.length);
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element !== PAGE_ROOT) sums[element] = sums[element]! + values[i]!;
  }
  for (let e = sums.length - 1; e >= 0; e--) {
    const parent = tree.parents[e]!;
    if (parent !== PAGE_ROOT) sums[parent] = sums[parent]! + sums[e]!;
  }
  return sums;
}

/** A tree being read, element by element, in document order. */
export class ElementTreeBuilder {
  readonly tree: ElementTree = {tags: [], parents: [], ends: [], classes: []};
  private readonly open: number[] = [];

  /** The innermost open element, or `PAGE_ROOT`. */
  get current(): number {
    return this.open.length ? this.open[this.open.length - 1]! : PAGE_ROOT;
  }

  enter(tag: string, className: string | undefined): void {
    const {tree} = this;
    const id = tree.tags.length;
    tree.tags.push(tag);
    tree.parents.push(this.current);
    tree.ends.push(id);
    tree.classes.push(className ? className.trim().replace(/\s+/g, ' ') : '');
    this.open.push(id);
  }

  leave(): void {
    const id = this.open.pop();
    if (id !== undefined) this.tree.ends[id] = this.tree.tags.length - 1;
  }
}
