import type {Cue} from '../features/lexicon.js';
import {type ContextRule, overrule} from './rule.js';

// Whole-block cues of these kinds are boilerplate whatever the scorer thinks: a block that is nothing but
// "Read Next", "ADVERTISEMENT", "Share" or "View comments" is never body.
const DECISIVE_WHOLE: ReadonlySet<string> = new Set(['ad', 'related', 'newsletter', 'social', 'comments']);
// Partial cues that are decisive by their shape: a block that ends in a wire or agency credit is a caption.
const DECISIVE_PARTIAL: ReadonlySet<string> = new Set(['wire-credit']);

/** Does this cue settle its block as boilerplate, whatever the scorer's score? */
export function isDecisive(cue: Cue): boolean {
  return cue.whole ? DECISIVE_WHOLE.has(cue.label) : DECISIVE_PARTIAL.has(cue.name);
}

export const decisiveCue: ContextRule = {
  name: 'decisive-cue',
  apply({verdicts, descriptions}) {
    verdicts.forEach((v, i) => {
      if (!v.kept) return;
      const cue = descriptions[i]!.cues.find(isDecisive);
      if (!cue) return;
      overrule(v, false, cue.label, this.name);
      v.reasons = v.reasons.concat(cue.name);
    });
  },
};
