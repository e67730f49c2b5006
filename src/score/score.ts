import {sigmoid} from './logistic.js';
import {stageLogits, type Stage} from './stage.js';
import {isRowWindows, windowedScores, type RowWindows} from './windows.js';

/**
 * The block stage over a document's feature matrix (whole, or a window at a time): each block's body probability from
 * its own features.
 */
export function blockScores(stage: Stage, rows: readonly number[][] | RowWindows): number[] {
  return scoresOf(stage, rows);
}

/**
 * The context stage over the block stage's scores `first` (`stacked`: its rows, one a block). A document of one
 * block has no page around it for the context stage to read (neighbours, the page's body mass): the block stage's
 * score stands. Training pages of one block are few, and the context stage pulled lone paragraphs of prose
 * (one-paragraph articles, a sentence piped in) under the threshold.
 */
export function contextScores(stage: Stage, first: number[], stacked: readonly number[][] | RowWindows): number[] {
  if (first.length === 1) return first;
  return scoresOf(stage, stacked);
}

function scoresOf(stage: Stage, rows: readonly number[][] | RowWindows): number[] {
  return isRowWindows(rows) ? windowedScores(stage, rows) : Array.from(stageLogits(stage, rows), sigmoid);
}
