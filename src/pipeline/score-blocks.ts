import {blockScores, contextScores} from '../score/score.js';
import type {Scorer} from '../score/model.js';
import {STACK_FEATURE_NAMES, stackMatrix} from '../score/stack.js';
import {STRUCTURE_FEATURE_NAMES, structureColumns, type PageParts} from '../structure/structure-features.js';

/** Every column the context stage reads: the scores around a block, then what the page's structure says of it. */
export const CONTEXT_FEATURE_NAMES: readonly string[] = [...STACK_FEATURE_NAMES, ...STRUCTURE_FEATURE_NAMES];

/**
 * The scorer over a page: the block stage's scores, the structure the page shows under them, then the context stage
 * over both. A body probability for every block.
 */
export function scoreBlocks(scorer: Scorer, rows: readonly number[][], page: PageParts): number[] {
  const first = blockScores(scorer.blockStage, rows);
  return contextScores(scorer.contextStage, first, contextRows(first, page));
}

/** The context stage's rows: the scores around each block (`stackMatrix`), then the page structure's columns. */
export function contextRows(first: readonly number[], page: PageParts): number[][] {
  const structure = structureColumns(first, page);
  return stackMatrix(first, page.descriptions).map((row, i) => row.concat(structure[i]!));
}
