import {checkDeclutterArguments, checkThresholdAndFavor} from './check-options.js';
import {describeBlock, type BlockDescription} from './features/describe.js';
import {detectLanguage, stopwordsFor} from './features/language.js';
import {featureMatrix, writeWordColumns} from './features/vector.js';
import {applyContext, CONTEXT_RULES, LOW_SCORE, type ContextRule, type Verdict} from './model/context.js';
import {defaultModel} from './model/default.js';
import {scorerFor, type Model, type Scorer} from './model/model.js';
import {pageThreshold} from './model/page-threshold.js';
import {scoreBlocks} from './model/score.js';
import {knowsLanguage, termScores, wordWeights} from './model/word-table.js';
import {InputError} from './read/decode.js';
import {documentBlocks} from './read/document.js';
import type {ElementTree} from './read/element-tree.js';
import type {BlockShape} from './read/block-shape.js';
import type {BlockMarkup} from './read/markup.js';
import {commentThread} from './structure/comment-thread.js';
import {applyPageStructure} from './structure/page-structure.js';
import type {BoilerplateLabel, CleanedDocument, DocumentFormat, Favor, Layout, ScoredBlock} from './types.js';

export type {Favor} from './types.js';

/** Every option may be left out or given as `undefined` (an option read from an unset variable): both mean the default. */
export interface DeclutterOptions {
  /** A model loaded with `loadModel`; the bundled one by default. */
  model?: Model | undefined;
  /** Trade recall for precision or back; `balanced` by default. */
  favor?: Favor | undefined;
  /** An explicit keep threshold in [0, 1]; overrides `favor`. */
  threshold?: number | undefined;
  /** Language (ISO 639-3) to use instead of detecting it. */
  language?: string | undefined;
  /** Batch mode's evidence from the other pages of the site: blocks it names are site template (rule `site-template`). */
  templates?: SiteTemplates | undefined;
  /**
   * Refuse a document of more blocks than this, before any block is described: `declutter` throws an `InputError`
   * with code `too-large`. Scoring holds every block's features at once, a few kilobytes a block however short the
   * block, so a file of a million one-word lines needs gigabytes; a caller with a memory budget sets this.
   */
  maxBlocks?: number | undefined;
  /**
   * What the input is: `auto` (the default) reads a document that starts as HTML does (a doctype, `<html>`, `<head>`,
   * `<body>`...) as HTML, one block-level element a block, and anything else as text.
   */
  format?: DocumentFormat | undefined;
  /**
   * Keep an HTML document's structure (each block's kind, lists, tables, quotes, links and emphasis) in the result's
   * `structure`, for `toMarkdown` and `toMdast`. Off by default: plain text does not need it.
   */
  structure?: boolean | undefined;
  /**
   * Keep the page's comment thread apart in the result's `comments` (the readers' comments, removed from the body as
   * ever): off by default.
   */
  comments?: boolean | undefined;
  /** The document's own URL, where known: with `structure`, what an HTML page's relative links are read against. */
  url?: string | undefined;
}

/** Which blocks repeat across many pages of one site (menus, footers, newsletter prompts): built by the batch runner. */
export interface SiteTemplates {
  isTemplate(blockText: string): boolean;
}

/** Clean one document: text in, every block scored and labelled, the title and body out. Pure: no I/O. */
export function declutter(text: string, options: DeclutterOptions = {}): CleanedDocument {
  checkDeclutterArguments(text, options);
  return judge(analyze(text, options), options);
}

/** The scorer and the context pass over an analysed document. */
export function judge(analysis: Analysis, options: DeclutterOptions = {}): CleanedDocument {
  const {layout, texts, language} = analysis;
  const {verdicts, threshold} = judgeBlocks(analysis, options);

  const scored: ScoredBlock[] = verdicts.map((v, i) => ({
    text: texts[i]!,
    kept: v.kept,
    label: v.label,
    score: round(v.score),
    reasons: v.reasons,
  }));
  const titleBlock = scored.find((block) => block.label === 'title');
  const body = scored
    .filter((block) => block.kept && block !== titleBlock)
    .map((block) => block.text)
    .join('\n\n');
  const doc: CleanedDocument = {title: titleBlock?.text ?? null, body, blocks: scored, layout, language, threshold: round(threshold)};
  if (options.comments) doc.comments = commentThread(verdicts, analysis.descriptions, analysis.markup, analysis.tree).map((i) => texts[i]!);
  if (analysis.shapes) doc.structure = {shapes: analysis.shapes, ...(analysis.baseUrl ? {baseUrl: analysis.baseUrl} : {})};
  return doc;
}

/**
 * Every block's verdict: the scorer's, then the context pass's (`rules`, all by default; training the title scorer
 * runs the rules before it). Also the threshold the page was judged by.
 */
