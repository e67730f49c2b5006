import {PAGE_ROOT, type ElementTree} from '../read/element-tree.js';
import {type ArticleTextShares, elementWords, type ScoredPage} from './element-words.js';
import {repeatedOutside} from './named-content.js';

export interface TextElementSettings extends ArticleTextShares {
  /** Not where this many of its later siblings share one tag and class: a listing whose items go on past it. */
  listAfter: number;
}

/**
 * The element of an HTML page that holds its article's text where no class names it (`namedContentElements`): the
 * innermost element that holds `sureShare` of the sure body's words, taken where it also holds `keptShare` of the
 * kept words. The article's element (`articleContainer`) gathers the evidence of every kept block, so it often holds
 * what the template puts below the text (the author's box, an FAQ, the posts to read next) where the scorer keeps
 * them; the element around the sure paragraphs alone leaves them out. Undefined where no element holds that much,
 * where an element of its tag and class outside it holds kept words (one post of a thread, one item of a listing), or
 * where `listAfter` of its later siblings share a tag and class (a listing whose first items it holds).
 */
export function textElement(page: ScoredPage, settings: TextElementSettings): number | undefined {
  const {tree} = page;
  const {sure, kept, sureTotal, keptTotal} = elementWords(page, settings.sure);
  if (sureTotal === 0) return undefined;
  // Elements holding more than half of the sure words lie one inside the next: the last in document order is innermost.
  let innermost = -1;
  for (let e = 0; e < sure.length; e++) if (sure[e]! >= settings.sureShare * sureTotal) innermost = e;
  if (innermost === -1) return undefined;
  if (kept[innermost]! < settings.keptShare * keptTotal || repeatedOutside(tree, [innermost], kept)) return undefined;
  return listGoesOn(tree, innermost, settings.listAfter) ? undefined : innermost;
}

/** Do `times` of the siblings after `element` share one tag and class? */
function listGoesOn(tree: ElementTree, element: number, times: number): boolean {
  const parent = tree.parents[element]!;
  const last = parent === PAGE_ROOT ? tree.tags.length - 1 : tree.ends[parent]!;
  const counts = new Map<string, number>();
  for (let e = tree.ends[element]! + 1; e <= last; e = tree.ends[e]! + 1) {
    const shape = `${tree.tags[e]}\u0000${tree.classes[e]}`;
    const count = (counts.get(shape) ?? 0) + 1;
    if (count >= times) return true;
    counts.set(shape, count);
  }
  return false;
}
