import {chooseTitle} from '../score/title.js';
import {type ContextRule, keepAsTitle, pageNamedTitle} from './rule.js';

/**
 * The title scorer's pick among the blocks above the body (`src/score/title.ts`), kept even where the block scorer
 * doubted it; unless the page named its title itself (`page-h1`).
 */
export const learnedTitle: ContextRule = {
  name: 'learned-title',
  apply(input) {
    const {verdicts, descriptions, texts, titleScorer} = input;
    if (!titleScorer || !texts || pageNamedTitle(input)) return;
    const title = chooseTitle(titleScorer, {verdicts, descriptions, texts});
    // A title names a body: the last kept block is not taken for it, which would leave the body empty.
    if (title >= 0 && verdicts.some((v, i) => i > title && v.kept)) keepAsTitle(verdicts, title, this.name);
  },
};
