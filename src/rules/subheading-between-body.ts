import {type ContextRule, isBody, looksLikeHeadline, overrule, SUBHEADING_MAX_WORDS} from './rule.js';

// The scorer's least for a subheading: below it a short line between body blocks is a button, a caption or a code
// sample's label far more often than a heading (cross-validated: docs/learning.md, Context rules).
const SUBHEADING_MIN_SCORE = 0.3;

/**
 * A short block between two kept body blocks is a subheading ("High price"): keep it, as jusText's revision does
 * for short blocks sandwiched between good ones, where the scorer gives it `SUBHEADING_MIN_SCORE` or more.
 */
export const subheadingBetweenBody: ContextRule = {
  name: 'subheading-between-body',
  apply({verdicts, descriptions}) {
    for (let i = 1; i + 1 < verdicts.length; i++) {
      const v = verdicts[i]!;
      const d = descriptions[i]!;
      // Any cue (a photo credit, a dateline) is evidence enough against a subheading.
      if (v.kept || d.cues.length > 0 || !looksLikeHeadline(d, SUBHEADING_MAX_WORDS)) continue;
      if (isBody(verdicts[i - 1]!) && isBody(verdicts[i + 1]!) && v.score >= SUBHEADING_MIN_SCORE) {
        overrule(v, true, 'heading', this.name);
      }
    }
  },
};
