import type {Tree, TreeEnsemble} from '../score/trees.js';

export interface BoostOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Share of rows each tree sees, drawn by a seeded generator: same data, same model. */
  subsample: number;
  /** Fewest (weighted) rows a leaf may hold. */
  minLeafWeight: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  l2: number;
  bins: number;
  seed: number;
}

export const DEFAULT_BOOST: BoostOptions = {
  trees: 100,
  depth: 5,
  learningRate: 0.1,
  subsample: 0.4,
  minLeafWeight: 5,
  l2: 1,
  bins: 32,
  seed: 1,
};

/**
 * The trees' settings a measurement tries instead of the shipped ones, written as `trees=200,bins=64` (the `--boost` of
 * the cross-validation scripts); nothing for none. A key that is no setting, or a value that is no number, throws.
 */
export function boostSettings(list: string | undefined): Partial<BoostOptions> {
  if (!list) return {};
  return Object.fromEntries(
    list.split(',').map((pair) => {
      const [key, value] = pair.split('=');
      if (key === undefined || !(key in DEFAULT_BOOST) || !Number.isFinite(Number(value))) throw new Error(`--boost: not a setting: ${pair}`);
      return [key, Number(value)];
    }),
  );
}

/** Fit a tree ensemble to weighted 0/1 labels by Newton boosting on binned features (histograms, as LightGBM does). */
export function fitTrees(
  rows: readonly number[][],
  labels: readonly number[],
  weights: readonly number[],
  options: BoostOptions = DEFAULT_BOOST,
): TreeEnsemble {
  const n = rows.length;
  const width = rows[0]?.length ?? 0;
  const edges = binEdges(rows, width, options.bins);
  const binned = Array.from({length: width}, (_, j) => {
    const column = new Uint8Array(n);
    for (let i = 0; i < n; i++) column[i] = binOf(edges[j]!, rows[i]![j]!);
    return column;
  });
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const positive = labels.reduce((sum, y, i) => sum + y * weights[i]!, 0);
  const rate = Math.min(Math.max(positive / totalWeight, 1e-6), 1 - 1e-6);
  const bias = Math.log(rate / (1 - rate));
  const margin = new Float64Array(n).fill(bias);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const random = lcg(options.seed);
  const trees: Tree[] = [];

  for (let t = 0; t < options.trees; t++) {
    const sample: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]!));
      gradient[i] = (p - labels[i]!) * weights[i]!;
      hessian[i] = Math.max(p * (1 - p), 1e-6) * weights[i]!;
      if (random() < options.subsample) sample.push(i);
    }
    const {tree, splitBins} = growTree(Int32Array.from(sample), binned, edges, gradient, hessian, options);
    for (let i = 0; i < n; i++) margin[i]! += leafValue(tree, splitBins, binned, i);
    trees.push(tree);
  }
  return {kind: 'trees', bias: round(bias), trees};
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
}

function growTree(
  rows: Int32Array,
  binned: readonly Uint8Array[],
  edges: readonly number[][],
  gradient: Float64Array,
  hessian: Float64Array,
  options: BoostOptions,
): {tree: Tree; splitBins: number[]} {
  const tree: Tree = {feature: [], threshold: [], left: [], right: [], value: []};
  // The bin each node split at, for updating the training margins on binned rows.
  const splitBins: number[] = [];
  const grow = (members: Int32Array, depth: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    splitBins.push(-1);
    let g = 0;
    let h = 0;
    for (const i of members) {
      g += gradient[i]!;
      h += hessian[i]!;
    }
    tree.value.push(round((-g / (h + options.l2)) * options.learningRate));
    if (depth >= options.depth || h < 2 * options.minLeafWeight) return node;
    const split = bestSplit(members, binned, gradient, hessian, g, h, options);
    if (!split) return node;
    const column = binned[split.feature]!;
    const leftRows = members.filter((i) => column[i]! <= split.bin);
    const rightRows = members.filter((i) => column[i]! > split.bin);
    tree.feature[node] = split.feature;
    tree.threshold[node] = edges[split.feature]![split.bin]!;
    splitBins[node] = split.bin;
    tree.left[node] = grow(leftRows, depth + 1);
    tree.right[node] = grow(rightRows, depth + 1);
    return node;
  };
  grow(rows, 0);
  return {tree, splitBins};
}

function bestSplit(
  members: Int32Array,
  binned: readonly Uint8Array[],
  gradient: Float64Array,
  hessian: Float64Array,
  g: number,
  h: number,
  options: BoostOptions,
): Split | undefined {
  const score = (gs: number, hs: number) => (gs * gs) / (hs + options.l2);
  const parent = score(g, h);
  let best: Split | undefined;
  const histG = new Float64Array(options.bins + 1);
  const histH = new Float64Array(options.bins + 1);
  for (let j = 0; j < binned.length; j++) {
    const column = binned[j]!;
    histG.fill(0);
    histH.fill(0);
    for (const i of members) {
      const b = column[i]!;
      histG[b]! += gradient[i]!;
      histH[b]! += hessian[i]!;
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < options.bins; b++) {
      gl += histG[b]!;
      hl += histH[b]!;
      const hr = h - hl;
      if (hl < options.minLeafWeight || hr < options.minLeafWeight) continue;
      const gain = score(gl, hl) + score(g - gl, hr) - parent;
      if (gain > (best?.gain ?? 1e-9)) best = {feature: j, bin: b, gain};
    }
  }
  return best;
}

/** A training row's leaf, found on its bins: `bin <= b` is the same test as `value <= edges[b]` at prediction. */
function leafValue(tree: Tree, splitBins: readonly number[], binned: readonly Uint8Array[], i: number): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node = binned[tree.feature[node]!]![i]! <= splitBins[node]! ? tree.left[node]! : tree.right[node]!;
  }
  return tree.value[node]!;
}

/**
 * Up to `bins - 1` cut points per feature, at quantiles of its distinct values. Each cut lies halfway between a value
 * seen in training and the next one up, as LightGBM and XGBoost place theirs: a cut on a seen value itself (a ratio
 * of 1/3, a count of 2) would send that value one way and the same value a rounding error larger the other, so a
 * score could jump on noise in the last bit of a feature.
 */
function binEdges(rows: readonly number[][], width: number, bins: number): number[][] {
  const step = Math.max(1, Math.floor(rows.length / 20000));
  return Array.from({length: width}, (_, j) => {
    const values: number[] = [];
    for (let i = 0; i < rows.length; i += step) values.push(rows[i]![j]!);
    values.sort((a, b) => a - b);
    const distinct = [...new Set(values)];
    const halfwayAbove = (k: number) => (distinct[k]! + distinct[k + 1]!) / 2;
    if (distinct.length <= bins) return distinct.slice(0, -1).map((_, k) => halfwayAbove(k));
    const cuts: number[] = [];
    let k = 0;
    for (let q = 1; q < bins; q++) {
      const value = values[Math.floor((q * values.length) / bins)]!;
      while (distinct[k]! < value) k++;
      if (k + 1 < distinct.length && cuts.at(-1) !== halfwayAbove(k)) cuts.push(halfwayAbove(k));
    }
    return cuts;
  });
}

/** The bin of a value: the first cut it does not exceed, or the last bin. */
function binOf(cuts: readonly number[], value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value <= cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
