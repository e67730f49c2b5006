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

/** The log-odds of one row: a walk down every tree. */
export function treesLogit(ensemble: TreeEnsemble, row: readonly number[]): number {
  let z = ensemble.bias;
  for (const tree of ensemble.trees) {
    let node = 0;
    while (tree.feature[node]! >= 0) {
      node = row[tree.feature[node]!]! > tree.threshold[node]! ? tree.right[node]! : tree.left[node]!;
    }
    z += tree.value[node]!;
  }
  return z;
}

/**
 * The log-odds of many rows at once, equal to `treesLogit` on each. Every tree is laid out as a complete binary tree
 * (shallow leaves copied down), so each row takes exactly `depth` steps with no branch to mispredict. Trees of the
 * depth `declutter train` grows (or shallower, copied down to it) take the unrolled walk of `unrolledLogits`.
 */
export function treesLogits(ensemble: TreeEnsemble, rows: readonly (readonly number[])[]): Float64Array {
  const layout = completeLayout(ensemble);
  if (!layout) return Float64Array.from(rows, (row) => treesLogit(ensemble, row));
  if (layout.depth === UNROLLED_DEPTH) return unrolledLogits(ensemble.bias, layout, rows);
  return loopedLogits(ensemble.bias, layout, rows);
}

/**
 * A row at a time through every tree, four trees abreast so that their steps overlap in the processor, the five
 * levels written out, quicker than a loop over them (docs/speed.md, The speed work of 28 November). Each row's sum is
 * added up in tree order, as `treesLogit` adds it, so the result is the same to the last bit. The sum is kept in `out`
 * rather than in a local variable: Node 20's V8 kept such a local boxed across the tree loop, a new heap number every
 * four trees.
 */
function unrolledLogits(bias: number, layout: CompleteLayout, rows: readonly (readonly number[])[]): Float64Array {
  const {trees, feature: f, threshold: th, value} = layout;
  const out = new Float64Array(rows.length);
  // Children of node i are 2i+1 (value <= threshold) and 2i+2, as in `treesLogit`; a tree has 31 inner nodes.
  const INNER = 31;
  const LEAVES = 32;
  const abreast = trees - (trees % 4);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    out[r] = bias;
    let t = 0;
    for (; t < abreast; t += 4) {
      const a = t * INNER;
      const b = a + INNER;
      const c = b + INNER;
      const d = c + INNER;
      let na = 1 + +(row[f[a]!]! > th[a]!);
      let nb = 1 + +(row[f[b]!]! > th[b]!);
      let nc = 1 + +(row[f[c]!]! > th[c]!);
      let nd = 1 + +(row[f[d]!]! > th[d]!);
      na = 2 * na + 1 + +(row[f[a + na]!]! > th[a + na]!);
      nb = 2 * nb + 1 + +(row[f[b + nb]!]! > th[b + nb]!);
      nc = 2 * nc + 1 + +(row[f[c + nc]!]! > th[c + nc]!);
      nd = 2 * nd + 1 + +(row[f[d + nd]!]! > th[d + nd]!);
      na = 2 * na + 1 + +(row[f[a + na]!]! > th[a + na]!);
      nb = 2 * nb + 1 + +(row[f[b + nb]!]! > th[b + nb]!);
      nc = 2 * nc + 1 + +(row[f[c + nc]!]! > th[c + nc]!);
      nd = 2 * nd + 1 + +(row[f[d + nd]!]! > th[d + nd]!);
      na = 2 * na + 1 + +(row[f[a + na]!]! > th[a + na]!);
      nb = 2 * nb + 1 + +(row[f[b + nb]!]! > th[b + nb]!);
      nc = 2 * nc + 1 + +(row[f[c + nc]!]! > th[c + nc]!);
      nd = 2 * nd + 1 + +(row[f[d + nd]!]! > th[d + nd]!);
      na = 2 * na + 1 + +(row[f[a + na]!]! > th[a + na]!);
      nb = 2 * nb + 1 + +(row[f[b + nb]!]! > th[b + nb]!);
      nc = 2 * nc + 1 + +(row[f[c + nc]!]! > th[c + nc]!);
      nd = 2 * nd + 1 + +(row[f[d + nd]!]! > th[d + nd]!);
      // Node numbers now run from 31 to 62: the leaves, stored from t * LEAVES.
      const leaves = t * LEAVES - INNER;
      out[r] = out[r]! + value[leaves + na]!;
      out[r] = out[r]! + value[leaves + LEAVES + nb]!;
      out[r] = out[r]! + value[leaves + 2 * LEAVES + nc]!;
      out[r] = out[r]! + value[leaves + 3 * LEAVES + nd]!;
    }
    for (; t < trees; t++) {
      const a = t * INNER;
      let node = 0;
      for (let level = 0; level < UNROLLED_DEPTH; level++) node = 2 * node + 1 + +(row[f[a + node]!]! > th[a + node]!);
      out[r] = out[r]! + value[t * LEAVES - INNER + node]!;
    }
  }
  return out;
}

