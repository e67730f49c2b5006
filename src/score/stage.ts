import {logit, type LogisticStage} from './logistic.js';
import {treesLogits, type Tree, type TreeEnsemble} from './trees.js';

/** One stage of the scorer: a logistic regression or a boosted tree ensemble, both giving log-odds of body. */
export type Stage = LogisticStage | TreeEnsemble;

/** The log-odds of every row of a matrix. */
export function stageLogits(stage: Stage, rows: readonly (readonly number[])[]): Float64Array {
  if (stage.kind === 'trees') return treesLogits(stage, rows);
  return Float64Array.from(rows, (row) => logit(stage, row));
}

// The tree lists already walked, with the width they were walked for: a model passed to every `declutter()` call is
// checked at each, and its trees' walk (some 3 ms warm, as long as cleaning a page) is made once. A list changed in
// place after it was walked is not walked again.
const walked = new WeakMap<readonly Tree[], number>();

/**
 * What is wrong with a stage read from a model file for rows of this width, undefined for nothing. A tree must be one
 * a walk can finish: its five lists of one length, each inner node's children after it and under it alone, no deeper
 * than 64 levels, every column in range. With `nodes` false the trees are taken as they are, for a model whose trees
 * were checked before it shipped (`defaultModel`).
 */
export function stageProblem(stage: Stage | undefined, width: number, nodes = true): string | undefined {
  if (!stage || typeof stage !== 'object') return 'is missing';
  if (stage.kind === 'trees') {
    if (!Array.isArray(stage.trees) || typeof stage.bias !== 'number') return 'has no trees or no bias';
    if (!nodes || walked.get(stage.trees) === width) return undefined;
    for (const [t, tree] of stage.trees.entries()) {
      const problem = treeProblem(tree, width);
      if (problem) return `tree ${t} ${problem}`;
    }
    walked.set(stage.trees, width);
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
  // Each node's depth, and whether a parent has claimed it: a node shared by two parents makes the walks of the
  // layout (`completeLayout`) double at each share, and a tree deeper than any learner grows overflows them.
  const depth = new Int32Array(nodes);
  const claimed = new Uint8Array(nodes);
  for (let node = 0; node < nodes; node++) {
    const feature = tree.feature[node]!;
    if (!Number.isInteger(feature) || feature >= width) return `reads column ${feature}, not one of the ${width} features`;
    if (feature < 0) continue;
    for (const child of [tree.left[node]!, tree.right[node]!]) {
      if (!Number.isInteger(child) || child <= node || child >= nodes) return `has node ${node} whose children are not nodes after it`;
      if (claimed[child]) return `has node ${child} under two parents`;
      claimed[child] = 1;
      depth[child] = depth[node]! + 1;
      if (depth[child]! > MAX_TREE_DEPTH) return `is deeper than ${MAX_TREE_DEPTH} levels`;
    }
  }
  return undefined;
}

// Far deeper than `declutter train` grows (5), and shallow enough for the recursive walks of the layout.
const MAX_TREE_DEPTH = 64;
