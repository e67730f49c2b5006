import {sigmoid} from './logistic.js';
import {stageLogits, type Stage} from './stage.js';

/** The block stage over a document's feature matrix: each block's body probability from its own features. */
export function blockScores(stage: Stage, rows: readonly number[][]): number[] {
  return Array.from(stageLogits(stage, rows), sigmoid);
}

/**
 * The context stage over the block stage's scores `first` (`stacked`: its rows, one a block). A document of one
 * block has no page around it for the context stage to read (neighbours, the page's body mass): the block stage's
 * score stands. Training pages of one block are few, and the context stage pulled lone paragraphs of prose
 * (one-paragraph articles, a sentence piped in) under the threshold.
 */
export function contextScores(stage: Stage, first: number[], stacked: readonly number[][]): number[] {
  if (first.length === 1) return first;
  return Array.from(stageLogits(stage, stacked), sigmoid);
}
