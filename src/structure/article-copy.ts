import type {BlockDescription} from '../features/describe.js';
import {hidesElement, type BlockMarkup} from '../read/markup.js';
import {alignmentTokens} from '../text/words.js';
import type {Verdict} from '../types.js';

/** The reason of a block dropped as a copy of the article. */
export const ARTICLE_COPY = 'article-copy';

// Blocks compare by runs of this many words: long enough that prose shares none by chance, short enough that a copy
// written in another markup (Markdown's marks between the words) still shares most of its runs.
const RUN_WORDS = 5;
// A block is in the copy when this share of its runs is.
const HELD_INSIDE = 0.8;
// The copy is one when the blocks in it cover this share of its words' characters, its link targets left out: what is
// left is the markup's own words, a heading or two the stages dropped, never a paragraph the page prints nowhere else.
const COPY_SHARE = 0.9;
// A hidden copy holds several of the article's blocks: a hidden block that says one shown block again is a tab's or an
// accordion's second layout of it (a phone's and a desktop's), which the page's text counts twice.
const HIDDEN_MIN_HELD = 3;
// A copy the page shows, or that text gives no sign of hiding, holds more, and holds paragraphs: a documentation
// page's last code example holds the snippets above it, which are no paragraphs.
const SHOWN_MIN_PARAGRAPHS = 5;
const PARAGRAPH_MIN_WORDS = 10;
// A shown block is looked at as a copy only when it is long beside the rest of what is kept, as a copy of the article
// is: a page's long paragraphs are a small share of its article.
const SHOWN_MIN_WORDS = 100;
const SHOWN_MIN_SHARE = 0.3;
// A link's target in Markdown, and a bare address: no words of the page's text, in a copy written in Markdown.
const LINK_TARGETS = /\]\([^)\s]*(?:\s+"[^"]*")?\)|\bhttps?:\/\/\S+/g;

/**
 * Which kept blocks (1) are a copy of the article that the page carries beside it. Pages carry their article again
 * where no reader sees it: its Markdown source for a "copy as Markdown" button (`<pre hidden>`), a `<textarea>` in a
 * `display: none` box for copying, microdata spans set `display: none` that repeat the headline, the standfirst and the
 * text. A scrape of the page's text holds them as one long block. Such a block holds kept blocks nearly whole, which
 * cover nearly all of its words: on HTML, a block that a browser does not show (`hidden`, `aria-hidden`, `display:
 * none`, a class for screen readers only) holding `HIDDEN_MIN_HELD` kept blocks shown elsewhere; on any page, a long
 * block holding `SHOWN_MIN_PARAGRAPHS` kept paragraphs. Only blocks that are no candidate themselves count as held, so
 * that of two copies neither vouches for the other. A block that says more than what it holds (a tab's whole file
 * beside its snippets, a reply that quotes posts) stays, as do a hidden block the page shows nowhere and a long block
 * that holds a paragraph or two (a summary, a pull quote). Words are the word metric's: a clause of a script written
 * without spaces is one, so copies in such scripts are rarely found, and their characters weigh as they should.
 */
export function articleCopies(
  verdicts: readonly Verdict[],
  texts: readonly string[],
  descriptions: readonly BlockDescription[],
  markup?: readonly BlockMarkup[],
): Uint8Array {
  const copies = new Uint8Array(verdicts.length);
  const hidden = (i: number) => markup !== undefined && hidesElement(markup[i]!.contexts);
  let keptWords = 0;
  for (let i = 0; i < verdicts.length; i++) if (verdicts[i]!.kept) keptWords += descriptions[i]!.words;
  const candidate = new Uint8Array(verdicts.length);
  const candidates: number[] = [];
  for (let i = 0; i < verdicts.length; i++) {
    if (!verdicts[i]!.kept) continue;
    const words = descriptions[i]!.words;
    if (words < RUN_WORDS || !(hidden(i) || (words >= SHOWN_MIN_WORDS && words >= SHOWN_MIN_SHARE * (keptWords - words)))) continue;
    candidate[i] = 1;
    candidates.push(i);
  }
  // Nearly every page has no candidate: no runs are made.
  if (candidates.length === 0) return copies;
  // Held blocks are kept blocks that are no candidate: shown ones (a hidden block of runs is a candidate), and none
  // that may be a copy itself.
  const {blocksOf, runCounts} = heldRunIndex(verdicts, texts, (j) => !candidate[j]);
  for (const i of candidates) {
    const words = alignmentTokens(texts[i]!.replace(LINK_TARGETS, ' '));
    const runs = runsOf(words);
    // How many of each block's runs the candidate says, each run once.
    const inside = new Map<number, number>();
    for (const run of new Set(runs)) for (const j of blocksOf.get(run) ?? []) inside.set(j, (inside.get(j) ?? 0) + 1);
    const held = new Set<number>();
    let paragraphs = 0;
    for (const [j, count] of inside) {
      if (count < HELD_INSIDE * runCounts[j]!) continue;
      held.add(j);
      const d = descriptions[j]!;
      if (d.endsWithTerminal && d.words >= PARAGRAPH_MIN_WORDS) paragraphs++;
    }
    if (hidden(i) ? held.size < HIDDEN_MIN_HELD : paragraphs < SHOWN_MIN_PARAGRAPHS) continue;
    // The candidate's words that a run of a held block covers, weighed by their characters.
    const covered = new Uint8Array(words.length);
    runs.forEach((run, at) => {
      if ((blocksOf.get(run) ?? []).some((j) => held.has(j))) covered.fill(1, at, at + RUN_WORDS);
    });
    let coveredChars = 0;
    let chars = 0;
    words.forEach((word, k) => {
      chars += word.length;
      if (covered[k]) coveredChars += word.length;
    });
    if (coveredChars >= COPY_SHARE * chars) copies[i] = 1;
  }
  return copies;
}

/**
 * The runs of the kept blocks that `counts` allows, each run with the blocks that say it (each block once), and each
 * block's number of distinct runs: made once a page, so that comparing candidates costs their own runs only.
 */
function heldRunIndex(
  verdicts: readonly Verdict[],
  texts: readonly string[],
  counts: (j: number) => boolean,
): {blocksOf: Map<string, number[]>; runCounts: Int32Array} {
  const blocksOf = new Map<string, number[]>();
  const runCounts = new Int32Array(verdicts.length);
  for (let j = 0; j < verdicts.length; j++) {
    if (!verdicts[j]!.kept || !counts(j)) continue;
    const runs = new Set(runsOf(alignmentTokens(texts[j]!)));
    runCounts[j] = runs.size;
    for (const run of runs) {
      const blocks = blocksOf.get(run);
      if (blocks) blocks.push(j);
      else blocksOf.set(run, [j]);
    }
  }
  return {blocksOf, runCounts};
}

/** The runs of `RUN_WORDS` words of a block's words, in order, one at each word that starts one. */
function runsOf(words: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + RUN_WORDS <= words.length; i++) runs.push(words.slice(i, i + RUN_WORDS).join(' '));
  return runs;
}
