import type {BlockDescription} from '../features/describe.js';
import type {Label} from '../types.js';
import {statedTitleBlock} from './stated-title.js';
import {chooseTitle, type TitleScorer} from './title.js';

/** A block while the context pass works on it. */
export interface Verdict {
  kept: boolean;
  label: Label;
  score: number;
  reasons: string[];
}

interface RuleInput {
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
  statedTitles?: readonly string[];
}

/** What the context pass may know of a document beyond its blocks, and which rules to run (all, by default). */
export interface ContextOptions extends Pick<RuleInput, 'siteTemplate' | 'headings' | 'texts' | 'titleScorer' | 'statedTitles'> {
  rules?: readonly ContextRule[];
}

/** A named rule of the context pass: its name is the reason users see on the blocks it changes. */
export interface ContextRule {
  name: string;
  apply(input: RuleInput): void;
}

export const LOW_SCORE = 'low-score';
const HEADLINE_MAX_WORDS = 25;
const SUBHEADING_MAX_WORDS = 12;
// Only headings of link lists start a run: a lone nav word or a sign-in button is followed by anything at all.
const RUN_MARKERS: ReadonlySet<string> = new Set(['related-marker']);

const hasWholeCue = (d: BlockDescription) => d.cues.some((cue) => cue.whole);
const looksLikeHeadline = (d: BlockDescription, maxWords: number) =>
  d.words >= 1 && d.words <= maxWords && !d.endsWithTerminal && !hasWholeCue(d) && d.urls === 0 && !d.startsLower;
const isBody = (v: Verdict) => v.kept && v.label === 'body';
/** Prose: a sentence of some length, or a block longer than any headline. */
const isProse = (d: BlockDescription) => (d.endsWithTerminal && d.words >= 8) || d.words > HEADLINE_MAX_WORDS;

/** A rule changes a verdict: the rule's name leads the reasons, and the scorer's 'low-score' no longer applies. */
function overrule(v: Verdict, kept: boolean, label: Label, rule: string): void {
  v.kept = kept;
  v.label = label;
  v.reasons = [rule, ...v.reasons.filter((reason) => reason !== LOW_SCORE)];
}

/**
 * A short block between two kept body blocks is a subheading ("High price"): keep it, as jusText's revision does
 * for short blocks sandwiched between good ones.
 */
const subheadingBetweenBody: ContextRule = {
  name: 'subheading-between-body',
  apply({verdicts, descriptions}) {
    for (let i = 1; i + 1 < verdicts.length; i++) {
      const v = verdicts[i]!;
      const d = descriptions[i]!;
      // Any cue (a photo credit, a dateline) is evidence enough against a subheading.
      if (v.kept || d.cues.length > 0 || !looksLikeHeadline(d, SUBHEADING_MAX_WORDS)) continue;
      if (isBody(verdicts[i - 1]!) && isBody(verdicts[i + 1]!) && v.score >= 0.05) {
        overrule(v, true, 'heading', this.name);
      }
    }
  },
};

// Whole-block cues of these kinds are boilerplate whatever the scorer thinks: a block that is nothing but
// "Read Next", "ADVERTISEMENT", "Share" or "View comments" is never body.
const DECISIVE_WHOLE: ReadonlySet<string> = new Set(['ad', 'related', 'newsletter', 'social', 'comments']);
// Partial cues that are decisive by their shape: a block that ends in a wire or agency credit is a caption.
const DECISIVE_PARTIAL: ReadonlySet<string> = new Set(['wire-credit']);

const decisiveCue: ContextRule = {
  name: 'decisive-cue',
  apply({verdicts, descriptions}) {
    verdicts.forEach((v, i) => {
      if (!v.kept) return;
      const cue = descriptions[i]!.cues.find((c) => (c.whole ? DECISIVE_WHOLE.has(c.label) : DECISIVE_PARTIAL.has(c.name)));
      if (!cue) return;
      overrule(v, false, cue.label, this.name);
      v.reasons.push(cue.name);
    });
  },
};

/**
 * After a marker such as "Read Next" or "Related stories", the run of short, headline-like blocks is a list of
 * links, up to the next real paragraph.
 */
const runAfterMarker: ContextRule = {
  name: 'run-after-marker',
  apply({verdicts, descriptions}) {
    for (let i = 0; i < verdicts.length; i++) {
      const marker = descriptions[i]!.cues.find((cue) => cue.whole && RUN_MARKERS.has(cue.name));
      if (!marker || verdicts[i]!.kept) continue;
      let j = i + 1;
      // The run ends at the first prose: a sentence of some length.
      for (; j < verdicts.length && !isProse(descriptions[j]!); j++) {
        const v = verdicts[j]!;
        if (v.kept) overrule(v, false, marker.label, this.name);
      }
      // A marker inside the run would start a run with the same end: go on from that end, so that a page of
      // markers ("Read more" under every teaser) takes one pass, not one a marker.
      i = j - 1;
    }
  },
};

