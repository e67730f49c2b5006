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
  const packed = packedTrees(ensemble);
  const {roots, feature, threshold, left, right, value} = packed;
  let z = ensemble.bias;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    let f = feature[node]!;
    while (f >= 0) {
      node = row[f]! <= threshold[node]! ? left[node]! : right[node]!;
      f = feature[node]!;
    }
    z += value[node]!;
  }
  return z;
}

/** Every tree's nodes in one set of typed arrays, child indices made absolute: prediction is the hot loop of scoring. */
interface PackedTrees {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

// Packed once per ensemble object; a model loaded from JSON is never changed in place by declutter.
const packed = new WeakMap<TreeEnsemble, PackedTrees>();

function packedTrees(ensemble: TreeEnsemble): PackedTrees {
  let found = packed.get(ensemble);
  if (found && found.roots.length === ensemble.trees.length) return found;
  const size = ensemble.trees.reduce((sum, tree) => sum + tree.feature.length, 0);
  found = {
    roots: new Int32Array(ensemble.trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float64Array(size),
  };
  let offset = 0;
  ensemble.trees.forEach((tree, t) => {
    found!.roots[t] = offset;
    for (let i = 0; i < tree.feature.length; i++) {
      found!.feature[offset + i] = tree.feature[i]!;
      found!.threshold[offset + i] = tree.threshold[i]!;
      found!.left[offset + i] = offset + tree.left[i]!;
      found!.right[offset + i] = offset + tree.right[i]!;
      found!.value[offset + i] = tree.value[i]!;
    }
    offset += tree.feature.length;
  });
  packed.set(ensemble, found);
  return found;
}
