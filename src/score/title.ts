import type {BlockDescription} from '../features/describe.js';
import {isWholeCue} from '../features/lexicon.js';
import {columnWriter, zeroRow} from '../features/column-writer.js';
import {WordSet} from '../features/word-set.js';
import {fold} from '../text/words.js';
import {CONFIDENT} from './confident.js';
import {sigmoid} from './logistic.js';
import {stageLogits, type Stage} from './stage.js';
import type {Column} from '../types.js';
import {mapped} from '../arrays.js';
import {slugContentWords, slugCoverage} from '../metadata/url-slug.js';
import {addWantedWords, contentWords} from './content-words.js';
import {neighboursSay} from './title-neighbours.js';
import {isProse} from './prose.js';

/**
 * The title scorer: which block above the body is the page's title. A page's head holds many short lines (site
 * name, menu, section, breadcrumbs, byline, date, a kicker, the headline): the headline is the one a reader takes for
 * the title, and what tells it apart is learned from the corpus's gold titles rather than guessed by one rule.
 */
export interface TitleScorer {
  /** The names of the columns `stage` reads, `TITLE_FEATURE_NAMES` when it was trained. */
  features: string[];
  stage: Stage;
  /** The best candidate is the title when its probability is at least this; the page has no title otherwise. */
  threshold: number;
}

/** What the title scorer reads of a block and the page around it. */
export interface TitleContext {
  /** Kept and score of every block, as the context pass stands before the title is chosen. */
  verdicts: readonly {kept: boolean; score: number}[];
  descriptions: readonly BlockDescription[];
  texts: readonly string[];
  /** The headline words of the page's address (`slugWords`), where its URL is known. */
  slug?: readonly string[] | undefined;
}

// Candidates: the first kept block and the blocks this far above it. A title lies above the body it names (the
// text format prints it first), and on the train pages nearly every title that is a block lies this near it.
const LOOK_BACK = 40;
const MAX_TITLE_WORDS = 40;
// How much of the body is read for the words a title shares with it.
const BODY_WORDS = 600;
// How far below the first kept block a candidate may lie: the kept lines of a page head above the headline.
const LOOK_BELOW = 8;
// Beyond this many words a slug's length tells nothing more.
const MAX_SLUG_WORDS = 8;
// How far below the first confident block a candidate's distance to it is still told apart.
const BELOW_CONFIDENT = 12;

/** What the title columns read of a candidate: the page, and figures over all of its candidates, found once. */
interface Candidates {
  context: TitleContext;
  /** The candidates' block indexes; a column's value is for the `k`th. */
  blocks: readonly number[];
  firstKept: number;
  firstConfident: number;
  keyCounts: ReadonlyMap<string, number>;
  near: readonly number[];
  longestNear: number;
  shared: readonly number[];
  longest: number;
  mostShared: number;
  bestScore: number;
  headlinesAfter: readonly number[];
  inside: readonly boolean[];
  holds: readonly boolean[];
  /** How many kept blocks lie above each candidate, and their words: what taking it for the title would drop. */
  keptAbove: readonly number[];
  keptWordsAbove: readonly number[];
  /** How much of the address's slug each candidate says (`slugCoverage`), and how many words the slug counts. */
  slugShares: readonly number[];
  slugSize: number;
  mostSlug: number;
  /** The share of each candidate's content words that the short line just above it, and just below it, says. */
  aboveSays: readonly number[];
  belowSays: readonly number[];
}

/**
 * The first kept block of prose at or after `firstKept`, at most `LOOK_BELOW` blocks below it: the title lies above
 * it, among the kept short lines of the page head (a section's name, a byline) if there are any.
 */
function firstKeptProse(context: TitleContext, firstKept: number): number {
  const {verdicts, descriptions} = context;
  const end = Math.min(verdicts.length, firstKept + LOOK_BELOW + 1);
  for (let i = firstKept; i < end; i++) {
    if (verdicts[i]!.kept && isProse(descriptions[i]!)) return i;
  }
  return end;
}

const blockOf = (c: Candidates, k: number) => c.context.descriptions[c.blocks[k]!]!;
const scoreOf = (c: Candidates, k: number) => c.context.verdicts[c.blocks[k]!]!.score;
const logWordsAt = (c: Candidates, i: number) => {
  const {descriptions} = c.context;
  return i >= 0 && i < descriptions.length ? Math.log1p(descriptions[i]!.words) : 0;
};

