import type {BlockDescription} from '../features/describe.js';
import {wholeCueNamed} from '../features/lexicon.js';

/**
 * What says, before scoring, that a page may be an article's: a head such as an article has. An address that ends in
 * a headline's slug, or, where the address says nothing (none given, or none worth a slug), a byline or dateline above
 * a paragraph. The steps that find where an article ends (`outsideContainer`, the rule `article-end-marker`) run only
 * on such a page; a listing, a forum or a documentation page has no such head more often.
 */
export interface ArticleHeadSettings {
  /** The address ends in a headline's slug of at least this many words (`slugWords`)... */
  slugWords: number;
  /** ...or a byline or dateline stands this many blocks or fewer above a paragraph... */
  bylineReach: number;
  /** ...a block of at least this many words... */
  paragraphWords: number;
  /** ...on a page of this many bylines and datelines or fewer (each item of a news listing carries its own). */
  bylinesAtMost: number;
}

export const ARTICLE_HEAD: Readonly<ArticleHeadSettings> = Object.freeze({slugWords: 3, bylineReach: 12, paragraphWords: 20, bylinesAtMost: 6});

// The cues of an article's head: who wrote it, when it was published.
const isHeadCue = wholeCueNamed(new Set(['byline', 'dateline']));

/** Whether a page's address ends in a headline's slug long enough for it to read as an article. */
export function hasHeadlineSlug(slug: readonly string[] | undefined, settings: ArticleHeadSettings = ARTICLE_HEAD): boolean {
  return (slug?.length ?? 0) >= settings.slugWords;
}

/**
 * Whether the page is headed by a byline or dateline (the whole block: "By Jane Doe", "Published March 3, 2025")
 * that stands at most `bylineReach` blocks above a paragraph, as under an article's headline, and is not one of many:
 * a page of more than `bylinesAtMost` such blocks is a listing's or a thread's, whose every item carries its own.
 */
export function headedByByline(descriptions: readonly BlockDescription[], settings: ArticleHeadSettings = ARTICLE_HEAD): boolean {
  let bylineAboveParagraph = false;
  let bylines = 0;
  let lastByline = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < descriptions.length; i++) {
    const d = descriptions[i]!;
    if (d.words >= settings.paragraphWords && i - lastByline <= settings.bylineReach) bylineAboveParagraph = true;
    if (d.cues.some(isHeadCue)) {
      lastByline = i;
      if (++bylines > settings.bylinesAtMost) return false;
    }
  }
  return bylineAboveParagraph;
}

/** Whether a page is headed as an article is: by its address's slug (`hasHeadlineSlug`), else by a byline (`headedByByline`). */
export function isHeadedAsArticle(
  slug: readonly string[] | undefined,
  descriptions: readonly BlockDescription[],
  settings: ArticleHeadSettings = ARTICLE_HEAD,
): boolean {
  return hasHeadlineSlug(slug, settings) || headedByByline(descriptions, settings);
}
