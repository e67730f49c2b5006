import {FEATURE_NAMES} from '../features/vector.js';
import {MODEL_FORMAT, MODEL_VERSION, type Model, type Scorer} from '../score/model.js';
import {stageProblem} from '../score/stage.js';
import {TITLE_FEATURE_NAMES, type TitleScorer} from '../score/title.js';
import bundled from '../score/weights.json' with {type: 'json'};
import {wordTableProblem} from '../score/word-table.js';
import {CONTEXT_FEATURE_NAMES} from './score-blocks.js';

// A model is checked here, where every stage's columns are known: the block stage's features, the context stage's
// scores around a block and page-structure columns, the title scorer's.

let cached: Model | undefined;

/**
 * The model that ships with declutter, trained by `declutter train` (see README, Accuracy). Every call returns the
 * same object, which every `declutter()` call without a model of its own uses, so its settings (thresholds, and the
 * objects that hold them) are frozen: no caller can change them for the others. Its trees are left unfrozen: freezing
 * them all the way down costs start-up for no caller's sake. To change a copy:
 * `loadModel(structuredClone(defaultModel()))`.
 *
 * Its format, version, columns and settings are checked as any model's are, so that a build that pairs it with other
 * code fails at once; its trees are not walked node by node, as a model read from a file's are: they are the same in
 * every run, the test suite checks them (`validateModel` of a copy), and the walk was about 6% of a run's start-up.
 */
export function defaultModel(): Model {
  cached ??= freezeSettings(checkedModel(bundled, false));
  return cached;
}

function freezeSettings(model: Model): Model {
  for (const scorer of [model, model.html, model.container]) if (scorer?.thresholds) Object.freeze(scorer.thresholds);
  if (model.html) Object.freeze(model.html);
  if (model.container) Object.freeze(model.container);
  if (model.title) Object.freeze(model.title);
  return Object.freeze(model);
}

/**
 * A model from parsed JSON (for instance a file written by `declutter train`), checked against this version. Its trees
 * are walked node by node once (`stageProblem` remembers each list of trees it walked), so treat the model as
 * read-only: to change one, change a copy and load it again.
 */
export function loadModel(json: unknown): Model {
  return validateModel(json);
}

/** Check that a parsed JSON value is a model this version of declutter can use, with features in its order. */
export function validateModel(value: unknown): Model {
  return checkedModel(value, true);
}

/** `validateModel`, each tree walked node by node where `nodes` is true. */
function checkedModel(value: unknown, nodes: boolean): Model {
  const model = checkFormatAndVersion(value, 'this');
  checkColumns('block', model.features, FEATURE_NAMES);
  checkColumns('context', model.stackFeatures, CONTEXT_FEATURE_NAMES);
  validateScorer(model, '', FEATURE_NAMES.length, nodes);
  if (model.html !== undefined) validateScorer(model.html, 'html.', FEATURE_NAMES.length, nodes);
  if (model.container !== undefined) validateScorer(model.container, 'container.', FEATURE_NAMES.length, nodes);
  if (model.title !== undefined) validateTitle(model.title, nodes);
  if (model.words !== undefined) {
    const problem = wordTableProblem(model.words);
    if (problem) throw new Error(`model's word table: ${problem}`);
  }
  return model as Model;
}

/**
 * A parsed JSON value's format and version, checked in the same words wherever a model is read: a newer version is
 * refused with a word to upgrade, and an earlier one unless `accept` takes it (`--keep-text` learns into an earlier
 * version's model, whose columns it checks itself). Returns the value as a model still to be checked.
 */
export function checkFormatAndVersion(value: unknown, accept: 'this' | 'this or earlier'): Partial<Model> {
  const model = value as Partial<Model> | null;
  if (!model || typeof model !== 'object' || model.format !== MODEL_FORMAT) throw new Error(`not a declutter model (format is not "${MODEL_FORMAT}")`);
  if (typeof model.version === 'number' && model.version > MODEL_VERSION) {
    throw new Error(`model version ${model.version} was written by a newer declutter: this one reads version ${MODEL_VERSION}. Upgrade declutter, or ${RETRAIN_LOWER}`);
  }
  const earlier = accept === 'this or earlier' && typeof model.version === 'number';
  if (model.version !== MODEL_VERSION && !earlier) {
    throw new Error(`model version ${String(model.version)} is not supported: this declutter reads version ${MODEL_VERSION}, whose columns differ. ${RETRAIN}`);
  }
  return model;
}

const RETRAIN_LOWER = 'retrain it with `declutter train CORPUS... -o FILE` (README, Learning).';
const RETRAIN = `R${RETRAIN_LOWER.slice(1)}`;

/** A stage's columns as the model lists them must be this version's, by name and in order: a model reads by position. */
function checkColumns(stage: string, names: readonly string[] | undefined, expected: readonly string[]): void {
  if (!Array.isArray(names)) throw new Error(`model lists no ${stage} features. ${RETRAIN}`);
  const at = expected.findIndex((name, i) => names[i] !== name);
  if (at === -1 && names.length === expected.length) return;
  const column = at === -1 ? expected.length : at;
  const theirs = column < names.length ? `"${String(names[column])}"` : 'nothing';
  const ours = column < expected.length ? `"${expected[column]}"` : 'nothing';
  throw new Error(`model was trained on other ${stage} features than this version computes: column ${column} is ${theirs}, not ${ours}. ${RETRAIN}`);
}

function validateScorer(scorer: Partial<Scorer> | null, prefix: string, features: number, nodes: boolean): void {
  if (!scorer || typeof scorer !== 'object') throw new Error(`model's ${prefix.slice(0, -1)} scorer is not an object`);
  for (const [name, stage, width] of [
    ['blockStage', scorer.blockStage, features],
    ['contextStage', scorer.contextStage, CONTEXT_FEATURE_NAMES.length],
  ] as const) {
    const problem = stageProblem(stage, width, nodes);
    if (problem) throw new Error(`model's ${prefix}${name} ${problem}`);
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

function validateTitle(title: Partial<TitleScorer> | null, nodes: boolean): void {
  if (!title || typeof title !== 'object') throw new Error("model's title scorer is not an object");
  checkColumns('title', title.features, TITLE_FEATURE_NAMES);
  const problem = stageProblem(title.stage, TITLE_FEATURE_NAMES.length, nodes);
  if (problem) throw new Error(`model's title.stage ${problem}`);
  if (typeof title.threshold !== 'number') throw new Error('model has no title.threshold');
}
