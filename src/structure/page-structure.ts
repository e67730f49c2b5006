import type {BlockDescription} from '../features/describe.js';
import {isWholeCue} from '../features/lexicon.js';
import type {DeclaredArticle} from '../metadata/declared-article.js';
import {isWithinElement, type ElementTree} from '../read/element-tree.js';
import type {BlockMarkup} from '../read/markup.js';
import type {BoilerplateLabel, Verdict} from '../types.js';
import {articleContainer} from './article-container.js';
import {bodySpans, spanDistances} from './body-spans.js';
import {linkLedCards} from './card-boxes.js';
import {ARTICLE_COPY, articleCopies} from './article-copy.js';
import {NAMED_BOX_IN_ARTICLE, namedBoxesInArticle} from './inside-article.js';
import {ARTICLE_PAGE} from './article-page.js';
import {outsideContainer, type ContainerSettings} from './outside-container.js';
import {namedContentElements, type NamedContentSettings} from './named-content.js';
import {shapeRunRepeats} from './shape-runs.js';
import {textElement, type TextElementSettings} from './text-element.js';
import {mapped} from '../arrays.js';

/**
 * The page-structure stage: between the scorer and the context rules, it reads the page as a whole. The scorer rates
 * each block with what the structure features told it (`structure-features.ts`); this stage names what it saw, so
 * that users see why a block went: the article's region (on an HTML page its element, `articleContainer`; in text its
 * run of blocks, `bodySpans`) and the teaser lists around it. A kept block far outside the region is dropped unless
 * the scorer is sure of it; a dropped block outside it says so; a dropped block in a teaser list is `related`. A page
 * that declares itself an article (an HTML page's JSON-LD or og:type) is trusted to have one region, and a page whose
 * template names the element of the article's text by its class (`namedContentElements`) to have it there; where none
 * is named, the element around the sure body that holds most of what is kept (`textElement`) is taken for it.
 */
export interface PageStructureSettings {
  /** The score a block's evidence is measured from: above it a block votes for its region, below against. */
  cut: number;
  /** Measure from the page's own threshold instead: a kept block votes for its region, a dropped one against. */
  cutAtThreshold: boolean;
  /** A kept block outside the article's region stays when it scores at least this (0: every kept block stays). */
  keepAbove: number;
  /** Text: blocks this many blocks or fewer from a span belong to it (a caption, a subheading at its edge). */
  slack: number;
  /** Text: a further run is body too when its evidence is at least this share of the best run's. */
  spanShare: number;
  /**
   * Kept blocks are dropped only on a page whose region holds at least this share of the page's positive evidence:
   * an article's page, not a listing's or a forum's, whose body is spread over the page.
   */
  dominance: number;
  /**
   * `dominance` on a page that declares itself an article (`declaredArticle`): it is one, not a listing whose body is
   * spread out, so a region that holds less of its evidence is still the article's.
   */
  declaredDominance: number;
  /**
   * On a page that declares itself an article, a kept block inside its element that a box named as junk holds (readers'
   * comments, related stories, an `<aside>`: `namedBoxesInArticle`) is dropped unless it scores at least this...
   */
  namedBoxKeepAbove: number;
  /**
   * ...where such blocks hold less than this share of the words kept inside the element: the article is most of it,
   * not a forum's thread or a listing's teasers that the page's template names so.
   */
  namedBoxShare: number;
  /**
   * ...on pages declared so: by JSON-LD, which names articles alone, not by og:type, which templates set on forums and
   * listings whose threads and teasers are classed as comments and related items.
   */
  namedBoxDeclarations: readonly DeclaredArticle[];
  /**
   * HTML: the elements whose class names them the article's content (`namedContentElements`) and that hold the article.
   * A kept block below the start of their text and outside them is dropped unless it scores at least `keepAbove`.
   */
  namedContent: Readonly<NamedContentSettings & {keepAbove: number}>;
  /**
   * HTML, where no class names the article's content: the element that holds its text (`textElement`). A kept block
   * below it is dropped unless it scores at least `keepAbove`.
   */
  textElement: Readonly<TextElementSettings & {keepAbove: number}>;
  /** Text, with a model that has a container scorer: where the article's container ends (`outsideContainer`). */
  container: Readonly<ContainerSettings>;
}