/** Any depth: a tree at a time over all rows, four rows abreast. */
function loopedLogits(bias: number, layout: CompleteLayout, rows: readonly (readonly number[])[]): Float64Array {
  const n = rows.length;
  const out = new Float64Array(n).fill(bias);
  const {depth, trees, feature: f, threshold: th, value} = layout;
  const inner = (1 << depth) - 1;
  const abreast = n - (n % 4);
  for (let t = 0; t < trees; t++) {
    const base = t * inner;
    const leafBase = t * (inner + 1) - inner;
    let r = 0;
    for (; r < abreast; r += 4) {
      const a = rows[r]!;
      const b = rows[r + 1]!;
      const c = rows[r + 2]!;
      const d = rows[r + 3]!;
      let na = 0;
      let nb = 0;
      let nc = 0;
      let nd = 0;
      for (let level = 0; level < depth; level++) {
        na = 2 * na + 1 + +(a[f[base + na]!]! > th[base + na]!);
        nb = 2 * nb + 1 + +(b[f[base + nb]!]! > th[base + nb]!);
        nc = 2 * nc + 1 + +(c[f[base + nc]!]! > th[base + nc]!);
        nd = 2 * nd + 1 + +(d[f[base + nd]!]! > th[base + nd]!);
      }
      out[r] = out[r]! + value[leafBase + na]!;
      out[r + 1] = out[r + 1]! + value[leafBase + nb]!;
      out[r + 2] = out[r + 2]! + value[leafBase + nc]!;
      out[r + 3] = out[r + 3]! + value[leafBase + nd]!;
    }
    for (; r < n; r++) {
      const row = rows[r]!;
      let node = 0;
      for (let level = 0; level < depth; level++) node = 2 * node + 1 + +(row[f[base + node]!]! > th[base + node]!);
      out[r] = out[r]! + value[leafBase + node]!;
    }
  }
  return out;
}

interface CompleteLayout {
  depth: number;
  trees: number;
  feature: Int32Array;
  threshold: Float64Array;
  value: Float64Array;
}

// Beyond this depth a complete layout would be mostly copies; such ensembles are walked node by node.
const MAX_COMPLETE_DEPTH = 10;
// The depth `declutter train` grows trees to (DEFAULT_BOOST): shallower ensembles are copied down to it, so that
// they take the unrolled walk too.
const UNROLLED_DEPTH = 5;
// Built once per ensemble object; declutter never changes a loaded model in place.
const layouts = new WeakMap<TreeEnsemble, CompleteLayout | null>();

function completeLayout(ensemble: TreeEnsemble): CompleteLayout | null {
  if (layouts.has(ensemble)) return layouts.get(ensemble)!;
  const depthOf = (tree: Tree, node: number): number =>
    tree.feature[node]! < 0 ? 0 : 1 + Math.max(depthOf(tree, tree.left[node]!), depthOf(tree, tree.right[node]!));
  const grown = Math.max(0, ...ensemble.trees.map((tree) => depthOf(tree, 0)));
  const depth = Math.max(grown, UNROLLED_DEPTH);
  let layout: CompleteLayout | null = null;
  if (depth <= MAX_COMPLETE_DEPTH) {
    const inner = (1 << depth) - 1;
    layout = {
      depth,
      trees: ensemble.trees.length,
      feature: new Int32Array(ensemble.trees.length * inner),
      // A copied-down leaf splits on column 0 at +Infinity: both ways lead to copies of the same value.
      threshold: new Float64Array(ensemble.trees.length * inner).fill(Infinity),
      value: new Float64Array(ensemble.trees.length * (inner + 1)),
    };
    const {feature, threshold, value} = layout;
    ensemble.trees.forEach((tree, t) => {
      const place = (node: number, at: number, level: number): void => {
        if (level === depth) {
          value[t * (inner + 1) + at - inner] = tree.value[node]!;
          return;
        }
        const leaf = tree.feature[node]! < 0;
        if (!leaf) {
          feature[t * inner + at] = tree.feature[node]!;
          threshold[t * inner + at] = tree.threshold[node]!;
        }
        place(leaf ? node : tree.left[node]!, 2 * at + 1, level + 1);
        place(leaf ? node : tree.right[node]!, 2 * at + 2, level + 1);
      };
      place(0, 0, 0);
    });
  }
  layouts.set(ensemble, layout);
  return layout;
}
