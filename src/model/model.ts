import {FEATURE_NAMES} from '../features/vector.js';
import {fitsWidth, type Stage} from './stage.js';
import {STACK_FEATURE_NAMES} from './stack.js';

export const MODEL_FORMAT = 'declutter-model';
export const MODEL_VERSION = 1;

/** A trained scorer, as stored in JSON: a block-level stage, then a stage over its neighbourhood's scores. */
export interface Model {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Free-form provenance: corpora, renderings, ids, date, figures. */
  trainedOn?: Record<string, unknown>;
  features: string[];
  stackFeatures: string[];
  blockStage: Stage;
  contextStage: Stage;
  /** Score at and above which a block is kept, for `favor: balanced`. */
  threshold: number;
  /** Thresholds for `favor: precision` and `favor: recall`. */
  thresholds?: {precision: number; recall: number};
}

/** Check that a parsed JSON value is a model this version of declutter can use, with features in its order. */
export function validateModel(value: unknown): Model {
  const model = value as Partial<Model> | null;
  if (!model || model.format !== MODEL_FORMAT) throw new Error(`not a declutter model (format is not "${MODEL_FORMAT}")`);
  if (model.version !== MODEL_VERSION) throw new Error(`model version ${String(model.version)} is not supported (this is ${MODEL_VERSION})`);
  const sameNames = (a: readonly string[] | undefined, b: readonly string[]) =>
    Array.isArray(a) && a.length === b.length && a.every((name, i) => name === b[i]);
  if (!sameNames(model.features, FEATURE_NAMES)) throw new Error('model was trained on other block features than this version computes');
  if (!sameNames(model.stackFeatures, STACK_FEATURE_NAMES)) throw new Error('model was trained on other context features than this version computes');
  for (const [name, stage, width] of [
    ['blockStage', model.blockStage, FEATURE_NAMES.length],
    ['contextStage', model.contextStage, STACK_FEATURE_NAMES.length],
  ] as const) {
    if (!fitsWidth(stage, width)) throw new Error(`model's ${name} does not fit ${width} features`);
  }
  if (typeof model.threshold !== 'number') throw new Error('model has no threshold');
  return model as Model;
}
