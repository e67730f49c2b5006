import type {BlockDescription} from '../features/describe.js';
import {isPartCue, isWholeCue} from '../features/lexicon.js';
import {stopwordsFor} from '../features/language.js';
import {declaredArticle} from '../metadata/declared-article.js';
import type {PageMetadata} from '../metadata/fields.js';
import {pageMetadata, statedAuthors} from '../metadata/page-metadata.js';
import {statedTitles} from '../metadata/stated-titles.js';
import {headTitles} from '../metadata/page-title.js';
import {statedAddress} from '../metadata/stated-address.js';
import {slugWords} from '../metadata/url-slug.js';
import {applyContext, CONTEXT_RULES, LOW_SCORE, type ContextRule, type Verdict} from '../rules/index.js';
import {scorerFor, type Model, type Scorer} from '../score/model.js';
import {pageThreshold} from '../score/page-threshold.js';
import {commentThread} from '../structure/comment-thread.js';
import {keepCleanPage} from '../structure/clean-page.js';
import {applyPageStructure} from '../structure/page-structure.js';
import {isHeadedAsArticle} from '../structure/article-head.js';
import type {BoilerplateLabel, CleanedDocument, Favor, ScoredBlock, SiteTemplates} from '../types.js';
import type {Analysis} from './analyze.js';
import {bodyParagraphs} from './body.js';
import {blockTableOf} from './block-table.js';
import {defaultModel} from './model.js';
import {contextStageScores, scoreBlocks, scoreBlocksBeside} from './score-blocks.js';
import {settleTitle} from './page-title.js';
import type {RowWindows} from '../score/windows.js';
import {mapped} from '../arrays.js';

/** What judging a document may be told: the model, where to cut its scores, and the site's template lines. */
export interface JudgeOptions {
  /** The bundled model by default. */
  model?: Model | undefined;
  favor?: Favor | undefined;
  /** An explicit keep threshold in [0, 1]; overrides `favor`. */
  threshold?: number | undefined;
  templates?: SiteTemplates | undefined;
  /** Keep the page's comment thread apart in the result's `comments`. */
  comments?: boolean | undefined;
  /**
   * The document's own URL, where known: for HTML, one of the site's names that a page title may carry; its slug is
   * evidence of the title for the title scorer and `slug-title`.
   */
  url?: string | undefined;
}

/**
 * What the caller does with the judged blocks. `readOnly`: it only reads them (the CLI prints them), so a long
 * document's removed blocks may share one frozen list of reasons; a library caller may write into a block's list.
 */
export interface JudgedBlocksUse {
  readOnly?: boolean;
}

/** The scorer and the context pass over an analysed document: every block labelled, the title and body. */
export function judge(analysis: Analysis<number[][] | RowWindows>, options: JudgeOptions = {}, use: JudgedBlocksUse = {}): CleanedDocument {
  const {layout, texts, language} = analysis;
  const scorer = scorerFor(options.model ?? defaultModel(), layout === 'html');
  const {verdicts, threshold} = judgeBlocks(analysis, scorer, options, CONTEXT_RULES, use);
  const comments = options.comments ? commentThread(verdicts, analysis.descriptions, analysis.markup, analysis.tree) : undefined;

  // The verdicts become the output blocks, their scores rounded: a long document holds one object a block, not two.
  for (const v of verdicts) v.score = round(v.score);
  const scored: ScoredBlock[] = verdicts;
  const {title, titleBlock} = settleTitle(scored, analysis.head, options.url, stopwordsFor(language), analysis.shownText);
  // Joined when read, from the blocks as they are then (a caller may change a block's verdict), unless a caller set it:
  // a printer that writes the kept blocks one by one (`textPieces`) never needs it whole.
  let body: string | undefined;
  // Read when asked for: the metadata is merged only for a printer that shows it (judging read the head's sources only
  // as far as the authors they state, for `author-line`). Only the page's head is kept for it, not the analysis, whose
  // descriptions are garbage once the document is judged.
  const {head, preformatted} = analysis;
  let metadata: PageMetadata | undefined;
  const doc: CleanedDocument = {
    title,
    titleBlock,
    get body() {
      return body ?? bodyParagraphs(scored, titleBlock, preformatted).join('\n\n');
    },
    set body(text: string) {
      body = text;
    },
    blocks: scored,
    layout,
    language,
    threshold: round(threshold),
    get metadata() {
      return (metadata ??= pageMetadata(head, scored, title, options.url));
    },
  };
  if (comments) doc.comments = comments.map((i) => texts[i]!);
  if (preformatted) doc.preformatted = preformatted;
  if (analysis.shapes) doc.structure = {shapes: analysis.shapes, ...(analysis.baseUrl ? {baseUrl: analysis.baseUrl} : {})};
  return doc;
}

/**
 * Every block's verdict by `scorer` (the model's scorer for the document's kind), then the page-structure stage's,
 * then the context pass's (`rules`, all by default; training the title scorer runs the rules before it). Also the
 * threshold the page was judged by, and on an HTML page the element the page-structure stage took for the article's.
 */
