import {slugContentWords, slugCoverage} from '../metadata/url-slug.js';
import {titleCandidates} from '../score/title.js';
import {keepTitleBelowHead} from './learned-title.js';
import {type ContextRule, hasWholeCue, HEADLINE_MAX_WORDS, pageNamedTitle, type RuleInput} from './rule.js';

/**
 * Below this share of the slug's words, a block does not say the headline the address carries (decided on the
 * train ids: docs/learning.md, Titles).
 */
export const SLUG_MATCH = 0.75;
/** A slug of fewer words (stopwords aside) is a section's, a category's or a product's name as often as a headline. */
export const SLUG_MIN_WORDS = 3;

/**
 * Where the page's address carries its headline as a slug (`src/metadata/url-slug.ts`), the block above the body
 * (down to the title scorer's last candidate) that says most of the slug's words is the title: the publisher wrote
 * the headline twice, once into the address. Runs after the title scorer, where it named none and the page named none itself (`page-h1`,
 * `stated-title`). Only an input block is taken; where it lies below kept lines of the page head, they are dropped
 * as the title scorer drops them (reason `above-title`), but not on a page already clean.
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
export function slugTitleBlock(input: Pick<RuleInput, 'verdicts' | 'descriptions' | 'texts' | 'slug'>): number {
  const {verdicts, descriptions, texts, slug} = input;
  if (!slug || !texts || slugContentWords(slug) < SLUG_MIN_WORDS) return -1;
  // As far down as the title scorer looks, and further up than it: the slug is evidence enough where the gold title
  // lies more than its reach above the first kept block.
  const last = titleCandidates({verdicts, descriptions, texts}).at(-1) ?? -1;
  let best = -1;
  let bestCoverage = 0;
  for (let i = 0; i <= last; i++) {
    const d = descriptions[i]!;
    if (d.words === 0 || d.words > HEADLINE_MAX_WORDS || hasWholeCue(d) || d.urls > 0) continue;
    const coverage = slugCoverage(slug, texts[i]!);
    if (coverage < SLUG_MATCH) continue;
    if (coverage > bestCoverage || (coverage === bestCoverage && d.words < descriptions[best]!.words)) {
      best = i;
      bestCoverage = coverage;
    }
  }
  // A title names a body: the last kept block is not taken for it.
  return best >= 0 && verdicts.some((v, i) => i > best && v.kept) ? best : -1;
}
