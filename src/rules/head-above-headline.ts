import {bestCandidate, titleCandidates, titleRows, type TitleContext, type TitleScorer} from '../score/title.js';
import {overrule, type RuleInput} from './rule.js';
import {firstSureParagraph, headOutweighsBody} from './page-head.js';

/** The reason on a kept line of the page head above the headline of the first sure paragraph, dropped for it. */
export const ABOVE_HEADLINE = 'above-headline';

/** How often a page may say its headline: a line it says more often is a caption or a label (a gallery's, over each photo). */
const HEADLINE_MAX_REPEATS = 2;

/**
 * Where the title scorer named no title, the page head may still stand above the body as kept lines: menus, promotions
 * or a section's name the scorer kept, so far above the headline that the title scorer's candidates (which reach a
 * fixed number of blocks above the first kept block, `LOOK_BACK` in src/score/title.ts) never reach it. Looked at from
 * the first sure paragraph (`firstSureParagraph`), as though nothing above it were kept, the title scorer finds the
 * headline there: where it is as sure of it as of a title, the kept blocks above that headline are
 * dropped (`above-headline`), unless they outweigh what is kept below it (`headOutweighsBody`). The headline itself
 * stays as the scorer judged it, and is not named the title.
 * Not on a page already clean (`clean-page`), whose lines stay. The kept lines that run into the headline with no
 * removed line between stay too: an article whose scrape lost its headline opens with short lines (a lede, a byline,
 * a Q&A's first exchange) above a subheading the scorer may take for a headline, while the page head this rule is for
 * stands apart from the headline, above lines the scorer removed.
 */
export function dropHeadAboveHeadline(input: RuleInput, scorer: TitleScorer, context: TitleContext): void {
  const {verdicts, descriptions, cleanPage} = input;
  if (cleanPage) return;
  const sure = firstSureParagraph(verdicts, descriptions);
  const firstKept = verdicts.findIndex((v) => v.kept);
  if (sure <= firstKept) return;
  // Only a headline below a removed line drops anything (the kept lines that run into it stay): where no candidate
  // lies between such a line and the sure paragraph, the scorer's rows are not worth making.
  const firstRemoved = verdicts.findIndex((v, i) => i > firstKept && !v.kept);
  if (firstRemoved < 0 || firstRemoved > sure) return;
  const below: TitleContext = {...context, verdicts: verdicts.map((v, i) => (i < sure ? {kept: false, score: v.score} : v))};
  const candidates = titleCandidates(below);
  if (!candidates.some((i) => i > firstRemoved && i < sure)) return;
  const best = bestCandidate(scorer.stage, titleRows(below, candidates));
  const headline = candidates[best.index]!;
  // A headline heads the body: the sure paragraph itself, or a line below it, is none, and what is kept above it stays.
  if (best.probability < scorer.threshold || headline <= firstKept || headline >= sure) return;
  const key = descriptions[headline]!.key;
  if (descriptions.filter((d) => d.key === key).length > HEADLINE_MAX_REPEATS) return;
  if (headOutweighsBody(verdicts, descriptions, headline)) return;
  let opening = headline;
  while (opening > 0 && verdicts[opening - 1]!.kept) opening--;
  for (let i = 0; i < opening; i++) if (verdicts[i]!.kept) overrule(verdicts[i]!, false, 'other', ABOVE_HEADLINE);
}
