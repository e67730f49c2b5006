import type {BlockDescription} from '../features/describe.js';
import type {Verdict} from '../types.js';

/**
 * What tells a page that reads as an article, for the steps that find where its article ends (`outsideContainer`, the
 * rule `article-end-marker`), once it is headed as one (`article-head.ts`): prose the scorer is sure of, enough of it.
 * A listing, a forum or a documentation page has too little of such prose more often.
 */
export interface ArticlePageSettings {
  /** The block score from which a kept block is sure prose... */
  sure: number;
  /** ...when it has at least this many words (a paragraph, not a headline). */
  sureBlockWords: number;
  /** The page reads as an article when its sure prose has at least this many words. */
  sureWords: number;
}

export const ARTICLE_PAGE: Readonly<ArticlePageSettings> = Object.freeze({sure: 0.9, sureBlockWords: 20, sureWords: 300});

/** Whether a block is sure prose: kept, rated `sure` or more, of a paragraph's length. */
function isSureProse(v: Verdict, d: BlockDescription, settings: Pick<ArticlePageSettings, 'sure' | 'sureBlockWords'>): boolean {
  return v.kept && v.score >= settings.sure && d.words >= settings.sureBlockWords;
}

/**
 * The page's sure prose (`isSureProse`): its words, of the blocks `counted` says (all by default), and its last block
 * (-1 where there is none).
 */
export function sureProse(
  verdicts: readonly Verdict[],
  descriptions: readonly BlockDescription[],
  settings: Pick<ArticlePageSettings, 'sure' | 'sureBlockWords'>,
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
