import {isWithinElement, type ElementTree} from '../read/element-tree.js';
import {type ArticleTextShares, elementWords, type ScoredPage} from './element-words.js';

/**
 * A class name that publishing templates give the element holding an article's own text: WordPress's `entry-content`,
 * Blogger's `post-body`, Ghost's `gh-content`, Substack's `available-content`, Drupal's `field--name-body`, GitHub's
 * `markdown-body`, `article-body`, `story-body`, Tailwind's `prose` and the like. An element so named holds the
 * text and leaves out what the template puts around it: the author's box, related stories, comments. Read a class
 * token at a time, from the token's start or after a dash or underscore (`td-post-content`, not `history-content`).
 */
const CONTENT_NAME =
  /(?:^|[-_])(?:(?:entry|post|article|story|blog|single)[-_]{0,2}(?:content|body|text|entry|copy)|the[-_]content|content[-_]{1,2}(?:single|body)|body[-_](?:text|copy)|main[-_]content|gh[-_]content|available[-_]content|markdown[-_]body|field--name-body)|^prose$/i;
/** A token that names the content of something else: a related post's, a comment's, the next story's, a teaser's. */
const OTHER_CONTENT = /related|comment|reply|next|prev|latest|recent|more|skip|excerpt|teaser|summary|card|widget|sidebar|footer/i;

/** Does an element's class attribute name it an article's content? */
export function namesContent(className: string): boolean {
  if (className === '') return false;
  for (const token of className.split(' ')) if (CONTENT_NAME.test(token) && !OTHER_CONTENT.test(token)) return true;
  return false;
}

/** The named elements hold the shares of `ArticleTextShares` together. */
export interface NamedContentSettings extends ArticleTextShares {
  /** Each holds at least this share of the sure body's words: a smaller one is a teaser's or a widget's. */
  partShare: number;
}

/**
 * The elements whose class names them the article's content, where they hold the article: the outermost elements so
 * named that each hold at least `partShare` of the words of sure-body blocks (an article's text may be cut into parts
 * by an advertisement or a figure between them), taken when together they hold `sureShare` of those words and
 * `keptShare` of the kept words. None where they do not (a page without such classes), nor where an element of a
 * part's tag and class holds kept words outside the parts: a thread whose every post is so named, a list of teasers.
 */
export function namedContentElements(page: ScoredPage, settings: NamedContentSettings): number[] {
  const {tree} = page;
  const size = tree.tags.length;
  const named = new Uint8Array(size);
  let any = false;
  for (let e = 0; e < size; e++) {
    named[e] = namesContent(tree.classes[e]!) ? 1 : 0;
    any ||= named[e] === 1;
  }
  if (!any) return [];
  const {sure, kept, sureTotal, keptTotal} = elementWords(page, settings.sure);
  if (sureTotal === 0) return [];
  const parts: number[] = [];
  let sureInParts = 0;
  let keptInParts = 0;
  for (let e = 0; e < size; e++) {
    // In document order, an element inside the last part taken comes before any element after that part.
    const last = parts.at(-1);
    if (last !== undefined && e <= tree.ends[last]!) continue;
    if (!named[e] || sure[e]! < settings.partShare * sureTotal) continue;
    parts.push(e);
    sureInParts += sure[e]!;
    keptInParts += kept[e]!;
  }
  if (sureInParts < settings.sureShare * sureTotal || keptInParts < settings.keptShare * keptTotal) return [];
  return repeatedOutside(tree, parts, kept) ? [] : parts;
}

/**
 * Does an element of a part's tag and class, neither inside a part nor around one, hold kept words (`kept`, an
 * element's kept words, `subtreeSums`)? Then the parts are one post of a thread or one teaser of a list.
 */
export function repeatedOutside(tree: ElementTree, parts: readonly number[], kept: ArrayLike<number>): boolean {
  const signature = (e: number) => `${tree.tags[e]}\u0000${tree.classes[e]}`;
  const signatures = new Set(parts.map(signature));
  for (let e = 0; e < tree.tags.length; e++) {
    if (kept[e] === 0 || !signatures.has(signature(e))) continue;
    if (!parts.some((part) => isWithinElement(tree, part, e) || isWithinElement(tree, e, part))) return true;
  }
  return false;
}