/** Kept short blocks that are not body prose are headings. */
const shortKeptAreHeadings: ContextRule = {
  name: 'heading',
  apply({verdicts, descriptions}) {
    verdicts.forEach((v, i) => {
      if (v.kept && v.label === 'body' && looksLikeHeadline(descriptions[i]!, SUBHEADING_MAX_WORDS)) overrule(v, true, 'heading', this.name);
    });
  },
};

/**
 * On an HTML page, the page's first `<h1>` is its title, kept even where the scorer doubted it: the page says so
 * itself. On the wcxb-dev train pages the first `<h1>` is the gold title on 68% of pages, where the guess of
 * `title-before-body`, which reads the text alone, finds it on 22%.
 */
const pageHeading: ContextRule = {
  name: 'page-h1',
  apply(input) {
    const {verdicts, descriptions, headings} = input;
    if (statedTitleBlock(input) >= 0) return;
    const first = pageTitleHeading(headings, descriptions);
    if (first < 0) return;
    keepAsTitle(verdicts, first, this.name);
  },
};

/**
 * On an HTML page, the block that says the title the page states in its markup (`statedTitleBlock`) is its title,
 * before the first `<h1>`: where the two differ, the `<h1>` is most often a site's or a section's name.
 */
const statedTitle: ContextRule = {
  name: 'stated-title',
  apply(input) {
    const block = statedTitleBlock(input);
    if (block >= 0) keepAsTitle(input.verdicts, block, this.name);
  },
};

/**
 * Keep block `i` as the title. The text format prints the title first: with a kept block above it, it is kept as a
 * heading in its place instead, so that output stays in input order.
 */
function keepAsTitle(verdicts: Verdict[], i: number, rule: string): void {
  const keptAbove = verdicts.slice(0, i).some((v) => v.kept);
  overrule(verdicts[i]!, true, keptAbove ? 'heading' : 'title', rule);
}

/** Has the page named its title itself (`page-h1`), even where it had to stay a heading below a kept block? */
function pageNamedTitle(input: RuleInput): boolean {
  const {verdicts, descriptions, headings} = input;
  return pageTitleHeading(headings, descriptions) >= 0 || verdicts.some((v) => v.label === 'title') || statedTitleBlock(input) >= 0;
}

/** The block `page-h1` takes for the title: the page's first `<h1>` without a whole-block cue; -1 for none. */
function pageTitleHeading(headings: readonly number[] | undefined, descriptions: readonly BlockDescription[]): number {
  return headings ? headings.findIndex((level, i) => level === 1 && !hasWholeCue(descriptions[i]!)) : -1;
}

/**
 * The title scorer's pick among the blocks above the body (`src/model/title.ts`), kept even where the block scorer
 * doubted it; unless the page named its title itself (`page-h1`).
 */
const learnedTitle: ContextRule = {
  name: 'learned-title',
  apply(input) {
    const {verdicts, descriptions, texts, titleScorer} = input;
    if (!titleScorer || !texts || pageNamedTitle(input)) return;
    const title = chooseTitle(titleScorer, {verdicts, descriptions, texts});
    // A title names a body: the last kept block is not taken for it, which would leave the body empty.
    if (title >= 0 && verdicts.some((v, i) => i > title && v.kept)) keepAsTitle(verdicts, title, this.name);
  },
};

/**
 * For a model without a title scorer (one trained before it came): the longest headline-like block of the four
 * before the first body block is the title, kept even where the scorer doubted it; unless the page named its title
 * itself (`page-h1`). Longest, since what stands between a headline and
 * its article (a byline, a section name, a photo credit) is mostly shorter: on the wcxb-dev train pages (paras) the
 * title is the gold title on 20.8% of pages, against 17.5% for the nearest headline, with fewer wrong titles.
 */
const titleBeforeBody: ContextRule = {
  name: 'title-before-body',
  apply(input) {
    const {verdicts, descriptions, texts, titleScorer} = input;
    if ((titleScorer && texts) || pageNamedTitle(input)) return;
    const firstBody = verdicts.findIndex(isBody);
    if (firstBody <= 0) return;
    let title = -1;
    for (let i = firstBody - 1; i >= Math.max(0, firstBody - 4); i--) {
      const d = descriptions[i]!;
      const headline = d.words >= 3 && looksLikeHeadline(d, HEADLINE_MAX_WORDS) && d.digits < 0.2;
      // Nearest the body of the longest.
      if (headline && (title < 0 || d.words > descriptions[title]!.words)) title = i;
    }
    if (title >= 0) keepAsTitle(verdicts, title, this.name);
  },
};

// A block this long is prose: a body paragraph quoted on several pages of a site stays, however often it repeats.
const TEMPLATE_MAX_WORDS = 40;

/**
 * A line that repeats across many pages of one site (menus, footers, "Subscribe to our daily newsletter") is
 * template, not article. It runs after the title and heading rules, so none of them keeps it as a title or heading.
 */
