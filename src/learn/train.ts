import type {BlockDescription} from '../features/describe.js';
import {FEATURE_NAMES, writeWordColumns} from '../features/vector.js';
import type {Truth} from './align.js';
import {DEFAULT_FIT, fitLogistic, type FitOptions} from './fit.js';
import {sigmoid} from '../score/logistic.js';
import {DEFAULT_BOOST, fitTrees, type BoostOptions} from './boost.js';
import {stageLogits, type Stage} from '../score/stage.js';
import {MODEL_FORMAT, MODEL_VERSION, type Model, type Scorer} from '../score/model.js';
import {contextScores} from '../score/score.js';
import {CONTEXT_FEATURE_NAMES, contextRows} from '../pipeline/score-blocks.js';
import type {ElementTree} from '../read/element-tree.js';
import type {BlockMarkup} from '../read/markup.js';
import {trainTitleScorer} from './title-train.js';
import {knowsLanguage, termScores, wordWeights, type WordTable} from '../score/word-table.js';
import {trainWordTable, type WordTablePage} from './word-table-train.js';
import {EVEN_PAGE_WEIGHTS, pageWeight, type PageWeights} from './page-weight.js';

/** One page as training sees it: feature rows, descriptions for the context stage, labels from alignment. */
export interface TrainingDocument {
  rows: number[][];
  descriptions: BlockDescription[];
  labels: Truth[];
  /** Read from HTML: the page's markup features are set, and the model's HTML scorer learns from it. */
  fromHtml?: boolean;
  /** HTML: each block's place in the markup and the page's elements, which the structure features read. */
  markup?: BlockMarkup[];
  tree?: ElementTree;
  /** Text: each block inside the article's container (1) or not (`containerLabels`), from which the container scorer learns. */
  containerLabels?: Truth[];
  /** Blocks that hold a gold snippet, weighed up by `TrainOptions.snippetWeight`. */
  snippets?: boolean[];
  /** The blocks' text and the gold title, from which the title scorer learns (text documents only). */
  texts?: string[];
  title?: string | null;
  /** Each block's hashed terms (`blockTerms`), from which the word table learns; without them it has none. */
  terms?: Int32Array[];
  /** The page the document renders: its renderings count as one page for the word table, and share its folds. */
  page?: string;
  /** The language the document was read in (ISO 639-3): the word table serves the languages it learned enough of. */
  language?: string;
  /** The gold's page type and address, from which `TrainOptions.pageWeights` weighs the page. */
  pageType?: string | null;
  url?: string | null;
}

/**
 * A block that holds a gold snippet weighs this much more than its length alone says (4 times in all). The snippet
 * metric counts each snippet once however short (a price, a product's SKU, a "Read more" link), where the word
 * metrics count words. Chosen by cross-validation on the train ids, against weighing them less (docs/learning.md,
 * Shipped the same way).
 */
export const SNIPPET_WEIGHT = 3;

export type StageKind = 'logistic' | 'trees';

export interface TrainOptions {
  /**
   * What each stage is made of: boosted trees by default, logistic regression as the simple baseline. Trees in the
   * context stage beat a logistic one on every whole-page rendering in cross-validation (docs/learning.md, Shipped the
   * same way).
   */
  blockStage?: StageKind;
  contextStage?: StageKind;
  fit?: FitOptions;
  boost?: BoostOptions;
  trainedOn?: Record<string, unknown>;
  /** Extra weight of a block that holds a gold snippet, as a multiple of its own weight (`SNIPPET_WEIGHT` by default). */
  snippetWeight?: number;
  /** Learn the title scorer from documents with text and a gold title (true by default). */
  title?: boolean;
  /** How much an article and a news story weigh against another page (every page alike by default). */
  pageWeights?: PageWeights;
  /** Learn the container scorer from the text documents with container labels (true by default). */
  container?: boolean;
}

/**
 * Learn the model: a scorer from the text documents, and one from the HTML documents when there are both. Trained
 * together, text and HTML each scored lower than trained apart (docs/learning.md): HTML pages read one element a line
 * look like the `blocks` rendering, but their markup features say other things.
 */
