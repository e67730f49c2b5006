import type {BlockDescription} from '../features/describe.js';
import {ARTICLE_PAGE, sureProse} from '../structure/article-page.js';
import {isCleanPage} from '../structure/clean-page.js';
import type {BoilerplateLabel} from '../types.js';
import {type ContextRule, overrule} from './rule.js';

// A marker stands alone, as short as a section's heading.
const MARKER_MAX_WORDS = 8;
// The cue of a section that follows an article rather than belongs to it: its related stories, a block of its own
// ("Related Stories"). Not a "Read more: ..." link (`related-prefix`), which stands between an article's last
// paragraphs too, nor the comments' cues: a forum's thread and its replies are the page's body, and "Reply" stands
// under every post.
const MARKER_CUE = 'related-marker';
// Nor a link to more about one subject ("Read more about the Bespoke range"), which a round-up sets under each item.
const LINK_TO_SUBJECT = /^(?:read|see|watch|view|explore) (?:more|also|next) (?:about|on|from) /iu;
// The other sections an article ends with, which the cue lexicon does not mark as boilerplate (their words are an
// article's own elsewhere): a card about its author, and its references and notes. Read from the block's key (framing
// punctuation and bullets dropped).
const AUTHOR_SECTION =
  /^(?:about the (?:author|writer|expert)s?|written by\b.*|meet the author|author bio|über (?:den|die) autor(?:in|en)?|[àa] propos de l[’']auteur|sobre el autor)\s*:?$/iu;
const NOTES_SECTION =
  /^(?:references|sources|footnotes|bibliography|citations|notes|further reading|einzelnachweise|quellen|literatur|anmerkungen|fußnoten|références|bibliographie|notes et références|referencias|notas|fuentes)\s*:?$/iu;

/**
 * Below an article's last sure paragraph, a short block that heads a section of its own (related stories, an author
 * card, references) ends the article: the marker and the kept blocks after it that the scorer is not sure of are
 * dropped, labelled as the section is (related stories, the author's byline, other). Only on a page that reads as
 * an article (headed as one, `article-head.ts`, with enough sure prose, `article-page.ts`), where what follows the
 * article is not part of its body; a listing or a forum keeps its items, and a page that showed no boilerplate
 * (`clean-page`) its notes. `run-after-marker` drops the headlines right after a dropped related marker; this rule
 * reads the page's end as a whole, whatever is kept there.
 */
export const articleEndMarker: ContextRule = {
  name: 'article-end-marker',
  apply({verdicts, descriptions, texts, headings, headedAsArticle, cleanPage}) {
    // The same test of an article's page as the page-structure stage's container step. On HTML too: the article's
    // element holds its notes, its author's card and the related stories its template appends.
    if (!texts || cleanPage || !headedAsArticle) return;
    // A Markdown or HTML page that shows no boilerplate is an article as written, its notes its own (a text one is
    // `cleanPage`).
    if (headings && isCleanPage(verdicts, descriptions)) return;
    const sure = sureProse(verdicts, descriptions, ARTICLE_PAGE);
    if (sure.words < ARTICLE_PAGE.sureWords) return;
    let marker = -1;
    for (let i = sure.last + 1; i < verdicts.length && marker < 0; i++) {
      if (endSectionLabel(descriptions[i]!)) marker = i;
    }
    if (marker < 0) return;
    const label = endSectionLabel(descriptions[marker]!)!;
    for (let i = marker; i < verdicts.length; i++) {
      const v = verdicts[i]!;
      // The tail's blocks the scorer is sure of are the article's still (a last paragraph after a related box); the
      // marker itself is no part of it, whatever its score.
      if (v.kept && v.label !== 'title' && (i === marker || v.score < ARTICLE_PAGE.sure)) overrule(v, false, label, this.name);
    }
  },
};

/** Is the block a short heading of a section that follows an article? */
export function isEndMarker(d: BlockDescription): boolean {
  return endSectionLabel(d) !== undefined;
}

/** What a section that follows an article is, from the short block that heads it; undefined for any other block. */
function endSectionLabel(d: BlockDescription): BoilerplateLabel | undefined {
  if (d.words === 0 || d.words > MARKER_MAX_WORDS) return undefined;
  const cue = d.cues.find((c) => c.name === MARKER_CUE);
  if (cue && !LINK_TO_SUBJECT.test(d.key)) return cue.label;
  if (AUTHOR_SECTION.test(d.key)) return 'byline';
  return NOTES_SECTION.test(d.key) ? 'other' : undefined;
}
