import {logit, type LogisticStage} from './logistic.js';
import {treesLogits, type TreeEnsemble} from './trees.js';

/** One stage of the scorer: a logistic regression or a boosted tree ensemble, both giving log-odds of body. */
export type Stage = LogisticStage | TreeEnsemble;

/** The log-odds of every row of a matrix. */
export function stageLogits(stage: Stage, rows: readonly (readonly number[])[]): Float64Array {
  if (stage.kind === 'trees') return treesLogits(stage, rows);
  return Float64Array.from(rows, (row) => logit(stage, row));
}

/** Does the stage read rows of this width? (Trees may use only some columns; no column may be out of range.) */
export function fitsWidth(stage: Stage | undefined, width: number): boolean {
  if (!stage) return false;
  if (stage.kind === 'trees') {
    return Array.isArray(stage.trees) && stage.trees.every((tree) => tree.feature.every((f) => f < width));
  }
  return stage.weights?.length === width && stage.mean?.length === width && stage.scale?.length === width;
}
