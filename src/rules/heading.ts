import {type ContextRule, looksLikeHeadline, overrule, SUBHEADING_MAX_WORDS} from './rule.js';

/** Kept short blocks that are not body prose are headings. */
export const shortKeptAreHeadings: ContextRule = {
  name: 'heading',
  apply({verdicts, descriptions}) {
    verdicts.forEach((v, i) => {
      if (v.kept && v.label === 'body' && looksLikeHeadline(descriptions[i]!, SUBHEADING_MAX_WORDS)) overrule(v, true, 'heading', this.name);
    });
  },
};
