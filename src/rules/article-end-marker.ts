import type {BlockDescription} from '../features/describe.js';
import {ARTICLE_PAGE, hasHeadlineSlug, isSureProse} from '../structure/article-page.js';
import {type ContextRule, overrule} from './rule.js';

// A marker stands alone, as short as a section's heading.
const MARKER_MAX_WORDS = 8;
// Kept blocks of the run the scorer rates this or more stay.
const KEEP_ABOVE = 0.9;
// The cues of a section that follows an article rather than belongs to it: its related stories. Not the comments'
// cues: a forum's thread and its replies are the page's body, and "Reply" stands under every post.
const MARKER_CUES: ReadonlySet<string> = new Set(['related-marker', 'related-prefix']);
// The other sections an article ends with, which the cue lexicon does not mark as boilerplate (their words are an
// article's own elsewhere): a card about its author, its references and notes.
const END_SECTION =
  /^(?:about the (?:author|writer|expert)s?|written by\b.*|meet the author|author bio|über (?:den|die) autor(?:in)?|à propos de l[’']auteur|sobre el autor|references|sources|footnotes|bibliography|citations|notes|einzelnachweise|quellen|literatur|anmerkungen|références|notes et références|referencias|notas|fuentes)\s*:?$/iu;

/**
 * Below an article's last sure paragraph, a short block that heads a section of its own (related stories, an author
 * card, references) ends the article: the kept blocks after it that the scorer is not sure of are dropped.
 * Only on a text page that reads as an article (enough sure prose, an address with a headline's slug), where what
 * follows the article is not part of its body; a listing or a forum keeps its items. `run-after-marker` drops the
 * headlines right after a dropped related marker; this rule reads the page's end as a whole, whatever is kept there.
 */
export const articleEndMarker: ContextRule = {
  name: 'article-end-marker',
  apply({verdicts, descriptions, texts, headings, slug}) {
    // Markup names its sections itself: the page-structure stage reads them there.
    // The same test of an article's page as the page-structure stage's container step.
    if (headings || !texts || !hasHeadlineSlug(slug, ARTICLE_PAGE)) return;
    let sureWords = 0;
    let lastSure = -1;
    for (let i = 0; i < verdicts.length; i++) {
      if (!isSureProse(verdicts[i]!, descriptions[i]!, ARTICLE_PAGE)) continue;
      sureWords += descriptions[i]!.words;
      lastSure = i;
    }
    if (sureWords < ARTICLE_PAGE.sureWords) return;
    let marker = -1;
    for (let i = lastSure + 1; i < verdicts.length && marker < 0; i++) {
      if (isEndMarker(texts[i]!, descriptions[i]!)) marker = i;
    }
    if (marker < 0) return;
    for (let i = marker; i < verdicts.length; i++) {
      const v = verdicts[i]!;
      if (v.kept && v.label !== 'title' && v.score < KEEP_ABOVE) overrule(v, false, 'other', this.name);
    }
  },
};

/** Is the block a short heading of a section that follows an article? */
export function isEndMarker(text: string, d: BlockDescription): boolean {
  if (d.words === 0 || d.words > MARKER_MAX_WORDS) return false;
  return d.cues.some((cue) => MARKER_CUES.has(cue.name)) || END_SECTION.test(text.trim());
}
