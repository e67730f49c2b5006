import type {BlockDescription} from '../features/describe.js';
import {isWholeCue} from '../features/lexicon.js';
import type {StatedTitle} from '../metadata/stated-titles.js';
import {titleKey} from '../metadata/title-words.js';

/**
 * Which block says the title the page states in its markup (og:title, JSON-LD's headline, `<title>`): the page's
 * publisher named its headline for search engines and social sites, and the block that says it is the headline
 * a reader sees. A block that says a whole stated title comes first: an `<h1>` among several, else an `<h1>` that
 * says a title's first part, else the one nearest the start of the body. Else a block that says one of its parts
 * (`statedTitles`): an `<h1>` that says one, unless it says the last part and another block an earlier one; where the
 * page's `<h1>` says no part, none (the `<h1>` is the better guess); else the nearest block that says a first part.
 * A block with a whole-block cue (a share line, a breadcrumb's "Home") is none. -1 where no block says a stated title.
 */
export function statedTitleBlock(input: {
  statedTitles?: readonly StatedTitle[] | undefined;
  texts?: readonly string[] | undefined;
  headings?: readonly number[] | undefined;
  descriptions: readonly BlockDescription[];
  verdicts: readonly {kept: boolean}[];
}): number {
  const {statedTitles, texts, headings, descriptions, verdicts} = input;
  if (!statedTitles?.length || !texts) return -1;
  let matches = matchesOfPage.get(texts);
  if (!matches) {
    matches = statedTitleMatches(statedTitles, texts, descriptions);
    matchesOfPage.set(texts, matches);
  }
  if (matches.length === 0) return -1;
  const firstKept = verdicts.findIndex((v) => v.kept);
  const nearest = (pool: readonly Match[]) =>
    pool.reduce((best, m) => (firstKept >= 0 && Math.abs(m.block - firstKept) < Math.abs(best.block - firstKept) ? m : best)).block;
  const isH1 = (m: Match) => headings?.[m.block] === 1;
  // A block that says a whole stated title: an `<h1>` first, then an `<h1>` that says a title's first part (a line that
  // says a source's whole title may say a site's name that source states alone), else the one nearest the first kept
  // block.
  const whole = matches.filter((m) => m.part === 0);
  if (whole.length > 0) return (whole.find(isH1) ?? matches.find((m) => m.part === 1 && isH1(m)))?.block ?? nearest(whole);
  // A block that says a part: an `<h1>` that says a first or middle part is the headline; one that says the last
  // part names the site, a book or a section where another block says an earlier part ("What is a budget?" below an
  // `<h1>` "The Civic Handbook" of "What is a budget? - The Civic Handbook").
  const earlier = matches.filter((m) => m.part < LAST);
  const h1 = matches.filter(isH1).sort((a, b) => a.part - b.part)[0];
  if (h1 && (h1.part < LAST || earlier.length === 0)) return h1.block;
  // Where the page has an `<h1>` that says no part of a stated title, it is the better guess (`page-h1`).
  if (!h1 && headings?.some((level, i) => level === 1 && !descriptions[i]!.cues.some(isWholeCue))) return -1;
  const firstParts = matches.filter((m) => m.part === 1);
  return nearest(firstParts.length > 0 ? firstParts : earlier.length > 0 ? earlier : matches);
}

const LAST = 3;

interface Match {
  block: number;
  part: StatedTitle['part'];
}

const MAX_TITLE_WORDS = 40;
const FIRST_WORD_CHARACTER = /[\p{L}\p{N}]/u;

// Several title rules ask on one page: the blocks that say a stated title are found once a page (its texts array).
const matchesOfPage = new WeakMap<readonly string[], Match[]>();

function statedTitleMatches(statedTitles: readonly StatedTitle[], texts: readonly string[], descriptions: readonly BlockDescription[]): Match[] {
  // Each key as its most whole part.
  const wanted = new Map<string, StatedTitle['part']>();
  for (const {text, part} of statedTitles) {
    const key = titleKey(text);
    if (key !== '') wanted.set(key, Math.min(part, wanted.get(key) ?? LAST) as StatedTitle['part']);
  }
  // A block's key is never longer than its text: shorter texts cannot say any wanted title.
  let shortest = Infinity;
  for (const key of wanted.keys()) shortest = Math.min(shortest, key.length);
  // Nor can a text whose first letter or digit, lower-cased, starts none of them (compared by first code unit, as
  // titleKey lower-cases the whole text): most blocks are passed over on one character.
  const firsts = new Set([...wanted.keys()].map((key) => key[0]));
  const matches: Match[] = [];
  texts.forEach((text, i) => {
    if (text.length < shortest || !firsts.has(FIRST_WORD_CHARACTER.exec(text)?.[0].toLowerCase()[0])) return;
    const d = descriptions[i]!;
    if (d.words < 1 || d.words > MAX_TITLE_WORDS || d.cues.some(isWholeCue)) return;
    const part = wanted.get(titleKey(text));
    if (part !== undefined) matches.push({block: i, part});
  });
  return matches;
}
