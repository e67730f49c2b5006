import type {BlockDescription} from '../features/describe.js';
import {sigmoid} from './logistic.js';
import {stageLogits} from './stage.js';
import type {Model} from './model.js';
import {stackMatrix} from './stack.js';

/** Both stages of the scorer over a document's feature matrix: a body probability for every block. */
export function scoreBlocks(model: Model, rows: readonly number[][], descriptions: readonly BlockDescription[]): number[] {
  const first = Array.from(stageLogits(model.blockStage, rows), sigmoid);
  return Array.from(stageLogits(model.contextStage, stackMatrix(first, descriptions)), sigmoid);
}
