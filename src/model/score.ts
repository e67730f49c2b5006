import type {BlockDescription} from '../features/describe.js';
import {sigmoid} from './logistic.js';
import {stageLogit} from './stage.js';
import type {Model} from './model.js';
import {stackMatrix} from './stack.js';

/** Both stages of the scorer over a document's feature matrix: a body probability for every block. */
export function scoreBlocks(model: Model, rows: readonly number[][], descriptions: readonly BlockDescription[]): number[] {
  const first = rows.map((row) => sigmoid(stageLogit(model.blockStage, row)));
  return stackMatrix(first, descriptions).map((row) => sigmoid(stageLogit(model.contextStage, row)));
}