/** The title scorer's columns, each defined once, name and value; a model lists the names in this order. */
export const TITLE_COLUMNS: readonly Column<Candidates>[] = [
  {name: 'logWords', value: (c, k) => Math.log1p(blockOf(c, k).words)},
  {name: 'endsWithTerminal', value: (c, k) => (blockOf(c, k).endsWithTerminal ? 1 : 0)},
  {name: 'endsWithColon', value: (c, k) => (blockOf(c, k).endsWithColon ? 1 : 0)},
  {name: 'startsLower', value: (c, k) => (blockOf(c, k).startsLower ? 1 : 0)},
  {name: 'digits', value: (c, k) => blockOf(c, k).digits},
  {name: 'separators', value: (c, k) => Math.min(blockOf(c, k).separators, 5)},
  {name: 'urls', value: (c, k) => Math.min(blockOf(c, k).urls, 3)},
  {name: 'anyCue', value: (c, k) => (blockOf(c, k).cues.length > 0 ? 1 : 0)},
  {name: 'wholeCue', value: (c, k) => (blockOf(c, k).cues.some(isWholeCue) ? 1 : 0)},
  {name: 'score', value: (c, k) => scoreOf(c, k)},
  {
    name: 'nextScore',
    value: (c, k) => {
      const i = c.blocks[k]!;
      return i + 1 < c.context.verdicts.length ? c.context.verdicts[i + 1]!.score : 0;
    },
  },
  {name: 'blocksToFirstKept', value: (c, k) => Math.min(c.firstKept - c.blocks[k]!, LOOK_BACK)},
  {
    name: 'blocksToFirstConfident',
    value: (c, k) => (c.firstConfident < 0 ? LOOK_BACK : Math.max(-BELOW_CONFIDENT, Math.min(c.firstConfident - c.blocks[k]!, LOOK_BACK))),
  },
  {name: 'afterFirstConfident', value: (c, k) => (c.firstConfident >= 0 && c.blocks[k]! > c.firstConfident ? 1 : 0)},
  {
    name: 'position',
    value: (c, k) => {
      const n = c.context.verdicts.length;
      return n > 1 ? c.blocks[k]! / (n - 1) : 0;
    },
  },
  {name: 'firstBlock', value: (c, k) => (c.blocks[k] === 0 ? 1 : 0)},
  {name: 'repeats', value: (c, k) => Math.log1p((c.keyCounts.get(blockOf(c, k).key) ?? 1) - 1)},
  {name: 'sharedWithBody', value: (c, k) => c.shared[k]!},
  {name: 'longestNearBody', value: (c, k) => (blockOf(c, k).words === c.longestNear && c.near.includes(c.blocks[k]!) ? 1 : 0)},
  {name: 'prevLogWords', value: (c, k) => logWordsAt(c, c.blocks[k]! - 1)},
  {name: 'nextLogWords', value: (c, k) => logWordsAt(c, c.blocks[k]! + 1)},
  {name: 'wordsOfLongest', value: (c, k) => blockOf(c, k).words / c.longest},
  {name: 'sharedBelowBest', value: (c, k) => c.mostShared - c.shared[k]!},
  {name: 'headlinesBetween', value: (c, k) => Math.min(c.headlinesAfter[k]!, 20)},
  {name: 'scoreBelowBest', value: (c, k) => c.bestScore - scoreOf(c, k)},
  {name: 'insideAnother', value: (c, k) => (c.inside[k]! ? 1 : 0)},
  {name: 'holdsAnother', value: (c, k) => (c.holds[k]! ? 1 : 0)},
  {name: 'keptAbove', value: (c, k) => Math.min(c.keptAbove[k]!, LOOK_BELOW)},
  {name: 'keptWordsAbove', value: (c, k) => Math.log1p(c.keptWordsAbove[k]!)},
  // The address's slug: a publisher writes the headline twice, once into the URL. Zero where no URL is known.
  {name: 'slugShare', value: (c, k) => c.slugShares[k]!},
  {name: 'slugSize', value: (c) => c.slugSize},
  {name: 'slugBelowBest', value: (c, k) => c.mostSlug - c.slugShares[k]!},
  // A headline is often said twice in a row: under a breadcrumb that ends on it, or by a page head and the article.
  {name: 'aboveSays', value: (c, k) => c.aboveSays[k]!},
  {name: 'belowSays', value: (c, k) => c.belowSays[k]!},
  // A rendering's marks: a list item's bullet or number, lynx's "(BUTTON)" or "[IMG]".
  {name: 'startsWithBullet', value: (c, k) => (blockOf(c, k).startsWithBullet ? 1 : 0)},
  {name: 'startsWithBracket', value: (c, k) => (BRACKET_MARK.test(c.context.texts[c.blocks[k]!]!) ? 1 : 0)},
];

