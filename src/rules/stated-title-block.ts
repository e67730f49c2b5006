import type {BlockDescription} from '../features/describe.js';
import {titleKey} from '../metadata/page-title.js';

/**
 * Which block says the title the page states in its markup (og:title, JSON-LD's headline, `<title>`): the page's
 * publisher named its headline for search engines and social sites, and the block that says it is the headline
 * a reader sees. Among several such blocks, an `<h1>` first, else the one nearest the start of the body; a block with
 * a whole-block cue (a share line, a breadcrumb's "Home") is none. -1 where no block says a stated title.
 */
export function statedTitleBlock(input: {
  statedTitles?: readonly string[] | undefined;
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
  const h1 = matches.find((i) => headings?.[i] === 1);
  if (h1 !== undefined) return h1;
  const firstKept = verdicts.findIndex((v) => v.kept);
  if (firstKept < 0) return matches[0]!;
  return matches.reduce((best, i) => (Math.abs(i - firstKept) < Math.abs(best - firstKept) ? i : best));
}

const MAX_TITLE_WORDS = 40;
const FIRST_WORD_CHARACTER = /[\p{L}\p{N}]/u;

// Several title rules ask on one page: the blocks that say a stated title are found once a page (its texts array).
const matchesOfPage = new WeakMap<readonly string[], number[]>();

function statedTitleMatches(statedTitles: readonly string[], texts: readonly string[], descriptions: readonly BlockDescription[]): number[] {
  const wanted = new Set(statedTitles.map(titleKey).filter((key) => key !== ''));
  // A block's key is never longer than its text: shorter texts cannot say any wanted title.
  let shortest = Infinity;
  for (const key of wanted) shortest = Math.min(shortest, key.length);
  // Nor can a text whose first letter or digit, lower-cased, starts none of them (compared by first code unit, as
  // titleKey lower-cases the whole text): most blocks are passed over on one character.
  const firsts = new Set([...wanted].map((key) => key[0]));
  const matches: number[] = [];
  texts.forEach((text, i) => {
    if (text.length < shortest || !firsts.has(FIRST_WORD_CHARACTER.exec(text)?.[0].toLowerCase()[0])) return;
    const d = descriptions[i]!;
    if (d.words >= 1 && d.words <= MAX_TITLE_WORDS && !d.cues.some((cue) => cue.whole) && wanted.has(titleKey(text))) matches.push(i);
  });
  return matches;
}
