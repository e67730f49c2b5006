import {type ContextRule, isProse, overrule} from './rule.js';

// A directory of near-identical lines ("Affordable Gym in 08004, Camden County, New Jersey", sixty times over, a place
// or a number apart) at the foot of the page is a site's links for search engines. The scorer rates each line as a
// fine headline, and they stand close to the body, so `below-body` and `outside-body` spare them.
const LINE_MAX_WORDS = 15;
const CHAIN_MIN_LINES = 10;
// Two lines said from one template: as many words, all but a third of them the same, in the same places.
const MAX_CHANGED_SHARE = 1 / 3;
// The chain is dropped only below a body longer than half of it: a listing of such lines after its intro is the page.
const BODY_MIN_SHARE = 0.5;

/** Chains of many short lines said from one template, below the body, are dropped as navigation. */
export const templateLines: ContextRule = {
  name: 'template-lines',
  apply({verdicts, descriptions, texts}) {
    if (!texts) return;
    const isLine = (i: number) => descriptions[i]!.words >= 2 && descriptions[i]!.words <= LINE_MAX_WORDS && !descriptions[i]!.endsWithTerminal;
    // First the chains, then the words kept outside them: a directory comes in several chains, one a template.
    const inChain = new Uint8Array(verdicts.length);
    const chains: [number, number][] = [];
    for (let start = 0; start < verdicts.length; ) {
      let end = start + 1;
      if (isLine(start)) {
        // Lines of one template count as many words: only those are split, most short lines of a page never are.
        let previous: string[] | undefined;
        for (; end < verdicts.length && isLine(end) && descriptions[end]!.words === descriptions[end - 1]!.words; end++) {
          previous ??= tokens(texts[end - 1]!);
          const line = tokens(texts[end]!);
          if (!sameTemplate(previous, line)) break;
          previous = line;
        }
      }
      if (end - start >= CHAIN_MIN_LINES) {
        chains.push([start, end]);
        inChain.fill(1, start, end);
      }
      start = end;
    }
    const keptWords = (from: number, to: number, which: (i: number) => boolean) => {
      let sum = 0;
      for (let i = from; i < to; i++) if (verdicts[i]!.kept && which(i)) sum += descriptions[i]!.words;
      return sum;
    };
    const outsideChains = (i: number) => !inChain[i];
    const proseOutsideChains = (i: number) => !inChain[i] && isProse(descriptions[i]!);
    for (const [start, end] of chains) {
      const chain = keptWords(start, end, () => true);
      // Below the body: half its words or more kept above it, and less prose kept after it than above.
      const above = keptWords(0, start, outsideChains);
      const proseAfter = keptWords(end, verdicts.length, proseOutsideChains);
      if (chain > 0 && above >= BODY_MIN_SHARE * chain && proseAfter < keptWords(0, start, proseOutsideChains)) {
        for (let i = start; i < end; i++) if (verdicts[i]!.kept) overrule(verdicts[i]!, false, 'navigation', this.name);
      }
    }
  },
};

function tokens(text: string): string[] {
  return text.toLowerCase().split(/\s+/u).filter((token) => token.length > 0);
}

function sameTemplate(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  let changed = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) changed++;
  return changed <= MAX_CHANGED_SHARE * a.length && changed < a.length;
}
