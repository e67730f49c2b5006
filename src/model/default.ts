import bundled from './weights.json' with {type: 'json'};
import {validateModel, type Model} from './model.js';

let cached: Model | undefined;

/**
 * The model that ships with declutter, trained by `declutter train` (see docs/accuracy.md). Every call returns the
 * same object, which every `declutter()` call without a model of its own uses, so its settings (thresholds, and the
 * objects that hold them) are frozen: no caller can change them for the others. Freezing its trees too, all the way
 * down, cost 2 to 9 ms of start-up. To change a copy: `loadModel(structuredClone(defaultModel()))`.
 */
export function defaultModel(): Model {
  cached ??= freezeSettings(validateModel(bundled));
  return cached;
}

function freezeSettings(model: Model): Model {
  for (const scorer of [model, model.html]) if (scorer?.thresholds) Object.freeze(scorer.thresholds);
  if (model.html) Object.freeze(model.html);
  if (model.title) Object.freeze(model.title);
  return Object.freeze(model);
}

/** A model from parsed JSON (for instance a file written by `declutter train`), checked against this version. */
export function loadModel(json: unknown): Model {
  return validateModel(json);
}
