import {describe, expect, it} from 'vitest';
import {DEFAULT_BOOST, fitTrees} from '../src/learn/boost.js';
import {treesLogit, treesLogits, type Tree, type TreeEnsemble} from '../src/score/trees.js';

/** A deterministic stream of numbers in [0, 1). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function dataset(size: number, seed: number) {
  const next = numbers(seed);
  const rows = Array.from({length: size}, () => [next(), next(), next(), next()]);
  // Body when x0 and x1 are both large, or x2 is very small: an interaction no single split captures.
  const labels = rows.map(([a, b, c]) => ((a! > 0.5 && b! > 0.5) || c! < 0.15 ? 1 : 0));
  return {rows, labels, weights: rows.map(() => 1)};
}

/** A chain of splits, all to the right: a tree of the given depth with one leaf at every level. */
function chain(depth: number): Tree {
  const tree: Tree = {feature: [], threshold: [], left: [], right: [], value: []};
  for (let level = 0; level < depth; level++) {
    const node = tree.feature.length;
    tree.feature.push(level % 4, -1);
    tree.threshold.push(0.1 * (level + 1), 0);
    tree.left.push(node + 1, -1);
    tree.right.push(node + 2, -1);
    tree.value.push(0, level + 1);
  }
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.value.push(-5);
  return tree;
}

describe('boosted trees', () => {
  const train = dataset(600, 7);
  const model = fitTrees(train.rows, train.labels, train.weights, {...DEFAULT_BOOST, trees: 40, minLeafWeight: 2});

  it('learn an interaction of features, and do as well on rows they never saw', () => {
    const test = dataset(400, 99);
    const accuracy = (data: ReturnType<typeof dataset>) =>
      data.rows.filter((row, i) => (treesLogit(model, row) > 0 ? 1 : 0) === data.labels[i]).length / data.rows.length;
    expect(accuracy(train)).toBeGreaterThan(0.95);
    expect(accuracy(test)).toBeGreaterThan(0.9);
  });

  it('are the same model for the same data', () => {
    expect(fitTrees(train.rows, train.labels, train.weights, {...DEFAULT_BOOST, trees: 40, minLeafWeight: 2})).toEqual(model);
  });

  it('score a matrix exactly as row by row, for any number of rows', () => {
    const rows = dataset(37, 3).rows;
    for (const count of [0, 1, 3, 4, 5, 37]) {
      const some = rows.slice(0, count);
      expect(Array.from(treesLogits(model, some))).toEqual(some.map((row) => treesLogit(model, row)));
    }
  });

  it('score unbalanced and very deep trees exactly as row by row', () => {
    const rows = dataset(50, 5).rows.map((row) => row.map((x) => x * 1.2));
    for (const depth of [1, 3, 12]) {
      const ensemble: TreeEnsemble = {kind: 'trees', bias: 0.25, trees: [chain(depth), chain(Math.max(1, depth - 1))]};
      const scores = Array.from(treesLogits(ensemble, rows));
      expect(scores).toEqual(rows.map((row) => treesLogit(ensemble, row)));
      expect(new Set(scores).size).toBeGreaterThan(1);
    }
  });

  it('score exactly as row by row whatever the number of trees and the depth (unrolled, looped, node by node)', () => {
    const rows = dataset(23, 13).rows.map((row) => row.map((x) => x * 1.2));
    for (const depth of [2, 5, 6, 7, 11]) {
      for (const count of [1, 2, 3, 4, 5, 9]) {
        const trees = Array.from({length: count}, (_, t) => chain(Math.max(1, depth - (t % 3))));
        const ensemble: TreeEnsemble = {kind: 'trees', bias: -0.125, trees};
        expect(Array.from(treesLogits(ensemble, rows))).toEqual(rows.map((row) => treesLogit(ensemble, row)));
      }
    }
  });

  it('cut between the values they saw, so a rounding error in a feature does not move a score', () => {
    // Features on a lattice, as ratios and small counts are: thirds, and whole numbers.
    const next = numbers(11);
    const rows = Array.from({length: 900}, () => [Math.floor(next() * 4) / 3, Math.floor(next() * 6), next()]);
    const labels = rows.map(([a, b]) => (a! >= 2 / 3 && b! <= 2 ? 1 : 0));
    const lattice = fitTrees(rows, labels, rows.map(() => 1), {...DEFAULT_BOOST, trees: 20, minLeafWeight: 2});
    for (const row of rows.slice(0, 200)) {
      const nudged = row.map((x) => x + Math.abs(x) * 1e-9 + 1e-12);
      expect(treesLogit(lattice, nudged)).toBe(treesLogit(lattice, row));
      expect(treesLogit(lattice, row.map(Math.fround))).toBe(treesLogit(lattice, row));
    }
  });
});