export function judgeBlocks(
  analysis: Pick<Analysis, 'layout' | 'texts' | 'descriptions' | 'rows' | 'markup' | 'tree'>,
  options: DeclutterOptions = {},
  rules: readonly ContextRule[] = CONTEXT_RULES,
): {verdicts: Verdict[]; threshold: number} {
  const {layout, texts, descriptions, rows} = analysis;
  const model = options.model ?? defaultModel();
  const scorer = scorerFor(model, layout === 'html');
  const scores = scoreBlocks(scorer, rows, {descriptions, markup: analysis.markup, tree: analysis.tree});
  const threshold = pageThresholdFor(scorer, options, scores, descriptions);
  const verdicts = scores.map((score, i) => initialVerdict(score, descriptions[i]!, threshold));
  applyPageStructure({verdicts, descriptions, markup: analysis.markup, tree: analysis.tree, threshold});
  const siteTemplate = options.templates ? texts.map((blockText) => options.templates!.isTemplate(blockText)) : undefined;
  applyContext(verdicts, descriptions, {
    rules,
    siteTemplate,
    headings: analysis.markup?.map((m) => m.heading),
    texts,
    ...(model.title ? {titleScorer: model.title} : {}),
  });
  return {verdicts, threshold};
}

/** A document taken apart for the scorer: blocks, their descriptions and feature rows. Shared with training. */
export interface Analysis {
  layout: Layout;
  texts: string[];
  language: string;
  descriptions: BlockDescription[];
  rows: number[][];
  /** For HTML: each block's place in the page's markup, and the page's elements. */
  markup?: BlockMarkup[];
  tree?: ElementTree;
  /** For HTML read with the `structure` option: each block's shape, and the URL its links are read against. */
  shapes?: BlockShape[];
  baseUrl?: string;
}

export interface AnalyzeOptions extends Pick<DeclutterOptions, 'language' | 'maxBlocks' | 'format' | 'model' | 'structure' | 'url'> {
  /** Leave the word table's columns at zero, as training does: it fills them from tables that never saw the page. */
  withoutWordScores?: boolean;
}

/** Take a document apart for `judge`; the word table's columns come from `options.model` (the bundled one by default). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const {layout, blocks, markup, tree, shapes, baseUrl} = documentBlocks(text, options.format, {structure: options.structure, url: options.url});
  if (options.maxBlocks !== undefined && blocks.length > options.maxBlocks) {
    throw new InputError(`has ${blocks.length.toLocaleString('en')} blocks, over the limit of ${options.maxBlocks.toLocaleString('en')}`, 'too-large');
  }
  const texts = blocks.map((block) => block.text);
  const language = options.language ?? detectLanguage(texts);
  const stopwords = stopwordsFor(language);
  const descriptions = texts.map((blockText) => describeBlock(blockText, stopwords));
  const rows = featureMatrix(descriptions, layout, markup);
  const table = options.withoutWordScores ? undefined : (options.model ?? defaultModel()).words;
  if (table && knowsLanguage(table, language)) writeWordColumns(rows, termScores(texts, wordWeights(table)));
  const structure = shapes ? {shapes, ...(baseUrl ? {baseUrl} : {})} : {};
  return {layout, texts, language, descriptions, rows, ...(markup ? {markup} : {}), ...(tree ? {tree} : {}), ...structure};
}

/** The fixed threshold the options ask of a model (public: its options are checked, as `declutter`'s are). */
export function thresholdFor(model: Scorer, options: Pick<DeclutterOptions, 'favor' | 'threshold'>): number {
  checkThresholdAndFavor(options.threshold, options.favor);
  return fixedThreshold(model, options);
}

/** `thresholdFor` for options `declutter` has checked already. */
function fixedThreshold(model: Scorer, options: Pick<DeclutterOptions, 'favor' | 'threshold'>): number {
  if (options.threshold !== undefined) return options.threshold;
  if (options.favor === 'precision') return model.thresholds?.precision ?? Math.min(0.9, model.threshold + 0.2);
  if (options.favor === 'recall') return model.thresholds?.recall ?? Math.max(0.1, model.threshold - 0.2);
  return model.threshold;
}

/**
 * The threshold a page is judged by: the page's own cut (`pageThreshold`) when the caller asked for the balanced
 * trade-off, the fixed one of `fixedThreshold` when they asked for precision, recall or a threshold of their own.
 */
function pageThresholdFor(model: Scorer, options: DeclutterOptions, scores: readonly number[], descriptions: readonly BlockDescription[]): number {
  const fixed = fixedThreshold(model, options);
  if (options.threshold !== undefined || (options.favor ?? 'balanced') !== 'balanced') return fixed;
  return pageThreshold(scores, descriptions.map((d) => d.words), fixed);
}

/** The scorer's verdict before context: kept at or above the threshold, else labelled by its strongest cue. */
function initialVerdict(score: number, d: BlockDescription, threshold: number): Verdict {
  const whole = d.cues.filter((cue) => cue.whole);
  const partial = d.cues.filter((cue) => !cue.whole);
  if (score >= threshold) return {kept: true, label: 'body', score, reasons: []};
  const strongest = whole[0] ?? partial[0];
  const label: BoilerplateLabel = strongest?.label ?? 'other';
  const reasons = [...whole, ...partial].map((cue) => cue.name);
  if (reasons.length === 0) reasons.push(LOW_SCORE);
  return {kept: false, label, score, reasons};
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
