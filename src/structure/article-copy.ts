import type {BlockDescription} from '../features/describe.js';
import {hidesElement, type BlockMarkup} from '../read/markup.js';
import {alignmentTokens} from '../text/words.js';
import type {Verdict} from '../types.js';

// Blocks compare by runs of this many words: long enough that prose shares none by chance, short enough that a copy
// written in another markup (Markdown's link targets and marks between the words) still shares most of its runs.
const RUN_WORDS = 5;
// A block is in the copy when this share of its runs is.
const HELD_INSIDE = 0.8;
// The copy is one when the blocks in it hold this share of its runs: what is left is its markup, or what the page
// shows but the stages dropped.
const COPY_SHARE = 0.6;
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

/**
 * Which kept blocks (1) are a copy of the article that the page carries beside it. Pages carry their article again
 * where no reader sees it: its Markdown source for a "copy as Markdown" button (`<pre hidden>`), a `<textarea>` in a
 * `display: none` box for copying, microdata spans set `display: none` that repeat the headline, the standfirst and the
 * text. A scrape of the page's text holds them as one long block. Such a block holds the kept blocks of the article
 * nearly whole, and they hold most of it: on HTML, a block that a browser does not show (`hidden`, `aria-hidden`,
 * `display: none`, a class for screen readers only) holding `HIDDEN_MIN_HELD` kept blocks shown elsewhere; on any
 * page, a long block holding `SHOWN_MIN_PARAGRAPHS` kept paragraphs. A hidden block the page shows nowhere (a tab's
 * panel, a collapsed answer) stays, and so does a long block that holds a paragraph or two (a summary, a pull quote).
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
  const candidates: number[] = [];
  for (let i = 0; i < verdicts.length; i++) {
    if (!verdicts[i]!.kept) continue;
    const words = descriptions[i]!.words;
    if (words >= RUN_WORDS && (hidden(i) || (words >= SHOWN_MIN_WORDS && words >= SHOWN_MIN_SHARE * (keptWords - words)))) candidates.push(i);
  }
  // Nearly every page has no candidate: no runs are made.
  if (candidates.length === 0) return copies;
  const runsOf = verdicts.map((v, i) => (v.kept && !hidden(i) && descriptions[i]!.words >= RUN_WORDS ? wordRuns(texts[i]!) : undefined));
  for (const i of candidates) {
    const runs = runsOf[i] ?? wordRuns(texts[i]!);
    const held = new Set<string>();
    let blocksHeld = 0;
    let paragraphsHeld = 0;
    runsOf.forEach((blockRuns, j) => {
      if (j === i || !blockRuns || blockRuns.size === 0) return;
      let inside = 0;
      for (const run of blockRuns) if (runs.has(run)) inside++;
      if (inside < HELD_INSIDE * blockRuns.size) return;
      blocksHeld++;
      const d = descriptions[j]!;
      if (d.endsWithTerminal && d.words >= PARAGRAPH_MIN_WORDS) paragraphsHeld++;
      for (const run of blockRuns) if (runs.has(run)) held.add(run);
    });
    const enough = hidden(i) ? blocksHeld >= HIDDEN_MIN_HELD : paragraphsHeld >= SHOWN_MIN_PARAGRAPHS;
    if (enough && held.size >= COPY_SHARE * runs.size) copies[i] = 1;
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
