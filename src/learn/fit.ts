import {sigmoid, type LogisticStage} from '../score/logistic.js';

export interface FitOptions {
  /** L2 penalty on the standardised weights. */
  l2: number;
  iterations: number;
  learningRate: number;
}

export const DEFAULT_FIT: FitOptions = {l2: 1e-4, iterations: 400, learningRate: 0.05};

/**
 * Weighted logistic regression on standardised features, by full-batch Adam: no sampling, so the same data always
 * gives the same weights.
 */
export function fitLogistic(
  rows: readonly number[][],
  labels: readonly number[],
  weights: readonly number[],
  options: FitOptions = DEFAULT_FIT,
): LogisticStage {
  const n = rows.length;
  const width = rows[0]?.length ?? 0;
  const {mean, scale} = standardisation(rows, weights);
  const x = rows.map((row) => Float64Array.from(row, (value, j) => (value - mean[j]!) / scale[j]!));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0) || 1;

  const w = new Float64Array(width);
  let bias = 0;
  const m = new Float64Array(width + 1);
  const v = new Float64Array(width + 1);
  const gradient = new Float64Array(width + 1);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let step = 1; step <= options.iterations; step++) {
    gradient.fill(0);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      let z = bias;
      for (let j = 0; j < width; j++) z += w[j]! * xi[j]!;
      const error = (sigmoid(z) - labels[i]!) * weights[i]!;
      for (let j = 0; j < width; j++) gradient[j]! += error * xi[j]!;
      gradient[width]! += error;
    }
    for (let j = 0; j <= width; j++) {
      let g = gradient[j]! / totalWeight;
      if (j < width) g += options.l2 * w[j]!;
      m[j] = beta1 * m[j]! + (1 - beta1) * g;
      v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
      const update = (options.learningRate * (m[j]! / (1 - beta1 ** step))) / (Math.sqrt(v[j]! / (1 - beta2 ** step)) + epsilon);
      if (j < width) w[j]! -= update;
      else bias -= update;
    }
  }
  return {kind: 'logistic', mean, scale, weights: Array.from(w, roundWeight), bias: roundWeight(bias)};
}

function standardisation(rows: readonly number[][], weights: readonly number[]): {mean: number[]; scale: number[]} {
  const width = rows[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  const variance = new Array<number>(width).fill(0);
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  rows.forEach((row, i) => row.forEach((value, j) => (mean[j]! += (weights[i]! * value) / total)));
  rows.forEach((row, i) => row.forEach((value, j) => (variance[j]! += (weights[i]! * (value - mean[j]!) ** 2) / total)));
  return {
    mean: mean.map(roundWeight),
    scale: variance.map((value) => (value > 1e-12 ? roundWeight(Math.sqrt(value)) : 1)),
  };
}

// Six significant digits keep the model file small and diff-able without changing a single prediction that matters.
function roundWeight(value: number): number {
  return Number(value.toPrecision(6));
}
