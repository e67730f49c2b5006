import type {BlockDescription} from '../features/describe.js';

/**
 * Teaser lists in text: a headline, perhaps a byline or a date, perhaps a one-to-three-sentence summary, and again,
 * and again. Each block gets a shape (`H` a headline, `M` a byline, date or other short line, `S` a short summary,
 * `P` longer prose) and a run is three or more repeats of one pattern of one to three shapes with a headline in it and
 * no longer prose.
 * An article's body repeats no such pattern for long: its paragraphs are prose of every length, and its subheadings
 * stand between several of them. For each block: how many times the run it lies in repeats its pattern (1 outside
 * runs).
 */
export function shapeRunRepeats(descriptions: readonly BlockDescription[]): number[] {
  const shapes = descriptions.map(shapeOf);
  const repeats = shapes.map(() => 1);
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

function shapeOf(d: BlockDescription): string {
  if (d.cues.some((cue) => cue.whole) || d.words <= 2) return 'M';
  if (!d.endsWithTerminal && d.words <= HEADLINE_MAX_WORDS && !d.startsLower) return 'H';
  if (d.words <= SUMMARY_MAX_WORDS) return 'S';
  return 'P';
}

/** A pattern of no long prose: teasers summarise in a sentence or three. */
function isTeaserPattern(shapes: readonly string[], start: number, period: number): boolean {
  return !shapes.slice(start, start + period).includes('P');
}

/** The first headline of a run's first period, -1 for none. */
function firstHeadline(shapes: readonly string[], start: number, period: number): number {
  for (let i = start; i < start + period; i++) if (shapes[i] === 'H') return i;
  return -1;
}
