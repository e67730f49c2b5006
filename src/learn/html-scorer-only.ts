import {CONTEXT_FEATURE_NAMES} from '../pipeline/score-blocks.js';
import {checkFormatAndVersion, validateModel} from '../pipeline/model.js';
import {MODEL_VERSION, type Model} from '../score/model.js';
import {learnWordColumns, trainScorer, type TrainingDocument, type TrainOptions} from './train.js';

// Retraining the whole model to change the HTML scorer also moves the text scorer: every change to reading since the
// base model was trained reaches the word table (learned from every rendering, HTML included), and through its columns
// every tree. Learning the HTML scorer alone into a copy of the base keeps text output exactly as it was.

/**
 * The base model the HTML scorer is to be learned into, checked before any training: a model this version can read
 * once its context columns are this version's, which they are when its own are a prefix of them (the text scorer's
 * context stage then reads each column at the place it was trained on). Returns the base with this version's
 * context columns and format version, everything else as the base has it.
 */
export function htmlScorerBase(base: unknown): Model {
  const model = checkFormatAndVersion(base, 'this or earlier');
  const columns = model.stackFeatures;
  if (!Array.isArray(columns) || columns.some((name, i) => name !== CONTEXT_FEATURE_NAMES[i])) {
    throw new Error("the base model's context columns are not a prefix of this version's: its text scorer would read other columns");
  }
  return validateModel({...model, version: MODEL_VERSION, stackFeatures: [...CONTEXT_FEATURE_NAMES]});
}

/**
 * Learn the HTML scorer from the HTML documents and set it into a copy of `base` (from `htmlScorerBase`): the text
 * scorer, its thresholds, the word table, the title scorer and the container scorer stay the base's, value for value.
 * The HTML documents' word columns come from tables learned from every document given, as in `trainModel`: given every
 * rendering, it learns the HTML scorer that `trainModel` would.
 */
export function trainHtmlScorerInto(base: Model, documents: readonly TrainingDocument[], options: TrainOptions = {}): Model {
  const html = documents.filter((doc) => doc.fromHtml);
  if (html.length === 0) throw new Error('no HTML documents to learn the HTML scorer from');
  learnWordColumns(documents);
  const trainedOn = options.trainedOn ? {trainedOn: {...base.trainedOn, htmlScorer: options.trainedOn}} : {};
  return validateModel({...base, ...trainedOn, html: trainScorer(html, options)});
}
