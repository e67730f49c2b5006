import {chooseTitle} from '../score/title.js';
import {dropHeadAboveHeadline} from './head-above-headline.js';
import {type ContextRule, keepAsTitle, overrule, pageNamedTitle, type RuleInput} from './rule.js';

/** The reason on a kept line of the page head that the title scorer's pick lies below, and which is dropped for it. */
export const ABOVE_TITLE = 'above-title';

/**
 * The title scorer's pick among the blocks above the body (`src/score/title.ts`), kept even where the block scorer
 * doubted it; unless the page named its title itself (`page-h1`). Its candidates reach below the first kept block,
 * among the kept short lines of a page head (a section's name, a date) above the first prose: where it picks such a
 * headline, those lines are dropped, so that the title is printed first and the output stays in input order; on a
 * page that showed no boilerplate evidence (`clean-page`), nothing is dropped and no such headline is named.
 */
export const learnedTitle: ContextRule = {
  name: 'learned-title',
  apply(input) {
    const {verdicts, descriptions, texts, titleScorer, slug} = input;
    if (!titleScorer || !texts || pageNamedTitle(input)) return;
    const context = {verdicts, descriptions, texts, slug};
    const title = chooseTitle(titleScorer, context);
    // Where the scorer names no title, the headline above the first sure paragraph may still tell the page head.
    if (title < 0) return dropHeadAboveHeadline(input, titleScorer, context);
    // A title names a body: the last kept block is not taken for it, which would leave the body empty.
    if (!verdicts.some((v, i) => i > title && v.kept)) return;
    keepTitleBelowHead(input, title, this.name);
  },
};

/**
 * Keep block `title`, a headline a rule found below kept lines of the page head, as the title: those lines are
 * dropped (`above-title`), so that the title is printed first and the output stays in input order. Text already clean
 * (`clean-page`) keeps its lines: a headline below kept lines is no title there, and nothing changes.
 */
export function keepTitleBelowHead(input: Pick<RuleInput, 'verdicts' | 'cleanPage'>, title: number, rule: string): void {
  const {verdicts} = input;
  if (input.cleanPage && verdicts.some((v, i) => i < title && v.kept)) return;
  for (let i = 0; i < title; i++) if (verdicts[i]!.kept) overrule(verdicts[i]!, false, 'other', ABOVE_TITLE);
  keepAsTitle(verdicts, title, rule);
}
