import {columnWriter} from '../features/column-writer.js';
import {blockScores, contextScores} from '../score/score.js';
import type {Scorer} from '../score/model.js';
import {scoredPage, STACK_COLUMNS, STACK_FEATURE_NAMES, stackMatrix} from '../score/stack.js';
import {doublesOfLength, isRowWindows, scoreWindow, type RowWindows} from '../score/windows.js';
import {pageStructure, STRUCTURE_COLUMNS, STRUCTURE_FEATURE_NAMES, structureColumns, type PageParts} from '../structure/structure-features.js';

/** Every column the context stage reads: the scores around a block, then what the page's structure says of it. */
export const CONTEXT_FEATURE_NAMES: readonly string[] = [...STACK_FEATURE_NAMES, ...STRUCTURE_FEATURE_NAMES];

/**
 * The scorer over a page: the block stage's scores, the structure the page shows under them, then the context stage
 * over both. A body probability for every block. `rows` are the block stage's rows, whole or a window at a time; the
 * context stage's are made a window at a time.
 */
export function scoreBlocks(scorer: Scorer, rows: readonly number[][] | RowWindows, page: PageParts): number[] {
  return contextStageScores(scorer, blockScores(scorer.blockStage, rows), page);
}

/** The context stage of `scorer` over its block stage's scores `first`. */
export function contextStageScores(scorer: Scorer, first: number[], page: PageParts): number[] {
  return contextScores(scorer.contextStage, first, contextRowWindows(first, page));
}

/**
 * `scoreBlocks`, and the block stage of a second scorer over the same rows (`second`): its scores fill `secondBlockScores`
 * as the rows are read, a window at a time, so that the rows are made once for both.
 */
export function scoreBlocksBeside(scorer: Scorer, second: Scorer, rows: readonly number[][] | RowWindows, page: PageParts): {scores: number[]; secondBlockScores: number[]} {
  if (!isRowWindows(rows)) return {scores: scoreBlocks(scorer, rows, page), secondBlockScores: blockScores(second.blockStage, rows)};
  const secondBlockScores = doublesOfLength(rows.length);
  let start = 0;
  const tee: RowWindows = {
    length: rows.length,
    width: rows.width,
    next(space) {
      const written = rows.next(space);
      start = scoreWindow(second.blockStage, space, written, secondBlockScores, start);
      return written;
    },
  };
  return {scores: scoreBlocks(scorer, tee, page), secondBlockScores};
}

/** The context stage's rows: the scores around each block (`stackMatrix`), then the page structure's columns. */
export function contextRows(first: readonly number[], page: PageParts): number[][] {
  const structure = structureColumns(first, page);
  return stackMatrix(first, page.descriptions).map((row, i) => row.concat(structure[i]!));
}

const writeStackColumns = columnWriter(STACK_COLUMNS, 0);
const writeStructureColumns = columnWriter(STRUCTURE_COLUMNS, STACK_COLUMNS.length);

/** The rows of `contextRows`, the same values, made a window at a time. */
export function contextRowWindows(first: readonly number[], page: PageParts): RowWindows {
  const stack = scoredPage(first, page.descriptions);
  const structure = pageStructure(first, page);
  let start = 0;
  return {
    length: first.length,
    width: CONTEXT_FEATURE_NAMES.length,
    next(rows) {
      const to = Math.min(first.length, start + rows.length);
      for (let i = start; i < to; i++) {
        const row = rows[i - start]!;
        writeStackColumns(row, stack, i);
        writeStructureColumns(row, structure, i);
      }
      const written = to - start;
      start = to;
      return written;
    },
  };
}
