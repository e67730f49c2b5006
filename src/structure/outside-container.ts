import type {BlockDescription} from '../features/describe.js';
import type {Verdict} from '../types.js';
import {sureProse, type ArticlePageSettings} from './article-page.js';
import {bodySpans, spanDistances} from './body-spans.js';

/** The settings of `outsideContainer`: those of a page that reads as an article, and these. */
export interface ContainerSettings extends ArticlePageSettings {
  /** The container score a block's evidence is measured from: above it a block votes for the container. */
  cut: number;
  /** Blocks this many blocks or fewer from a span belong to the container (a caption, a subheading at its edge). */
  slack: number;
  /** A further span is the container's too when its evidence is at least this share of the best span's. */
  spanShare: number;
  /** The spans must hold at least this share of the positive evidence: one container, not a listing's spread. */
  dominance: number;
  /** A kept block the block scorer rates at least this stays wherever it lies. */
  keepAbove: number;
  /** At least this share of the sure prose's words must lie within the spans' slack (one article, not one of several). */
  sureShare: number;
}

/** What the step reads of a page: the verdicts so far, and the container scorer's scores, made when asked. */
export interface ContainerPage {
  verdicts: readonly Verdict[];
  descriptions: readonly BlockDescription[];
  /** The container scorer's score of each block; asked for only on a page that reads as an article. */
  containerScores: () => ArrayLike<number>;
  /** The page is headed as an article is (`isHeadedAsArticle`). */
  headedAsArticle: boolean;
}

/**
 * Text: which blocks (1) lie outside the article's container and would be dropped, kept and not sure body. Where the
 * container ends is read from the container scorer (`Model.container`), a second scorer that learned which blocks lie
 * inside the element that holds the article. The body's spans of its evidence (words ×
 * (container score − `cut`), `bodySpans`) are the container's blocks; a kept block below the first span's start and
 * more than `slack` blocks from every span that the block scorer is not sure of (under `keepAbove`) lies outside the
 * article. The blocks above the container are the page head's (the headline, its standfirst, the byline), which the
 * title rules judge. Only on a page that reads as an article: its sure prose (blocks scoring `sure` or more, of
 * `sureBlockWords` words or more) reaches `sureWords` and lies within the spans' slack for `sureShare` of its words,
 * it is headed as an article is (`isHeadedAsArticle`: a headline's slug, or a byline above a paragraph), and the spans
 * hold `dominance` of the positive evidence. A listing, a forum or a product page, whose body is spread over the page,
 * keeps it, and so does a page of several articles whose container the scorer finds around one of them.
 */
export function outsideContainer(page: ContainerPage, settings: ContainerSettings): Uint8Array {
  const {verdicts, descriptions} = page;
  const outside = new Uint8Array(verdicts.length);
  if (!page.headedAsArticle) return outside;
  const sure = sureProse(verdicts, descriptions, settings).words;
  if (sure < settings.sureWords) return outside;
  const scores = page.containerScores();
  const evidence = new Float64Array(verdicts.length);
  for (let i = 0; i < evidence.length; i++) evidence[i] = descriptions[i]!.words * (scores[i]! - settings.cut);
  const spans = bodySpans(evidence, settings.spanShare);
  if (spans.length === 0) return outside;
  const distances = spanDistances(spans, verdicts.length, new Uint8ClampedArray(verdicts.length));
  let positive = 0;
  let inside = 0;
  for (let i = 0; i < evidence.length; i++) {
    const e = Math.max(0, evidence[i]!);
    positive += e;
    if (distances[i] === 0) inside += e;
  }
  if (inside < settings.dominance * positive) return outside;
  if (sureProse(verdicts, descriptions, settings, (i) => distances[i]! <= settings.slack).words < settings.sureShare * sure) return outside;
  for (let i = spans[0]!.start; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    if (v.kept && v.score < settings.keepAbove && distances[i]! > settings.slack) outside[i] = 1;
  }
  return outside;
}
