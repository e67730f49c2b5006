import {slugContentWords, slugCoverage} from '../metadata/url-slug.js';
import {titleCandidates} from '../score/title.js';
import {endsWithSentenceFullStop} from '../text/sentence-full-stop.js';
import {keepTitleBelowHead} from './learned-title.js';
import {firstSureParagraph, headOutweighsBody} from './page-head.js';
import {type ContextRule, hasWholeCue, HEADLINE_MAX_WORDS, pageNamedTitle, type RuleInput} from './rule.js';

/**
 * Below this share of the slug's words, a block does not say the headline the address carries (decided on the
 * train ids: docs/learning.md, Titles).
 */
export const SLUG_MATCH = 0.75;
/** A slug of fewer words (stopwords aside) is a section's, a category's or a product's name as often as a headline. */
export const SLUG_MIN_WORDS = 3;

/**
 * Where the page's address carries its headline as a slug (`src/metadata/url-slug.ts`), the block above the body (down
 * to the title scorer's last candidate, or on text to the first sure paragraph where that lies lower) that says most of
 * the slug's words is the title: the publisher wrote the headline twice, once into the address. Runs after the title
 * scorer, where it named none and the page named none itself (`page-h1`, `stated-title`). Only an input block is taken;
 * where it lies below kept lines of the page head, they are dropped as the title scorer drops them (reason
 * `above-title`), but not on a page already clean.
 */
export const slugTitle: ContextRule = {
  name: 'slug-title',
  apply(input) {
    if (pageNamedTitle(input)) return;
    const title = slugTitleBlock(input);
    if (title >= 0) keepTitleBelowHead(input, title, this.name);
  },
};

/**
 * The block above the body that says the most of the slug's words, at least `SLUG_MATCH` of them; among equals the one
 * with the fewest words beside them (a headline, not a teaser that quotes it). -1 for none.
 */
export function slugTitleBlock(input: Pick<RuleInput, 'verdicts' | 'descriptions' | 'texts' | 'slug' | 'headings'>): number {
  const {verdicts, descriptions, texts, slug, headings} = input;
  if (!slug || !texts || slugContentWords(slug) < SLUG_MIN_WORDS) return -1;
  // Further up than the title scorer looks, and on text down to the first sure paragraph where that lies below its
  // last candidate: the slug is evidence enough where the title lies beyond the scorer's reach above the first kept
  // block, or below kept lines of a page head (a stray kept block far above the article) that the scorer stops under.
  // Not on HTML, whose markup names its title (`page-h1`, `stated-title`, the `<title>`): there the kept lines above
  // a heading that says the slug are a listing's teasers above one whose headline happens to say it.
  const lastCandidate = titleCandidates({verdicts, descriptions, texts}).at(-1) ?? -1;
  const last = headings ? lastCandidate : Math.max(lastCandidate, firstSureParagraph(verdicts, descriptions) - 1);
  let best = -1;
  let bestCoverage = 0;
  for (let i = 0; i <= last; i++) {
    const d = descriptions[i]!;
    // A line that ends a sentence on a full stop (a category's "The main article for this category is ...", a teaser's
    // lede) happens to say the slug's words; a headline ends bare, on a question or exclamation mark, or on an
    // abbreviation ("... in the U.S.").
    if (d.words === 0 || d.words > HEADLINE_MAX_WORDS || hasWholeCue(d) || d.urls > 0 || endsWithSentenceFullStop(texts[i]!)) continue;
    const coverage = slugCoverage(slug, texts[i]!);
    if (coverage < SLUG_MATCH) continue;
    if (coverage > bestCoverage || (coverage === bestCoverage && d.words < descriptions[best]!.words)) {
      best = i;
      bestCoverage = coverage;
    }
  }
  if (best < 0) return -1;
  // Below the scorer's reach, the kept lines above the headline are dropped for it: not where they outweigh what is
  // kept below, a listing's or a forum's items above its first sure paragraph rather than a page head.
  if (best > lastCandidate && headOutweighsBody(verdicts, descriptions, best)) return -1;
  // A title names a body: the last kept block is not taken for it.
  return verdicts.some((v, i) => i > best && v.kept) ? best : -1;
}