const siteTemplate: ContextRule = {
  name: 'site-template',
  apply({verdicts, descriptions, siteTemplate: repeated}) {
    if (!repeated) return;
    verdicts.forEach((v, i) => {
      if (repeated[i] && descriptions[i]!.words <= TEMPLATE_MAX_WORDS) overrule(v, false, v.kept ? 'other' : v.label, this.name);
    });
  },
};

// Shorter blocks repeat on purpose: a table's "Yes" or "2 years", a list's "In stock" under each product. Three words
// rather than five: in cross-validation on the train ids, +0.0006 to +0.0008 word F1 (paras, blocks, lynx), snippets
// unchanged; one word lost 0.0006 snippet F (a price kept once where the gold lists it twice).
const REPEAT_MIN_WORDS = 3;

/**
 * A kept block that says what a block kept above it said is a second copy: a page that carries its article twice (a
 * print or app version below the first), a pull quote, a teaser repeating a paragraph. The output keeps the first
 * copy. Blocks compare by their key (a short block's case and framing punctuation aside, as cues see it). The title
 * stays, whatever came before it. It runs after the title rules, as the title scorer learned without it.
 */
const repeatedText: ContextRule = {
  name: 'repeated-text',
  apply({verdicts, descriptions}) {
    const seen = new Set<string>();
    verdicts.forEach((v, i) => {
      const {words, key} = descriptions[i]!;
      if (!v.kept || words < REPEAT_MIN_WORDS) return;
      if (seen.has(key) && v.label !== 'title') overrule(v, false, 'other', this.name);
      else seen.add(key);
    });
  },
};

// Kept blocks this far below the body (dropped blocks between) are another part of the page.
const TAIL_GAP_BLOCKS = 20;
// A group is weighed by the words of its blocks of this many words or more (its paragraphs, not its links).
const TAIL_PROSE_WORDS = 20;
const TAIL_MIN_BODY_WORDS = 200;
const TAIL_SHARE = 0.25;

/**
 * Kept blocks far below the body, with little prose of their own, are a widget at the foot of the page (a teaser
 * box, a comments preview, an author card). The kept blocks form groups wherever more than TAIL_GAP_BLOCKS dropped
 * blocks stand between them; the body is the group with the most words in blocks of TAIL_PROSE_WORDS or more, and a
 * group after it with under a quarter of that is dropped. Groups above the body are left alone: a listing's intro
 * stands above its items. It runs after `repeated-text`, which may have emptied a group.
 */
const belowBody: ContextRule = {
  name: 'below-body',
  apply({verdicts, descriptions}) {
    const groups: number[][] = [];
    let gap = Infinity;
    verdicts.forEach((v, i) => {
      if (!v.kept || v.label === 'title') {
        gap++;
        return;
      }
      if (gap > TAIL_GAP_BLOCKS) groups.push([]);
      groups.at(-1)!.push(i);
      gap = 0;
    });
    if (groups.length < 2) return;
    const prose = groups.map((group) => group.reduce((sum, i) => sum + (descriptions[i]!.words >= TAIL_PROSE_WORDS ? descriptions[i]!.words : 0), 0));
    const body = prose.indexOf(Math.max(...prose));
    if (prose[body]! < TAIL_MIN_BODY_WORDS) return;
    for (let g = body + 1; g < groups.length; g++) {
      if (prose[g]! < TAIL_SHARE * prose[body]!) for (const i of groups[g]!) overrule(verdicts[i]!, false, 'other', this.name);
    }
  },
};

/**
 * A document of one block (a note piped in, a one-paragraph article) has no page to pick the body from: the block is
 * what the user gave, and it is kept whole. Dropping it would print nothing for `echo "Hello world" | declutter`, and
 * silently lose a document in a pipeline; the scorer, which learned from pages of many blocks, puts a lone block near
 * its threshold. In the corpora every one-block document of prose is body (wcxb-dev and traf-dev: 81 documents of one
 * block; the few that are not are a handful of words).
 */
const onlyBlock: ContextRule = {
  name: 'only-block',
  apply({verdicts}) {
    if (verdicts.length !== 1) return;
    const v = verdicts[0]!;
    if (!v.kept) overrule(v, true, 'body', this.name);
  },
};

/** The rules of the context pass, in the order they run; frozen, since every `declutter()` call shares them. */
export const CONTEXT_RULES: readonly ContextRule[] = Object.freeze(
  [
    decisiveCue,
    runAfterMarker,
    subheadingBetweenBody,
    shortKeptAreHeadings,
    statedTitle,
    pageHeading,
    learnedTitle,
    titleBeforeBody,
    siteTemplate,
    repeatedText,
    belowBody,
    // Last: whatever the rules above said of a lone block, it is the whole document.
    onlyBlock,
  ].map((rule) => Object.freeze(rule)),
);

export function applyContext(verdicts: Verdict[], descriptions: readonly BlockDescription[], options: ContextOptions = {}): void {
  const {rules = CONTEXT_RULES, ...known} = options;
  for (const rule of rules) rule.apply({verdicts, descriptions, ...known});
}
