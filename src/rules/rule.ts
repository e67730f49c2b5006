import type {BlockDescription} from '../features/describe.js';
import {isWholeCue} from '../features/lexicon.js';
import type {Label, Verdict} from '../types.js';
import type {StatedTitle} from '../metadata/stated-titles.js';
import type {TitleScorer} from '../score/title.js';
import {statedTitleBlock} from './stated-title-block.js';

// What a context rule is, and what the rules share: the verdict they change, how they change it, and what they ask
// of a block.

export type {Verdict} from '../types.js';

export interface RuleInput {
  verdicts: Verdict[];
  descriptions: readonly BlockDescription[];
  /** Per block, in batch mode: whether the block repeats across many pages of its site. */
  siteTemplate?: readonly boolean[];
  /** Per block, for HTML: the level of the heading (`<h1>` to `<h6>`) it lies in, 0 outside headings. */
  headings?: readonly number[];
  /** The blocks' text, which the title scorer reads. */
  texts?: readonly string[];
  /** The model's title scorer, where it has one (`learned-title`); `title-before-body` guesses where it has not. */
  titleScorer?: TitleScorer;
  /** For HTML: the titles the page states in its markup (og:title, JSON-LD's headline, `<title>`). */
  statedTitles?: readonly StatedTitle[];
  /**
   * The headline words of the page's address (`slugWords`), where its URL is known: the title scorer reads how much
   * of them each candidate says, and `slug-title` looks for a block that says them.
   */
  slug?: readonly string[];
  /** For HTML: the authors the page states in its markup (JSON-LD, microdata, meta tags, `rel=author`). */
  statedAuthors?: readonly string[];
  /** The page is headed as an article is (`isHeadedAsArticle`: a headline's slug, or a byline above a paragraph). */
  headedAsArticle?: boolean;
  /** The page showed no boilerplate evidence (`clean-page`): its kept blocks stay, whatever the page's layout says. */
  cleanPage?: boolean;
}

/** What the context pass may know of a document beyond its blocks, and which rules to run (all, by default). */
export interface ContextOptions extends Pick<RuleInput, 'siteTemplate' | 'headings' | 'texts' | 'titleScorer' | 'statedTitles' | 'statedAuthors' | 'slug' | 'headedAsArticle' | 'cleanPage'> {
  rules?: readonly ContextRule[];
}

/** A named rule of the context pass: its name is the reason users see on the blocks it changes. */
export interface ContextRule {
  name: string;
  apply(input: RuleInput): void;
}

export const LOW_SCORE = 'low-score';
export const SUBHEADING_MAX_WORDS = 12;

export const hasWholeCue = (d: BlockDescription) => d.cues.some(isWholeCue);
export const looksLikeHeadline = (d: BlockDescription, maxWords: number) =>
  d.words >= 1 && d.words <= maxWords && !d.endsWithTerminal && !hasWholeCue(d) && d.urls === 0 && !d.startsLower;
export const isBody = (v: Verdict) => v.kept && v.label === 'body';
// Prose as the title scorer reads it, where its candidates end: the rules read the body's beginning alike.
export {HEADLINE_MAX_WORDS, isProse} from '../score/prose.js';

/** A rule changes a verdict: the rule's name leads the reasons, and the scorer's 'low-score' no longer applies. */
export function overrule(v: Verdict, kept: boolean, label: Label, rule: string): void {
  v.kept = kept;
  v.label = label;
  // concat, not a spread: a list of its length, where a spread makes room for 19.
  v.reasons = [rule].concat(v.reasons.filter((reason) => reason !== LOW_SCORE));
}

/**
 * Keep block `i` as the title. The text format prints the title first: with a kept block above it, it is kept as a
 * heading in its place instead, so that output stays in input order.
 */
export function keepAsTitle(verdicts: Verdict[], i: number, rule: string): void {
  const keptAbove = verdicts.slice(0, i).some((v) => v.kept);
  overrule(verdicts[i]!, true, keptAbove ? 'heading' : 'title', rule);
}

/** Has the page named its title itself (`page-h1`, `stated-title`), even where it had to stay a heading below a kept block? */
export function pageNamedTitle(input: RuleInput): boolean {
  const {verdicts, descriptions, headings} = input;
  return pageTitleHeading(headings, descriptions) >= 0 || verdicts.some((v) => v.label === 'title') || statedTitleBlock(input) >= 0;
}

/** The block `page-h1` takes for the title: the page's first `<h1>` with words and without a whole-block cue; -1 for none. */
export function pageTitleHeading(headings: readonly number[] | undefined, descriptions: readonly BlockDescription[]): number {
  // A heading of no words (a dash, a soft hyphen or a zero-width space alone) names no title.
  return headings ? headings.findIndex((level, i) => level === 1 && descriptions[i]!.words > 0 && !hasWholeCue(descriptions[i]!)) : -1;
}
