import type {BlockDescription} from '../features/describe.js';
import {sigmoid} from './logistic.js';
import {stageLogits, type Stage} from './stage.js';
import type {Scorer} from './model.js';
import {stackMatrix} from './stack.js';

/** Both stages of the scorer over a document's feature matrix: a body probability for every block. */
export function scoreBlocks(model: Scorer, rows: readonly number[][], descriptions: readonly BlockDescription[]): number[] {
  const first = Array.from(stageLogits(model.blockStage, rows), sigmoid);
  return contextScores(model.contextStage, first, stackMatrix(first, descriptions));
}

/**
 * The context stage over the block stage's scores `first` (`stacked` is their `stackMatrix`). A document of one
 * block has no page around it for the context stage to read (neighbours, the page's body mass): the block stage's
 * score stands. Training pages of one block are few, and the context stage pulled lone paragraphs of prose
 * (one-paragraph articles, a sentence piped in) under the threshold.
 */
export function contextScores(stage: Stage, first: number[], stacked: readonly number[][]): number[] {
  if (first.length === 1) return first;
  return Array.from(stageLogits(stage, stacked), sigmoid);
}
