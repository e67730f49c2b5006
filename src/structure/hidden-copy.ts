import {hidesElement, type BlockMarkup} from '../read/markup.js';
import {alignmentTokens} from '../text/words.js';
import type {Verdict} from '../types.js';

// Blocks compare by runs of this many words: long enough that prose shares none by chance, short enough that a copy
// written in another markup (Markdown's link targets and marks between the words) still shares most of its runs.
const RUN_WORDS = 5;
// A shown block is in the copy when this share of its runs is.
const SHOWN_INSIDE = 0.8;
// A copy of the article holds several of its blocks: a hidden block that says again one shown block is a tab's or an
// accordion's second layout of it (a phone's and a desktop's), which the page's text counts twice.
const MIN_BLOCKS_HELD = 3;
// The copy is one when the shown blocks in it hold this share of its runs: what is left is its markup, or what the
// page shows but the stages dropped.
const COPY_SHARE = 0.6;

/**
 * HTML: which kept blocks (1) are a hidden copy of what the page shows. Pages carry their article again where no
 * reader sees it: its Markdown source for a "copy as Markdown" button (`<pre hidden>`), a `<textarea>` in a
 * `display: none` box for copying, microdata spans set `display: none` that repeat the headline, the standfirst and
 * the text. A kept block that a browser does not show (`hidden`, `aria-hidden`, `display: none`, a class for screen
 * readers only) whose runs of words the kept blocks shown elsewhere hold for the most part, each of those blocks
 * within it nearly whole, says nothing the output does not print. A hidden block the page shows nowhere (a tab's
 * panel, a collapsed answer) stays.
 */
export function hiddenCopies(verdicts: readonly Verdict[], texts: readonly string[], markup: readonly BlockMarkup[]): Uint8Array {
  const copies = new Uint8Array(verdicts.length);
  const hidden: number[] = [];
  for (let i = 0; i < verdicts.length; i++) if (verdicts[i]!.kept && hidesElement(markup[i]!.contexts)) hidden.push(i);
  // Nearly every page hides no kept block: nothing is compared.
  if (hidden.length === 0) return copies;
  const shownRuns = verdicts.map((v, j) => (v.kept && !hidesElement(markup[j]!.contexts) ? wordRuns(texts[j]!) : undefined));
  for (const i of hidden) {
    const runs = wordRuns(texts[i]!);
    if (runs.size === 0) continue;
    const held = new Set<string>();
    let blocksHeld = 0;
    for (const shown of shownRuns) {
      if (!shown || shown.size === 0) continue;
      let inside = 0;
      for (const run of shown) if (runs.has(run)) inside++;
      if (inside < SHOWN_INSIDE * shown.size) continue;
      blocksHeld++;
      for (const run of shown) if (runs.has(run)) held.add(run);
    }
    if (blocksHeld >= MIN_BLOCKS_HELD && held.size >= COPY_SHARE * runs.size) copies[i] = 1;
  }
  return copies;
}

/** The runs of `RUN_WORDS` words of a text, its words as the word metric reads them. */
function wordRuns(text: string): Set<string> {
  const words = alignmentTokens(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++) runs.add(words.slice(i, i + RUN_WORDS).join(' '));
  return runs;
}