export const PAGE_STRUCTURE: Readonly<PageStructureSettings> = Object.freeze<PageStructureSettings>({
  cut: 0.5,
  cutAtThreshold: true,
  keepAbove: 0.9,
  slack: 3,
  spanShare: 0.5,
  dominance: 0.9,
  declaredDominance: 0.7,
  namedBoxKeepAbove: 0.9,
  namedBoxShare: 0.33,
  namedBoxDeclarations: Object.freeze(['jsonLd'] as const),
  namedContent: Object.freeze({sure: 0.9, partShare: 0.25, sureShare: 0.8, keptShare: 0.5, keepAbove: 0.97}),
  textElement: Object.freeze({sure: 0.9, sureShare: 0.9, keptShare: 0.7, listAfter: 5, keepAbove: 0.97}),
  container: Object.freeze({...ARTICLE_PAGE, cut: 0.65, slack: 3, spanShare: 0.5, dominance: 0.9, keepAbove: 0.8, sureShare: 0.9}),
});

/** The reasons users see on the blocks of this stage. */
export const OUTSIDE_ARTICLE = 'outside-article';
export const OUTSIDE_BODY = 'outside-body';
export const CARD_LIST = 'card-list';
export const OUTSIDE_NAMED_CONTENT = 'outside-named-content';
export const BELOW_TEXT_ELEMENT = 'below-text-element';
export const OUTSIDE_CONTAINER = 'outside-container';
/** After `outside-article` where the page's declaration decided: the block would have stayed on an undeclared page. */
export const DECLARED_ARTICLE = 'declared-article';

// A teaser list: three or more sibling boxes of one shape (HTML) or repeats of one shape of blocks (text).
const CARD_LIST_MIN = 3;

export interface PageStructureInput {
  verdicts: Verdict[];
  descriptions: readonly BlockDescription[];
  /** The blocks' text: a copy of the article is told by its words (`articleCopies`). */
  texts: readonly string[];
  /** HTML: each block's place in the markup, and the page's elements. */
  markup?: readonly BlockMarkup[] | undefined;
  tree?: ElementTree | undefined;
  /** The score at and above which the scorer kept the page's blocks. */
  threshold: number;
  /** HTML: what the page says it is (`declaredArticle`). */
  declared?: DeclaredArticle | undefined;
  /** The caller asked to keep more than the model would (`--favor recall`, a threshold under the model's). */
  keepsMore?: boolean | undefined;
  /** Text: the container scorer's score of each block, made when asked; undefined where the model has none. */
  containerScores?: (() => ArrayLike<number>) | undefined;
  /** The page is headed as an article is (`isHeadedAsArticle`: a headline's slug, or a byline above a paragraph). */
  headedAsArticle?: boolean | undefined;
}

/**
 * What the stage found of the page besides its verdicts: on an HTML page, the element that holds the article
 * (`articleContainer`; `PAGE_ROOT` where the whole page does), for a caller that asks where a block lies against it
 * (`judgeBlocks` returns it); undefined for text.
 */
export interface PageStructure {
  articleElement: number | undefined;
}

export function applyPageStructure(input: PageStructureInput, settings: PageStructureSettings = PAGE_STRUCTURE): PageStructure {
  const {verdicts, descriptions} = input;
  const {outside, reason, dominates, element} = outsideRegion(input, settings);
  const namedJunk = input.declared && settings.namedBoxDeclarations.includes(input.declared) ? namedJunkInArticle(input, settings, outside, element) : [];
  const {outside: outsideContent, reason: contentReason} = outsideArticleText(input, settings);
  const outsideItsContainer = outsideTextContainer(input, settings);
  const cards = inCardList(input);
  const undeclaredDominant = dominates(settings.dominance);
  const dominant = input.declared ? dominates(settings.declaredDominance) : undeclaredDominant;
  verdicts.forEach((v, i) => {
    const d = descriptions[i]!;
    const where = outside[i] ? reason : undefined;
    if (where && dominant && v.kept && v.score < settings.keepAbove) {
      drop(v, d, undeclaredDominant ? [where] : [where, DECLARED_ARTICLE]);
    } else if (namedJunk[i]) {
      v.kept = false;
      v.label = namedJunk[i];
      v.reasons = [NAMED_BOX_IN_ARTICLE].concat(d.cues.map((cue) => cue.name));
    } else if (outsideContent[i] && v.kept) {
      drop(v, d, where ? [contentReason, where] : [contentReason]);
    } else if (outsideItsContainer[i] && v.kept) {
      drop(v, d, where ? [OUTSIDE_CONTAINER, where] : [OUTSIDE_CONTAINER]);
    } else if (where && !v.kept) {
      // concat, not push: a push onto a list of one makes room for 17, and most removed blocks get a reason here.
      v.reasons = v.reasons.concat(where);
    }
    if (cards[i] && !v.kept) {
      v.label = 'related';
      v.reasons = v.reasons.concat(CARD_LIST);
    }
  });
  dropArticleCopies(input);
  return {articleElement: element};
}