// How a text browser marks what it cannot show as text: a form's button, an image, a frame.
const BRACKET_MARK = /^(?:\([A-Z]{2,}\)|\[[^\]]{1,40}\])/u;

export const TITLE_FEATURE_NAMES: readonly string[] = Object.freeze(TITLE_COLUMNS.map((column) => column.name));

/** The blocks that may be the title: none on a page where nothing is kept. */
export function titleCandidates(context: TitleContext): number[] {
  const {verdicts, descriptions} = context;
  const firstKept = verdicts.findIndex((v) => v.kept);
  if (firstKept < 0) return [];
  const candidates: number[] = [];
  const last = Math.max(firstKept, firstKeptProse(context, firstKept) - 1);
  for (let i = Math.max(0, firstKept - LOOK_BACK); i <= last; i++) {
    const d = descriptions[i]!;
    if (d.words >= 1 && d.words <= MAX_TITLE_WORDS) candidates.push(i);
  }
  return candidates;
}

/** One feature row for each candidate, in the order of `TITLE_COLUMNS`. */
export function titleRows(context: TitleContext, candidates: readonly number[]): number[][] {
  const {verdicts, descriptions, texts} = context;
  const firstKept = verdicts.findIndex((v) => v.kept);
  const firstConfident = verdicts.findIndex((v) => v.score >= CONFIDENT);
  // Each candidate's content words once; the body is searched for these words alone.
  const candidateWords = mapped(candidates, (i) => [...new Set(contentWords(texts[i]!))]);
  const body = wordsOfBody(context, firstKept, new WordSet(candidateWords.flat()));
  const keyCounts = new Map<string, number>(mapped(candidates, (i) => [descriptions[i]!.key, 0]));
  for (const d of descriptions) {
    const count = keyCounts.get(d.key);
    if (count !== undefined) keyCounts.set(d.key, count + 1);
  }
  const near = candidates.filter((i) => i >= firstKept - 4 && !descriptions[i]!.endsWithTerminal);
  const longestNear = Math.max(0, ...mapped(near, (i) => descriptions[i]!.words));

  const shared = mapped(candidates, (i, k) => {
    const words = candidateWords[k]!;
    // The first kept block itself may be the title: its words are compared with the body below it.
    const below = i === firstKept ? body.afterFirst : body.fromFirst;
    return words.length ? words.filter((word) => below.has(word)).length / words.length : 0;
  });
  // Figures relative to the page's other candidates: a ranking of its candidates is what is asked.
  const headline = mapped(candidates, (i) => !descriptions[i]!.endsWithTerminal && descriptions[i]!.cues.length === 0);
  const longest = Math.max(1, ...mapped(candidates, (i, k) => (headline[k] ? descriptions[i]!.words : 0)));
  const mostShared = Math.max(0, ...shared);
  const bestScore = Math.max(0, ...mapped(candidates, (i) => verdicts[i]!.score));
  const headlinesAfter: number[] = new Array(candidates.length).fill(0);
  for (let k = candidates.length - 2; k >= 0; k--) headlinesAfter[k] = headlinesAfter[k + 1]! + (headline[k + 1] ? 1 : 0);

  const {inside, holds} = containment(context, candidates);
  const keptAbove = mapped(candidates, () => 0);
  const keptWordsAbove = mapped(candidates, () => 0);
  candidates.forEach((i, k) => {
    for (let j = firstKept; j < i; j++) {
      if (!verdicts[j]!.kept) continue;
      keptAbove[k]!++;
      keptWordsAbove[k]! += descriptions[j]!.words;
    }
  });

  const slugSize = context.slug ? Math.min(slugContentWords(context.slug), MAX_SLUG_WORDS) : 0;
  const slugShares = mapped(candidates, (i) => (slugSize > 0 ? slugCoverage(context.slug!, texts[i]!) : 0));

  const neighbours = neighboursSay(context, candidates, candidateWords);

  const page: Candidates = {
    context,
    blocks: candidates,
    firstKept,
    firstConfident,
    keyCounts,
    near,
    longestNear,
    shared,
    longest,
    mostShared,
    bestScore,
    headlinesAfter,
    inside,
    holds,
    keptAbove,
    keptWordsAbove,
    slugShares,
    slugSize,
    mostSlug: Math.max(0, ...slugShares),
    aboveSays: neighbours.above,
    belowSays: neighbours.below,
  };
  return mapped(candidates, (_, k) => {
    const row = TITLE_ZERO_ROW.slice();
    writeTitleColumns(row, page, k);
    return row;
  });
}

