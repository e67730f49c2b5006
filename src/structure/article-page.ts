import type {BlockDescription} from '../features/describe.js';
import type {Verdict} from '../types.js';

/**
 * What tells a text page that reads as an article, for the steps that find where its article ends (`outsideContainer`,
 * the rule `article-end-marker`): prose the scorer is sure of, enough of it, and an address that ends in a headline's
 * slug. A listing, a forum or a documentation page has either too little of such prose or no such address more often.
 */
export interface ArticlePageSettings {
  /** The block score from which a kept block is sure prose... */
  sure: number;
  /** ...when it has at least this many words (a paragraph, not a headline). */
  sureBlockWords: number;
  /** The page reads as an article when its sure prose has at least this many words... */
  sureWords: number;
  /** ...and its address ends in a headline's slug of at least this many words (`slugWords`). */
  slugWords: number;
}

export const ARTICLE_PAGE: Readonly<ArticlePageSettings> = Object.freeze({sure: 0.9, sureBlockWords: 20, sureWords: 300, slugWords: 3});

/** Whether a page's address ends in a headline's slug long enough for it to read as an article. */
export function hasHeadlineSlug(slug: readonly string[] | undefined, settings: ArticlePageSettings): boolean {
  return (slug?.length ?? 0) >= settings.slugWords;
}

/** Whether a block is sure prose: kept, rated `sure` or more, of a paragraph's length. */
function isSureProse(v: Verdict, d: BlockDescription, settings: ArticlePageSettings): boolean {
  return v.kept && v.score >= settings.sure && d.words >= settings.sureBlockWords;
}

/**
 * The page's sure prose (`isSureProse`): its words, of the blocks `counted` says (all by default), and its last block
 * (-1 where there is none).
 */
export function sureProse(
  verdicts: readonly Verdict[],
  descriptions: readonly BlockDescription[],
  settings: ArticlePageSettings,
  counted: (i: number) => boolean = () => true,
): {words: number; last: number} {
  let words = 0;
  let last = -1;
  for (let i = 0; i < verdicts.length; i++) {
    if (!isSureProse(verdicts[i]!, descriptions[i]!, settings) || !counted(i)) continue;
    words += descriptions[i]!.words;
    last = i;
  }
  return {words, last};
}