/** Drop the kept blocks that are a copy of the article beside it (`articleCopies`). */
function dropArticleCopies({verdicts, descriptions, texts, markup}: PageStructureInput): void {
  const copies = articleCopies(verdicts, texts, descriptions, markup);
  verdicts.forEach((v, i) => {
    if (copies[i]) drop(v, descriptions[i]!, [ARTICLE_COPY]);
  });
}

/** Drop a block for the stage's `reasons`, labelled as its own cues say, whose names follow them. */
function drop(v: Verdict, d: BlockDescription, reasons: string[]): void {
  v.kept = false;
  v.label = cueLabel(d);
  v.reasons = reasons.concat(d.cues.map((cue) => cue.name));
}

/**
 * Which blocks stand outside the article's region (1 outside it, 0 inside), the reason that says so, and whether the
 * region dominates the page at a given share: holds at least that share of its positive evidence. A flag a block
 * rather than a list of reasons, which a long document made in the old generation, 8 bytes a block.
 */
function outsideRegion(
  input: PageStructureInput,
  settings: PageStructureSettings,
): {outside: Uint8Array; reason: string; dominates: (share: number) => boolean; element: number | undefined} {
  const {verdicts, descriptions, markup, tree} = input;
  const cut = settings.cutAtThreshold ? input.threshold : settings.cut;
  // Typed, and summed in a loop: a list of doubles made by map holds each one boxed, garbage a long document makes in
  // the old generation.
  const evidence = new Float64Array(verdicts.length);
  let positive = 0;
  for (let i = 0; i < evidence.length; i++) {
    evidence[i] = descriptions[i]!.words * (verdicts[i]!.score - cut);
    positive += Math.max(0, evidence[i]!);
  }
  const outside = new Uint8Array(verdicts.length);
  let reason: string;
  let inside = 0;
  let element: number | undefined;
  if (markup && tree) {
    const container = articleContainer(tree, markup.map((m) => m.element), evidence).element;
    element = container;
    reason = OUTSIDE_ARTICLE;
    markup.forEach((m, i) => {
      if (!isWithinElement(tree, container, m.element)) outside[i] = 1;
    });
  } else {
    const spans = bodySpans(evidence, settings.spanShare);
    reason = OUTSIDE_BODY;
    // No run of blocks with positive evidence: the page has no body span to measure from.
    if (spans.length) {
      const distances = spanDistances(spans, verdicts.length, new Uint8ClampedArray(verdicts.length));
      for (let i = 0; i < distances.length; i++) if (distances[i]! > settings.slack) outside[i] = 1;
    }
  }
  for (let i = 0; i < evidence.length; i++) if (!outside[i]) inside += Math.max(0, evidence[i]!);
  return {outside, reason, dominates: (share) => positive > 0 && inside >= share * positive, element};
}

/**
 * HTML: for each kept block inside the article's element (`element`) that a named junk box holds and the scorer is
 * not sure of, the label to drop it with; none where such blocks are not a small part of what the element keeps.
 */
