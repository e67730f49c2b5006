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
// ...and only where the prose kept after it is under this share of the prose above: past the article's end.
const PROSE_AFTER_MAX_SHARE = 0.1;

/** Chains of many short lines said from one template, below the body, are dropped as navigation. */
export const templateLines: ContextRule = {
  name: 'template-lines',
  apply({verdicts, descriptions, texts}) {
    if (!texts) return;
    const isLine = (i: number) => descriptions[i]!.words >= 2 && descriptions[i]!.words <= LINE_MAX_WORDS && !descriptions[i]!.endsWithTerminal;
    // First the chains, then the words kept outside them: a directory comes in several chains, one a template.
    const inChain = new Uint8Array(verdicts.length);
    const chains: [number, number][] = [];
    // Where the run of lines of as many words that holds `start` ends: found once a run, since every start inside it
    // ends there (a list of 80,000 two-word lines, no two of one template, would otherwise be read again from each).
    let runEnd = 0;
    for (let start = 0; start < verdicts.length; ) {
      let end = start + 1;
      if (isLine(start)) {
        // Lines of one template count as many words: only a run of such lines long enough to hold a chain is split,
        // most short lines of a page never are.
        if (runEnd <= start) {
          runEnd = start + 1;
          while (runEnd < verdicts.length && isLine(runEnd) && descriptions[runEnd]!.words === descriptions[runEnd - 1]!.words) runEnd++;
        }
        const run = runEnd;
        if (run - start < CHAIN_MIN_LINES) end = run;
        let previous: string[] | undefined;
        for (; end < run; end++) {
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
    if (chains.length === 0) return;
    // The kept words outside the chains before each block, and of them the prose's: sums a page's chains read in
    // constant time each (a long document may hold thousands of chains).
    const keptBefore = new Float64Array(verdicts.length + 1);
    const proseBefore = new Float64Array(verdicts.length + 1);
    for (let i = 0; i < verdicts.length; i++) {
      const counted = verdicts[i]!.kept && !inChain[i] ? descriptions[i]!.words : 0;
      keptBefore[i + 1] = keptBefore[i]! + counted;
      proseBefore[i + 1] = proseBefore[i]! + (counted > 0 && isProse(descriptions[i]!) ? counted : 0);
    }
    const proseTotal = proseBefore[verdicts.length]!;
    for (const [start, end] of chains) {
      let chain = 0;
      for (let i = start; i < end; i++) if (verdicts[i]!.kept) chain += descriptions[i]!.words;
      // Below the body: half its words or more kept above it, and next to no prose kept after it (a list the article
      // brings in, "as follows", has its prose go on below it).
      const proseAbove = proseBefore[start]!;
      const proseAfter = proseTotal - proseBefore[end]!;
      if (chain > 0 && keptBefore[start]! >= BODY_MIN_SHARE * chain && proseAfter < PROSE_AFTER_MAX_SHARE * proseAbove) {
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