export function judgeBlocks(
  analysis: Pick<Analysis<number[][] | RowWindows>, 'texts' | 'descriptions' | 'rows' | 'markup' | 'tree' | 'head'>,
  scorer: Scorer,
  options: JudgeOptions = {},
  rules: readonly ContextRule[] = CONTEXT_RULES,
  use: JudgedBlocksUse = {},
): {verdicts: TextVerdict[]; threshold: number; articleElement: number | undefined} {
  const {texts, descriptions, rows} = analysis;
  const model = options.model ?? defaultModel();
  const parts = {descriptions, markup: analysis.markup, tree: analysis.tree};
  // An HTML page states its own address, which stands for the caller's where they gave none (a page piped from curl).
  const address = options.url ?? statedAddress(analysis.head);
  const slug = address ? slugWords(address) : undefined;
  // A caller who asked to keep more than the model would (`--favor recall`, a lower threshold) keeps what the
  // page-structure stage would drop by the markup's names or the container scorer alone.
  const keepsMore = fixedThreshold(scorer, options) < scorer.threshold;
  // On a text page that may be an article's, the container scorer reads each window of rows beside the scorer: the
  // feature rows, the costliest part of scoring, are made once for both.
  const headedAsArticle = isHeadedAsArticle(slug, descriptions);
  const readsContainer = !analysis.markup && headedAsArticle && !keepsMore;
  const container = readsContainer ? model.container : undefined;
  const {scores, secondBlockScores} = container
    ? scoreBlocksBeside(scorer, container, rows, parts)
    : {scores: scoreBlocks(scorer, rows, parts), secondBlockScores: undefined};
  const containerScores = container && secondBlockScores ? () => contextStageScores(container, secondBlockScores, parts) : undefined;
  const threshold = pageThresholdFor(scorer, options, scores, descriptions);
  const lowScore = use.readOnly && scores.length >= SHARED_REASONS_FROM ? SHARED_LOW_SCORE : undefined;
  const initial = (i: number) => initialVerdict(texts[i]!, scores[i]!, descriptions[i]!, threshold, lowScore);
  // A long document's blocks for a caller that only reads them take their verdicts in their table's columns.
  const verdicts = blockTableOf(descriptions)?.judged(descriptions, initial) ?? mapped(scores, (_, i) => initial(i));
  const declared = declaredArticle(analysis.head);
  const {articleElement} = applyPageStructure({verdicts, ...parts, texts, threshold, declared, keepsMore, containerScores, headedAsArticle});
  const cleanPage = !analysis.markup && keepCleanPage(verdicts, descriptions);
  const siteTemplate = options.templates ? mapped(texts, (blockText, i) => options.templates!.isTemplate(blockText, i)) : undefined;
  applyContext(verdicts, descriptions, {
    rules,
    siteTemplate,
    headings: analysis.markup?.map((m) => m.heading),
    texts,
    cleanPage,
    ...(model.title ? {titleScorer: model.title} : {}),
    ...(analysis.head
      ? {statedTitles: statedTitles(analysis.head, headTitles(analysis.head, options.url)), statedAuthors: statedAuthors(analysis.head)}
      : {}),
    ...(slug ? {slug} : {}),
    headedAsArticle,
  });
  return {verdicts, threshold, articleElement};
}

/** The fixed threshold the options ask of a scorer: theirs, or the scorer's for the trade-off they favour. */
export function fixedThreshold(scorer: Scorer, options: Pick<JudgeOptions, 'favor' | 'threshold'>): number {
  if (options.threshold !== undefined) return options.threshold;
  if (options.favor === 'precision') return scorer.thresholds?.precision ?? Math.min(0.9, scorer.threshold + 0.2);
  if (options.favor === 'recall') return scorer.thresholds?.recall ?? Math.max(0.1, scorer.threshold - 0.2);
  return scorer.threshold;
}

/**
 * The threshold a page is judged by: the page's own cut (`pageThreshold`) when the caller asked for the balanced
 * trade-off, the fixed one of `fixedThreshold` when they asked for precision, recall or a threshold of their own.
 */
function pageThresholdFor(scorer: Scorer, options: JudgeOptions, scores: readonly number[], descriptions: readonly BlockDescription[]): number {
  const fixed = fixedThreshold(scorer, options);
  if (options.threshold !== undefined || (options.favor ?? 'balanced') !== 'balanced') return fixed;
  const words = new Int32Array(descriptions.length);
  for (let i = 0; i < words.length; i++) words[i] = descriptions[i]!.words;
  return pageThreshold(scores, words, fixed);
}

/**
 * A verdict with its block's text, first: the shape of an output block (`ScoredBlock`, whose fields JSON prints in this
 * order), so that the verdict becomes the output block once judged.
 */
type TextVerdict = Verdict & ScoredBlock;

// The blocks from which a removed block's lone reason 'low-score' is one list that every such block shares, for a caller
// that only reads the blocks: most blocks of a long document are removed for it, and a list of their own took 56 bytes
// each. Frozen, since it is shared; the stages give a verdict new reasons by making a new list (`concat`), never by
// writing into its list.
const SHARED_REASONS_FROM = 10_000;
const SHARED_LOW_SCORE: string[] = Object.freeze([LOW_SCORE]) as unknown as string[];

/**
 * The scorer's verdict before context: kept at or above the threshold, else labelled by its strongest cue. `lowScore`
 * is the list a removed block without cues takes, when it is to be shared.
 */
function initialVerdict(text: string, score: number, d: BlockDescription, threshold: number, lowScore: string[] | undefined): TextVerdict {
  if (score >= threshold) return {text, kept: true, label: 'body', score, reasons: []};
  // Most removed blocks match no cue.
  if (d.cues.length === 0) return {text, kept: false, label: 'other', score, reasons: lowScore ?? [LOW_SCORE]};
  const whole = d.cues.filter(isWholeCue);
  const partial = d.cues.filter(isPartCue);
  const strongest = whole[0] ?? partial[0];
  const label: BoilerplateLabel = strongest?.label ?? 'other';
  // A literal, not a push onto an empty list: a push makes room for 17 reasons, and most removed blocks have one.
  const reasons = whole.length + partial.length > 0 ? [...whole, ...partial].map((cue) => cue.name) : [LOW_SCORE];
  return {text, kept: false, label, score, reasons};
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