function namedJunkInArticle(
  {verdicts, descriptions, markup, tree}: PageStructureInput,
  settings: PageStructureSettings,
  outside: Uint8Array,
  element: number | undefined,
): (BoilerplateLabel | undefined)[] {
  if (!markup || !tree || element === undefined) return [];
  const named = namedBoxesInArticle(tree, markup, element);
  const drop = mapped(verdicts, (v, i) => (v.kept && !outside[i] && v.score < settings.namedBoxKeepAbove ? named[i] : undefined));
  let keptInside = 0;
  let dropped = 0;
  verdicts.forEach((v, i) => {
    if (!v.kept || outside[i]) return;
    keptInside += descriptions[i]!.words;
    if (drop[i]) dropped += descriptions[i]!.words;
  });
  return dropped > 0 && dropped < settings.namedBoxShare * keptInside ? drop : [];
}

/**
 * HTML: which blocks (1) lie below the article's text and outside the elements that hold it, that the stage would
 * drop: kept, not sure body. The elements are those the page's classes name (`namedContentElements`), else the one
 * around the sure body (`textElement`), with the reason that says which. The blocks above the text are the page head's
 * (the headline, its standfirst, the byline), which the title rules judge; below it, text outside every element is
 * outside them too. None where neither is found, or where the caller asked to keep more than the model would
 * (`keepsMore`).
 */
function outsideArticleText(input: PageStructureInput, settings: PageStructureSettings): {outside: Uint8Array; reason: string} {
  const {verdicts, descriptions, markup, tree, keepsMore} = input;
  const outside = new Uint8Array(verdicts.length);
  if (!markup || !tree || keepsMore) return {outside, reason: OUTSIDE_NAMED_CONTENT};
  const page = {tree, markup, descriptions, verdicts};
  const named = namedContentElements(page, settings.namedContent);
  if (named.length) {
    flagBelowParts(verdicts, markup, tree, named, settings.namedContent.keepAbove, outside);
    return {outside, reason: OUTSIDE_NAMED_CONTENT};
  }
  const text = textElement(page, settings.textElement);
  if (text !== undefined) flagBelowParts(verdicts, markup, tree, [text], settings.textElement.keepAbove, outside);
  return {outside, reason: BELOW_TEXT_ELEMENT};
}

/** Flags in `outside` the kept blocks under `keepAbove` below the start of `parts`' text and outside them. */
function flagBelowParts(
  verdicts: readonly Verdict[],
  markup: readonly BlockMarkup[],
  tree: ElementTree,
  parts: readonly number[],
  keepAbove: number,
  outside: Uint8Array,
): void {
  const inParts = (i: number) => parts.some((part) => isWithinElement(tree, part, markup[i]!.element));
  let start = 0;
  while (start < markup.length && !inParts(start)) start++;
  for (let i = start + 1; i < markup.length; i++) {
    const v = verdicts[i]!;
    if (v.kept && v.score < keepAbove && !inParts(i)) outside[i] = 1;
  }
}

/**
 * Text: which blocks (1) lie outside the article's container, by the container scorer (`outsideContainer`). None on an
 * HTML page (its element says where the article is), without a container scorer, or where the caller asked to keep
 * more than the model would (`keepsMore`).
 */
function outsideTextContainer(input: PageStructureInput, settings: PageStructureSettings): Uint8Array {
  const {verdicts, descriptions, containerScores, headedAsArticle = false} = input;
  if (input.markup || !containerScores || input.keepsMore) return new Uint8Array(verdicts.length);
  return outsideContainer({verdicts, descriptions, containerScores, headedAsArticle}, settings.container);
}

/**
 * Is each block part of a teaser list (1) or not (0)? Flags, not a list of booleans, which a long document made in the
 * old generation, 8 bytes a block.
 */
function inCardList({descriptions, markup, tree}: PageStructureInput): Uint8Array {
  const cards = new Uint8Array(descriptions.length);
  if (markup && tree) {
    const {repeats, linkLed} = linkLedCards(tree, markup);
    repeats.forEach((times, i) => {
      if (times >= CARD_LIST_MIN && linkLed[i]) cards[i] = 1;
    });
  } else {
    const repeats = shapeRunRepeats(descriptions);
    for (let i = 0; i < repeats.length; i++) if (repeats[i]! >= CARD_LIST_MIN) cards[i] = 1;
  }
  return cards;
}

/** What a block's own cues say it is, whole-block cues first; `other` where none speaks. */
function cueLabel(d: BlockDescription): BoilerplateLabel {
  return (d.cues.find(isWholeCue) ?? d.cues[0])?.label ?? 'other';
}