export function trainModel(documents: readonly TrainingDocument[], options: TrainOptions = {}): Model {
  const words = learnWordColumns(documents);
  const html = documents.filter((doc) => doc.fromHtml);
  const text = documents.filter((doc) => !doc.fromHtml);
  const both = html.length > 0 && text.length > 0;
  const model: Model = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    ...(options.trainedOn ? {trainedOn: options.trainedOn} : {}),
    features: [...FEATURE_NAMES],
    stackFeatures: [...CONTEXT_FEATURE_NAMES],
    ...trainScorer(both ? text : documents, options),
    ...(both ? {html: trainScorer(html, options)} : {}),
    ...(words ? {words} : {}),
    ...(options.container === false ? {} : containerScorerOf(text, options)),
  };
  const title = options.title === false ? undefined : trainTitleScorer(text, model);
  return title ? {...model, title} : model;
}

/**
 * Learn the title scorer alone for `model`'s scorers, from the documents `model` was trained on: their word columns
 * filled as `trainModel` fills them, so that the title scorer reads the block scores training saw.
 */
export function trainTitleOnly(documents: readonly TrainingDocument[], model: Model): Model['title'] {
  learnWordColumns(documents);
  return trainTitleScorer(
    documents.filter((doc) => !doc.fromHtml),
    model,
  );
}

/**
 * Learn both stages of a scorer. Each labelled block weighs by its length (the metrics count words), damped
 * by a logarithm so that menus of one-word links still teach something, and each page weighs the same in total
 * (the metrics are means over pages).
 */
export function trainScorer(documents: readonly TrainingDocument[], options: TrainOptions): Scorer {
  const fit = options.fit ?? DEFAULT_FIT;
  const pageWeights = options.pageWeights ?? EVEN_PAGE_WEIGHTS;
  const weights = documents.map((doc) => blockWeights(doc, options.snippetWeight ?? SNIPPET_WEIGHT, pageWeight(doc, pageWeights)));

  const fitStage = (kind: StageKind, data: [number[][], number[], number[]]): Stage =>
    kind === 'trees' ? fitTrees(...data, options.boost ?? DEFAULT_BOOST) : fitLogistic(...data, fit);

  const blockStage = fitStage(options.blockStage ?? 'trees', collect(documents, weights, (doc) => doc.rows));
  const firstScores = documents.map((doc) => Array.from(stageLogits(blockStage, doc.rows), sigmoid));
  const stacked = documents.map((doc, d) => contextRows(firstScores[d]!, doc));
  const contextStage = fitStage(options.contextStage ?? 'trees', collect(documents, weights, (_doc, d) => stacked[d]!));

  const finalScores = stacked.map((rows, d) => contextScores(contextStage, firstScores[d]!, rows));
  const thresholds = chooseThresholds(documents, finalScores);
  return {
    blockStage,
    contextStage,
    threshold: thresholds.balanced,
    thresholds: {precision: thresholds.precision, recall: thresholds.recall},
  };
}

/**
 * The container scorer (`Model.container`), learned from the text documents that carry container labels, their blocks
 * labelled by those: the same rows, so that it reads the columns the text scorer reads. None where no document has them.
 */
export function containerScorerOf(documents: readonly TrainingDocument[], options: TrainOptions): {container?: Scorer} {
  const labelled: TrainingDocument[] = [];
  for (const doc of documents) {
    // Snippets weigh a block for the gold body's metric, not for the container's.
    if (doc.containerLabels && !doc.fromHtml) labelled.push({...doc, labels: doc.containerLabels, snippets: undefined});
  }
  return labelled.length ? {container: trainScorer(labelled, options)} : {};
}

// A page's word columns come from a table learned from the other folds' pages: from a table that had seen the page,
// they would be surer than they can be on a new page, and the trees would trust them more than they deserve.
const WORD_FOLDS = 4;
// One page in this many (by a hash of its key) is left without word columns, as a page in a language the table does
// not know is: the trees learn to score such a page from its other features. The corpus is nearly all English, so
// without this they would have seen too few pages in other languages to learn it.
const WITHOUT_WORDS = 4;

/**
 * Fill the documents' word columns in place, each page's from a table that never saw it, and learn the table the
 * model keeps from every page. Undefined, and the columns left at zero, when no document has terms.
 */
