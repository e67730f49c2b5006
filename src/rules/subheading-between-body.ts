import {type ContextRule, isBody, looksLikeHeadline, overrule, SUBHEADING_MAX_WORDS} from './rule.js';

/**
 * A short block between two kept body blocks is a subheading ("High price"): keep it, as jusText's revision does
 * for short blocks sandwiched between good ones.
 */
export const subheadingBetweenBody: ContextRule = {
  name: 'subheading-between-body',
  apply({verdicts, descriptions}) {
    for (let i = 1; i + 1 < verdicts.length; i++) {
      const v = verdicts[i]!;
      const d = descriptions[i]!;
      // Any cue (a photo credit, a dateline) is evidence enough against a subheading.
      if (v.kept || d.cues.length > 0 || !looksLikeHeadline(d, SUBHEADING_MAX_WORDS)) continue;
      if (isBody(verdicts[i - 1]!) && isBody(verdicts[i + 1]!) && v.score >= 0.05) {
        overrule(v, true, 'heading', this.name);
      }
    }
  },
};
