/** A standardised logistic regression: the baseline kind of scorer stage (`declutter train` fits trees by default). */
export interface LogisticStage {
  kind: 'logistic';
  /** Feature means and scales learned in training: x' = (x - mean) / scale. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export function logit(stage: LogisticStage, row: readonly number[]): number {
  let z = stage.bias;
  const {mean, scale, weights} = stage;
  for (let j = 0; j < weights.length; j++) z += (weights[j]! * (row[j]! - mean[j]!)) / scale[j]!;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
