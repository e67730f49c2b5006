import type {BlockDescription} from '../features/describe.js';
import type {Verdict} from '../types.js';

/**
 * What tells a text page that reads as an article, for the steps that find where its article ends (`outsideContainer`,
 * the rule `article-end-marker`): a head such as an article's (an address that ends in a headline's slug, or a byline
 * or dateline above a paragraph), and prose the scorer is sure of, enough of it. A listing, a forum or a
 * documentation page has either too little of such prose or no such head more often.
 */
export interface ArticlePageSettings {
  /** The block score from which a kept block is sure prose... */
  sure: number;
  /** ...when it has at least this many words (a paragraph, not a headline). */
  sureBlockWords: number;
  /** The page reads as an article when its sure prose has at least this many words... */
  sureWords: number;
  /** ...and it is headed as an article: its address ends in a headline's slug of at least this many words (`slugWords`)... */
  slugWords: number;
  /** ...or a byline or dateline stands this many blocks or fewer above a block of `sureBlockWords` words or more... */
  bylineReach: number;
  /** ...on a page of this many bylines and datelines or fewer (a listing's or a forum's each item carries its own). */
  bylinesAtMost: number;
}

export const ARTICLE_PAGE: Readonly<ArticlePageSettings> = Object.freeze({
  sure: 0.9,
  sureBlockWords: 20,
  sureWords: 300,
  slugWords: 3,
  bylineReach: 12,
  bylinesAtMost: 6,
});

/** Whether a page's address ends in a headline's slug long enough for it to read as an article. */
export function hasHeadlineSlug(slug: readonly string[] | undefined, settings: ArticlePageSettings): boolean {
  return (slug?.length ?? 0) >= settings.slugWords;
}

// The cues of an article's head: who wrote it, when it was published.
const HEAD_CUES: ReadonlySet<string> = new Set(['byline', 'dateline']);

/**
 * Whether a byline or dateline (the whole block: "By Jane Doe", "Published March 3, 2025") stands at most
 * `bylineReach` blocks above a paragraph-length block, as it does under an article's headline, on a page of
 * `bylinesAtMost` such blocks or fewer. Read from the blocks' descriptions alone, before scoring: where the page's
 * address says nothing, this is what says that the page may be an article.
 */
export function hasBylineAboveParagraph(descriptions: readonly BlockDescription[], settings: ArticlePageSettings): boolean {
  let above = false;
  let bylines = 0;
  let lastByline = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < descriptions.length; i++) {
    const d = descriptions[i]!;
    if (d.words >= settings.sureBlockWords && i - lastByline <= settings.bylineReach) above = true;
    if (d.cues.some((cue) => cue.whole && HEAD_CUES.has(cue.name))) {
      lastByline = i;
      if (++bylines > settings.bylinesAtMost) return false;
    }
  }
  return above;
}

/**
 * Whether a text page is headed as an article is: its address ends in a headline's slug (`hasHeadlineSlug`), or a
 * byline or dateline stands above a paragraph (`hasBylineAboveParagraph`), for a page whose address is not known or
 * says nothing.
 */
export function headedAsArticle(
  slug: readonly string[] | undefined,
  descriptions: readonly BlockDescription[],
  settings: ArticlePageSettings,
): boolean {
  return hasHeadlineSlug(slug, settings) || hasBylineAboveParagraph(descriptions, settings);
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
