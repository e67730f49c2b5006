import type {BlockDescription} from '../features/describe.js';
import type {Verdict} from '../model/context.js';
import {isWithinElement, type ElementTree} from '../read/element-tree.js';
import type {BlockMarkup} from '../read/markup.js';
import type {BoilerplateLabel} from '../types.js';
import {articleContainer} from './article-container.js';
import {bodySpans, type Span} from './body-spans.js';
import {linkLedCards} from './card-boxes.js';
import {shapeRunRepeats} from './shape-runs.js';

/**
 * The page-structure stage: between the scorer and the context rules, it reads the page as a whole. The scorer rates
 * each block with what the structure features told it (`structure-features.ts`); this stage names what it saw, so
 * that users see why a block went: the article's region (on an HTML page its element, `articleContainer`; in text its
 * run of blocks, `bodySpans`) and the teaser lists around it. A kept block far outside the region is dropped unless
 * the scorer is sure of it; a dropped block outside it says so; a dropped block in a teaser list is `related`.
 */
export interface PageStructureSettings {
  /** The score a block's evidence is measured from: above it a block votes for its region, below against. */
  cut: number;
  /** A kept block outside the article's region stays when it scores at least this (1.01: every kept block stays). */
  keepAbove: number;
  /** Text: blocks this many blocks or fewer from a span belong to it (a caption, a subheading at its edge). */
  slack: number;
  /** Text: a further run is body too when its evidence is at least this share of the best run's. */
  spanShare: number;
}

export const PAGE_STRUCTURE: Readonly<PageStructureSettings> = Object.freeze({cut: 0.5, keepAbove: 1.01, slack: 3, spanShare: 0.5});
const EXPERIMENT: PageStructureSettings = {...PAGE_STRUCTURE, ...Object.fromEntries((process.env.DECLUTTER_PS ?? '').split(',').filter(Boolean).map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])]))};

/** The reasons users see on the blocks of this stage. */
export const OUTSIDE_ARTICLE = 'outside-article';
export const OUTSIDE_BODY = 'outside-body';
export const CARD_LIST = 'card-list';

// A teaser list: three or more sibling boxes of one shape (HTML) or repeats of one shape of blocks (text).
const CARD_LIST_MIN = 3;

export interface PageStructureInput {
  verdicts: Verdict[];
  descriptions: readonly BlockDescription[];
  /** HTML: each block's place in the markup, and the page's elements. */
  markup?: readonly BlockMarkup[] | undefined;
  tree?: ElementTree | undefined;
}

export function applyPageStructure(input: PageStructureInput, settings: PageStructureSettings = EXPERIMENT): void {
  const {verdicts, descriptions} = input;
  const outside = outsideRegion(input, settings);
  const cards = inCardList(input);
  verdicts.forEach((v, i) => {
    const d = descriptions[i]!;
    const where = outside[i];
    if (where && v.kept && v.score < settings.keepAbove) {
      v.kept = false;
      v.label = cueLabel(d);
      v.reasons = [where, ...d.cues.map((cue) => cue.name)];
    } else if (where && !v.kept) {
      v.reasons.push(where);
    }
    if (cards[i] && !v.kept) {
      v.label = 'related';
      v.reasons.push(CARD_LIST);
    }
  });
}

/** For each block outside the article's region, the reason that says so; undefined inside it. */
function outsideRegion(input: PageStructureInput, settings: PageStructureSettings): (string | undefined)[] {
  const {verdicts, descriptions, markup, tree} = input;
  const evidence = verdicts.map((v, i) => descriptions[i]!.words * (v.score - settings.cut));
  if (markup && tree) {
    const {element} = articleContainer(tree, markup.map((m) => m.element), evidence);
    return markup.map((m) => (isWithinElement(tree, element, m.element) ? undefined : OUTSIDE_ARTICLE));
  }
  const spans = bodySpans(evidence, settings.spanShare);
  // No run of blocks with positive evidence: the page has no body span to measure from.
  if (spans.length === 0) return verdicts.map(() => undefined);
  return verdicts.map((_, i) => (distance(spans, i) > settings.slack ? OUTSIDE_BODY : undefined));
}

/** Is each block part of a teaser list? */
function inCardList({descriptions, markup, tree}: PageStructureInput): boolean[] {
  if (markup && tree) {
    const {repeats, linkLed} = linkLedCards(tree, markup);
    return repeats.map((times, i) => times >= CARD_LIST_MIN && linkLed[i]!);
  }
  return shapeRunRepeats(descriptions).map((times) => times >= CARD_LIST_MIN);
}

/** How many blocks block i stands outside the nearest span: 0 inside one. */
function distance(spans: readonly Span[], i: number): number {
  let nearest = Infinity;
  for (const {start, end} of spans) nearest = Math.min(nearest, i < start ? start - i : i >= end ? i - end + 1 : 0);
  return nearest;
}

/** What a block's own cues say it is, whole-block cues first; `other` where none speaks. */
function cueLabel(d: BlockDescription): BoilerplateLabel {
  return (d.cues.find((cue) => cue.whole) ?? d.cues[0])?.label ?? 'other';
}
