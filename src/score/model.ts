import type {Stage} from './stage.js';
import type {TitleScorer} from './title.js';
import type {WordTable} from './word-table.js';

export const MODEL_FORMAT = 'declutter-model';
/**
 * The model format's version: it changes whenever a stage's columns change (a name, or the order), so that a model
 * never reads columns by the wrong names. `test/model-columns.test.ts` fails until it does.
 */
export const MODEL_VERSION = 5;

/** A scorer: a block-level stage, then a stage over its neighbourhood's scores, and where to cut their scores. */
export interface Scorer {
  blockStage: Stage;
  contextStage: Stage;
  /** Score at and above which a block is kept, for `favor: balanced`. */
  threshold: number;
  /** Thresholds for `favor: precision` and `favor: recall`. */
  thresholds?: {precision: number; recall: number};
}

/**
 * A trained model, as stored in JSON: the scorer for text, and optionally one for HTML, learned from pages as fetched
 * with the features of their markup (which text lacks; one scorer for both learned less of each, docs/learning.md).
 */
export interface Model extends Scorer {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Free-form provenance: corpora, renderings, ids, date, figures. */
  trainedOn?: Record<string, unknown>;
  features: string[];
  stackFeatures: string[];
  /** The scorer for documents read as HTML; the text scorer serves them when absent. */
  html?: Scorer;
  /** Which block above the body is the title (`learned-title`); `title-before-body` guesses where a model has none. */
  title?: TitleScorer;
  /** Term weights for the `words:` features; without it those columns are zero, as they were in training. */
  words?: WordTable;
  /**
   * Text only: a second scorer over the same rows, learned to tell the blocks inside the article's container (the
   * element that holds the article, ads and captions included) from the page around it. The page-structure stage
   * reads its scores as evidence of where the article ends (`outside-container`); without it that step is skipped.
   */
  container?: Scorer;
}

/** The scorer for a document: the HTML one for HTML, where the model has one. */
export function scorerFor(model: Model, fromHtml: boolean): Scorer {
  return fromHtml && model.html ? model.html : model;
}