// The columns written by one generated writer, a statement a column (see `columnWriter`), into copies of a row the
// engine stores as plain doubles.
const writeTitleColumns = columnWriter(TITLE_COLUMNS, 0);
const TITLE_ZERO_ROW: number[] = zeroRow(TITLE_COLUMNS.length);

/** The title block the scorer picks, or -1 where no candidate is likely enough. */
export function chooseTitle(scorer: TitleScorer, context: TitleContext): number {
  const candidates = titleCandidates(context);
  if (candidates.length === 0) return -1;
  const best = bestCandidate(scorer.stage, titleRows(context, candidates));
  return best.probability >= scorer.threshold ? candidates[best.index]! : -1;
}

/** The candidate the stage rates highest (the first of equals), and its probability of being the title. */
export function bestCandidate(stage: Stage, rows: readonly number[][]): {index: number; probability: number} {
  const probabilities = Array.from(stageLogits(stage, rows), sigmoid);
  let index = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[index]!) index = k;
  return {index, probability: probabilities[index]!};
}

// Blocks longer than this are prose, not a line that quotes a headline.
const QUOTING_MAX_CHARS = 400;

/**
 * Which candidates' text recurs inside a longer block of the page head (a breadcrumb "Home > Blog > Headline", a
 * page title "Headline | Site", a share line), and which hold another candidate's text that way: the headline is the
 * one quoted, not the one quoting.
 */
function containment(context: TitleContext, candidates: readonly number[]): {inside: boolean[]; holds: boolean[]} {
  const end = Math.min(context.texts.length, (candidates.at(-1) ?? 0) + 10);
  const foldedAt = new Map<number, string>();
  const folded = (i: number) => foldedAt.get(i) ?? foldedAt.set(i, fold(context.texts[i]!)).get(i)!;
  const quoted = mapped(candidates, folded);
  const isQuotable = mapped(quoted, (text) => text.includes(' ') && text.length >= 8);
  // Folding lengthens a text only where lower case does (a dotted İ): any other block no longer than the shortest
  // quotable candidate cannot quote one.
  const shortest = Math.min(...quoted.filter((_, k) => isQuotable[k]).map((text) => text.length));
  const lines: string[] = [];
  for (let i = 0; i < end; i++) {
    const text = context.texts[i]!;
    if ((text.length > shortest || text.includes('\u0130')) && text.length <= QUOTING_MAX_CHARS) lines.push(folded(i));
  }
  const inside = mapped(quoted, (text, k) => isQuotable[k]! && lines.some((line) => line.length > text.length && line.includes(text)));
  const holds = mapped(quoted, (text) => quoted.some((other, k) => isQuotable[k]! && text.length > other.length && text.includes(other)));
  return {inside, holds};
}

/**
 * The words of `wanted` (the candidates' content words) among the content words of the first `BODY_WORDS` words kept
 * from the first kept block on, and from the block after it on: one pass, each block's words read once. Only the
 * candidates' words are ever asked for, so only they are kept: the body's other words are neither sliced nor stored.
 */
function wordsOfBody(context: TitleContext, firstKept: number, wanted: WordSet): {fromFirst: Set<string>; afterFirst: Set<string>} {
  const fromFirst = new Set<string>();
  const afterFirst = new Set<string>();
  let fromCount = 0;
  let afterCount = 0;
  for (let i = firstKept; i < context.verdicts.length && (fromCount < BODY_WORDS || afterCount < BODY_WORDS); i++) {
    if (!context.verdicts[i]!.kept) continue;
    const count = context.descriptions[i]!.words;
    const toFrom = fromCount < BODY_WORDS;
    const toAfter = i > firstKept && afterCount < BODY_WORDS;
    addWantedWords(context.texts[i]!, wanted, toFrom ? fromFirst : undefined, toAfter ? afterFirst : undefined);
    if (toFrom) fromCount += count;
    if (toAfter) afterCount += count;
  }
  return {fromFirst, afterFirst};
}
