import bundled from './weights.json' with {type: 'json'};
import {validateModel, type Model} from './model.js';

let cached: Model | undefined;

/** The model that ships with declutter, trained by `declutter train` (see README, Accuracy). */
export function defaultModel(): Model {
  cached ??= validateModel(bundled);
  return cached;
}

/** A model from parsed JSON (for instance a file written by `declutter train`), checked against this version. */
export function loadModel(json: unknown): Model {
  return validateModel(json);
}