export function learnWordColumns(documents: readonly TrainingDocument[]): WordTable | undefined {
  const byKey = new Map<string, TrainingDocument[]>();
  documents.forEach((doc, d) => {
    if (!doc.terms) return;
    const key = doc.page ?? `#${d}`;
    const docs = byKey.get(key);
    if (docs) docs.push(doc);
    else byKey.set(key, [doc]);
  });
  if (byKey.size === 0) return undefined;
  const pages = [...byKey].map(([key, docs]) => {
    const hash = stringHash(key);
    const page: WordTablePage = {language: docs[0]!.language, documents: docs.map((doc) => ({terms: doc.terms!, labels: doc.labels}))};
    return {fold: hash % WORD_FOLDS, withoutWords: (hash >>> 8) % WITHOUT_WORDS === 0, docs, page};
  });
  const full = trainWordTable(pages.map((p) => p.page));
  for (let fold = 0; fold < WORD_FOLDS; fold++) {
    const table = wordWeights(trainWordTable(pages.filter((p) => p.fold !== fold).map((p) => p.page)));
    for (const {fold: pageFold, withoutWords, docs} of pages) {
      if (pageFold !== fold || withoutWords) continue;
      for (const doc of docs) if (knowsLanguage(full, doc.language)) writeWordColumns(doc.rows, termScores(doc.terms!, table));
    }
  }
  return full;
}

function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function blockWeights(doc: TrainingDocument, snippetWeight: number, weightOfPage: number): number[] {
  const raw = doc.descriptions.map((d, i) =>
    doc.labels[i] === null ? 0 : (1 + Math.log1p(d.words)) * (doc.snippets?.[i] ? 1 + snippetWeight : 1),
  );
  const total = raw.reduce((sum, w) => sum + w, 0);
  // Scale so that a page's blocks weigh one per labelled block on average, whatever the page's length; then the page by
  // what it is.
  const labelled = doc.labels.filter((label) => label !== null).length;
  return total ? raw.map((w) => ((w * labelled) / total / Math.sqrt(labelled || 1)) * weightOfPage) : raw;
}

function collect(
  documents: readonly TrainingDocument[],
  weights: readonly number[][],
  rowsOf: (doc: TrainingDocument, index: number) => number[][],
): [number[][], number[], number[]] {
  const rows: number[][] = [];
  const labels: number[] = [];
  const w: number[] = [];
  documents.forEach((doc, d) => {
    const docRows = rowsOf(doc, d);
    doc.labels.forEach((label, i) => {
      if (label === null) return;
      rows.push(docRows[i]!);
      labels.push(label);
      w.push(weights[d]![i]!);
    });
  });
  return [rows, labels, w];
}

/**
 * Thresholds from the training pages: `balanced` maximises the mean page word F1 (over labelled blocks), and
 * `precision` / `recall` the mean page F0.5 and F2.
 */
function chooseThresholds(documents: readonly TrainingDocument[], scores: readonly number[][]) {
  const grid = Array.from({length: 17}, (_, i) => 0.1 + i * 0.05);
  const best = (beta: number) => {
    let bestThreshold = 0.5;
    let bestValue = -1;
    for (const threshold of grid) {
      const value = meanPageF(documents, scores, threshold, beta);
      if (value > bestValue) [bestThreshold, bestValue] = [threshold, value];
    }
    return Number(bestThreshold.toFixed(2));
  };
  return {balanced: best(1), precision: best(0.5), recall: best(2)};
}

function meanPageF(documents: readonly TrainingDocument[], scores: readonly number[][], threshold: number, beta: number): number {
  let sum = 0;
  let pages = 0;
  documents.forEach((doc, d) => {
    let tp = 0;
    let kept = 0;
    let body = 0;
    doc.labels.forEach((label, i) => {
      if (label === null) return;
      const words = doc.descriptions[i]!.words;
      const keep = scores[d]![i]! >= threshold;
      if (keep) kept += words;
      if (label === 1) body += words;
      if (keep && label === 1) tp += words;
    });
    if (body === 0) return;
    const p = kept ? tp / kept : 0;
    const r = tp / body;
    const b2 = beta * beta;
    sum += p + r ? ((1 + b2) * p * r) / (b2 * p + r) : 0;
    pages++;
  });
  return pages ? sum / pages : 0;
}
