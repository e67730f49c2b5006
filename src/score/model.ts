import {FEATURE_NAMES, TEXT_FEATURE_COUNT} from '../features/vector.js';
import {fitsWidth, type Stage} from './stage.js';
import {STACK_FEATURE_NAMES} from './stack.js';
import {TITLE_FEATURE_NAMES, type TitleScorer} from './title.js';
import {wordTableProblem, type WordTable} from './word-table.js';

export const MODEL_FORMAT = 'declutter-model';
export const MODEL_VERSION = 1;

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
}

/** The scorer for a document: the HTML one for HTML, where the model has one. */
export function scorerFor(model: Model, fromHtml: boolean): Scorer {
  return fromHtml && model.html ? model.html : model;
}

/** Check that a parsed JSON value is a model this version of declutter can use, with features in its order. */
export function validateModel(value: unknown): Model {
  const model = value as Partial<Model> | null;
  if (!model || model.format !== MODEL_FORMAT) throw new Error(`not a declutter model (format is not "${MODEL_FORMAT}")`);
  if (model.version !== MODEL_VERSION) throw new Error(`model version ${String(model.version)} is not supported (this is ${MODEL_VERSION})`);
  const startsWith = (names: readonly string[] | undefined, of: readonly string[]) =>
    Array.isArray(names) && names.length <= of.length && names.every((name, i) => name === of[i]);
  // A model of an earlier version, trained before features were added at the end (the markup features), reads the
  // columns it knows, which mean what they meant: it works as it did.
  if (!startsWith(model.features, FEATURE_NAMES) || model.features!.length < TEXT_FEATURE_COUNT) {
    throw new Error('model was trained on other block features than this version computes');
  }
  const sameNames = (a: readonly string[] | undefined, b: readonly string[]) => startsWith(a, b) && a!.length === b.length;
  if (!sameNames(model.stackFeatures, STACK_FEATURE_NAMES)) throw new Error('model was trained on other context features than this version computes');
  validateScorer(model, '', model.features!.length);
  if (model.html !== undefined) validateScorer(model.html, 'html.', model.features!.length);
  if (model.title !== undefined) validateTitle(model.title);
  if (model.words !== undefined) {
    const problem = wordTableProblem(model.words);
    if (problem) throw new Error(`model's word table: ${problem}`);
  }
  return model as Model;
}

function validateScorer(scorer: Partial<Scorer> | null, prefix: string, features: number): void {
  if (!scorer || typeof scorer !== 'object') throw new Error(`model's ${prefix.slice(0, -1)} scorer is not an object`);
  for (const [name, stage, width] of [
    ['blockStage', scorer.blockStage, features],
    ['contextStage', scorer.contextStage, STACK_FEATURE_NAMES.length],
  ] as const) {
    if (!fitsWidth(stage, width)) throw new Error(`model's ${prefix}${name} does not fit ${width} features`);
  }
  if (typeof scorer.threshold !== 'number') throw new Error(`model has no ${prefix}threshold`);
  // A threshold outside the scores' range keeps every block or none, and a hand-edited copy is where one comes from.
  const inRange = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;
  if (!inRange(scorer.threshold)) throw new Error(`model's ${prefix}threshold must be from 0 to 1, not ${scorer.threshold}`);
  if (scorer.thresholds !== undefined) {
    if (!scorer.thresholds || typeof scorer.thresholds !== 'object') throw new Error(`model's ${prefix}thresholds is not an object`);
    for (const favor of ['precision', 'recall'] as const) {
      const value = scorer.thresholds[favor];
      if (value !== undefined && !inRange(value)) throw new Error(`model's ${prefix}thresholds.${favor} must be from 0 to 1, not ${String(value)}`);
    }
  }
}

function validateTitle(title: Partial<TitleScorer> | null): void {
  if (!title || typeof title !== 'object') throw new Error("model's title scorer is not an object");
  const names = title.features;
  if (!Array.isArray(names) || names.length !== TITLE_FEATURE_NAMES.length || names.some((name, i) => name !== TITLE_FEATURE_NAMES[i])) {
    throw new Error('model was trained on other title features than this version computes');
  }
  if (!fitsWidth(title.stage, TITLE_FEATURE_NAMES.length)) throw new Error(`model's title.stage does not fit ${TITLE_FEATURE_NAMES.length} features`);
  if (typeof title.threshold !== 'number') throw new Error('model has no title.threshold');
}
