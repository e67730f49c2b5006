import {type ContextRule, overrule} from './rule.js';

// Whole-block cues of these kinds are boilerplate whatever the scorer thinks: a block that is nothing but
// "Read Next", "ADVERTISEMENT", "Share" or "View comments" is never body.
const DECISIVE_WHOLE: ReadonlySet<string> = new Set(['ad', 'related', 'newsletter', 'social', 'comments']);
// Partial cues that are decisive by their shape: a block that ends in a wire or agency credit is a caption.
const DECISIVE_PARTIAL: ReadonlySet<string> = new Set(['wire-credit']);

export const decisiveCue: ContextRule = {
  name: 'decisive-cue',
  apply({verdicts, descriptions}) {
    verdicts.forEach((v, i) => {
      if (!v.kept) return;
      const cue = descriptions[i]!.cues.find((c) => (c.whole ? DECISIVE_WHOLE.has(c.label) : DECISIVE_PARTIAL.has(c.name)));
      if (!cue) return;
      overrule(v, false, cue.label, this.name);
      v.reasons = v.reasons.concat(cue.name);
    });
  },
};
