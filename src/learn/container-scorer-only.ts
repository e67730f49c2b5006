import {validateModel} from '../pipeline/model.js';
import type {Model} from '../score/model.js';
import {containerScorerOf, learnWordColumns, type TrainingDocument, type TrainOptions} from './train.js';

// Retraining the whole model to add the container scorer would move every other scorer with each change to reading
// since the base was trained (the word table, and through its columns every tree). Learning it alone into a copy of
// the base keeps the output of every page where the container scorer does not speak exactly as it was.

/**
 * `base` with its container scorer learned from `documents`, their word columns filled as `trainModel` fills them:
 * every other part of `base` stays as it is, value for value, so that output changes only where the container scorer
 * speaks. Throws where no document has container labels.
 */
export function trainContainerScorerInto(base: Model, documents: readonly TrainingDocument[], options: TrainOptions = {}): Model {
  learnWordColumns(documents);
  const {container} = containerScorerOf(documents, options);
  if (!container) throw new Error("no text document with container labels (a corpus's region rendering) to learn the container scorer from");
  const trainedOn = options.trainedOn ? {trainedOn: {...base.trainedOn, containerScorer: options.trainedOn}} : {};
  return validateModel({...base, ...trainedOn, container});
}
