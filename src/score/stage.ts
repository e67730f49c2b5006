import {logit, type LogisticStage} from './logistic.js';
import {treesLogits, type Tree, type TreeEnsemble} from './trees.js';

/** One stage of the scorer: a logistic regression or a boosted tree ensemble, both giving log-odds of body. */
export type Stage = LogisticStage | TreeEnsemble;

/** The log-odds of every row of a matrix. */
export function stageLogits(stage: Stage, rows: readonly (readonly number[])[]): Float64Array {
  if (stage.kind === 'trees') return treesLogits(stage, rows);
  return Float64Array.from(rows, (row) => logit(stage, row));
}

/**
 * What is wrong with a stage read from a model file for rows of this width, undefined for nothing. A tree must be one
 * a walk can finish: its five lists of one length, each inner node's children after it, every column in range.
 */
export function stageProblem(stage: Stage | undefined, width: number): string | undefined {
  if (!stage || typeof stage !== 'object') return 'is missing';
  if (stage.kind === 'trees') {
    if (!Array.isArray(stage.trees) || typeof stage.bias !== 'number') return 'has no trees or no bias';
    for (const [t, tree] of stage.trees.entries()) {
      const problem = treeProblem(tree, width);
      if (problem) return `tree ${t} ${problem}`;
    }
    return undefined;
  }
  const fits = stage.weights?.length === width && stage.mean?.length === width && stage.scale?.length === width;
  return fits ? undefined : `does not fit ${width} features`;
}

function treeProblem(tree: Tree, width: number): string | undefined {
  if (!tree || typeof tree !== 'object') return 'is not an object';
  const lists = [tree.feature, tree.threshold, tree.left, tree.right, tree.value];
  const nodes = Array.isArray(tree.feature) ? tree.feature.length : 0;
  if (nodes === 0 || lists.some((list) => !Array.isArray(list) || list.length !== nodes || !list.every((x) => typeof x === 'number'))) {
    return 'needs lists feature, threshold, left, right and value of numbers, one per node';
  }
  for (let node = 0; node < nodes; node++) {
    const feature = tree.feature[node]!;
    if (!Number.isInteger(feature) || feature >= width) return `reads column ${feature}, not one of the ${width} features`;
    if (feature < 0) continue;
    const child = (at: number) => Number.isInteger(at) && at > node && at < nodes;
    if (!child(tree.left[node]!) || !child(tree.right[node]!)) return `has node ${node} whose children are not nodes after it`;
  }
  return undefined;
}
