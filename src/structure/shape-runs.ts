import type {BlockDescription} from '../features/describe.js';
import {isWholeCue} from '../features/lexicon.js';

/**
 * Teaser lists in text: a headline, perhaps a byline or a date, perhaps a one-to-three-sentence summary, and again,
 * and again. Each block gets a shape (a headline, a byline, date or other short line, a short summary, or longer
 * prose) and a run is three or more repeats of one pattern of one to three shapes with a headline in it and
 * no longer prose.
 * An article's body repeats no such pattern for long: its paragraphs are prose of every length, and its subheadings
 * stand between several of them. For each block: how many times the run it lies in repeats its pattern (1 outside
 * runs).
 */
export function shapeRunRepeats(descriptions: readonly BlockDescription[]): Uint32Array {
  // A byte a block for its shape and a number for its repeats: lists as long as the page, of a string or a number each,
  // took 8 bytes a block apiece in the old generation of a long document.
  const shapes = new Uint8Array(descriptions.length);
  for (let i = 0; i < shapes.length; i++) shapes[i] = shapeOf(descriptions[i]!);
  const repeats = new Uint32Array(shapes.length).fill(1);
  for (let period = 1; period <= MAX_PERIOD; period++) {
    let start = 0;
    while (start + period < shapes.length) {
      // Extend while each block has the shape of the block one period before it.
      let end = start + period;
      while (end < shapes.length && shapes[end] === shapes[end - period]) end++;
      // The run starts at its first headline: a teaser starts with one, and the block before it is not a teaser.
      const first = firstHeadline(shapes, start, period);
      const times = Math.floor((end - first) / period);
      if (first >= 0 && times >= MIN_REPEATS && isTeaserPattern(shapes, first, period)) {
        for (let i = first; i < end; i++) repeats[i] = Math.max(repeats[i]!, times);
      }
      start = Math.max(start + 1, end - period);
    }
  }
  return repeats;
}

const MAX_PERIOD = 3;
const MIN_REPEATS = 3;
const HEADLINE_MAX_WORDS = 20;
const SUMMARY_MAX_WORDS = 60;

// A block's shape: a byline, date or other short line (M), a headline (H), a short summary (S), longer prose (P).
const MINOR = 0;
const HEADLINE = 1;
const SUMMARY = 2;
const PROSE = 3;

function shapeOf(d: BlockDescription): number {
  if (d.cues.some(isWholeCue) || d.words <= 2) return MINOR;
  if (!d.endsWithTerminal && d.words <= HEADLINE_MAX_WORDS && !d.startsLower) return HEADLINE;
  if (d.words <= SUMMARY_MAX_WORDS) return SUMMARY;
  return PROSE;
}

/** A pattern of no long prose: teasers summarise in a sentence or three. */
function isTeaserPattern(shapes: Uint8Array, start: number, period: number): boolean {
  return !shapes.subarray(start, start + period).includes(PROSE);
}

/** The first headline of a run's first period, -1 for none. */
function firstHeadline(shapes: Uint8Array, start: number, period: number): number {
  for (let i = start; i < start + period; i++) if (shapes[i] === HEADLINE) return i;
  return -1;
}
