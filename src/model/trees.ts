/**
 * Gradient-boosted regression trees for a logistic loss: the scorer's stage kind that captures interactions a
 * linear model cannot (a short block is junk near a menu, a subheading near prose). Trees are stored as flat arrays
 * so that a model file stays compact and prediction is a few comparisons a tree.
 */
export interface TreeEnsemble {
  kind: 'trees';
  /** Added to the sum of the trees' outputs: the log-odds of the base rate. */
  bias: number;
  trees: Tree[];
}

/** A tree in flat arrays: node i splits on `feature[i] <= threshold[i]` (left) or is a leaf when feature is -1. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export function treesLogit(ensemble: TreeEnsemble, row: readonly number[]): number {
  let z = ensemble.bias;
  for (const tree of ensemble.trees) {
    let node = 0;
    while (tree.feature[node]! >= 0) {
      node = row[tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
    }
    z += tree.value[node]!;
  }
  return z;
}
