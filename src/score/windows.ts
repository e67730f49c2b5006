import {zeroRow} from '../features/column-writer.js';
import {sigmoid} from './logistic.js';
import {stageLogits, type Stage} from './stage.js';

/**
 * A stage's rows for a whole document, made a window at a time: a long document never holds all its rows at once,
 * only a window of them, written over again for each window.
 */
export interface RowWindows {
  /** How many rows the document has: one a block. */
  readonly length: number;
  /** How many columns a row has. */
  readonly width: number;
  /**
   * Write the next `rows.length` rows (fewer at the end) into `rows`, in order, every column of each (the rows hold
   * what an earlier window or document left in them); returns how many were written.
   */
  next(rows: number[][]): number;
}

// Rows scored at a time: enough that a stage's set-up for a batch of rows is lost in the work, few enough that a
// window (about a kilobyte a row) stays small beside the document.
const WINDOW_ROWS = 1024;

/** The body probability of every row of `windows` by `stage`, scored a window at a time. */
export function windowedScores(stage: Stage, windows: RowWindows): number[] {
  const n = windows.length;
  const space = takeRows(Math.min(WINDOW_ROWS, n), windows.width);
  // A list of its length, where one grown by push left a long document three times its size in garbage.
  const scores = doublesOfLength(n);
  let scored = 0;
  try {
    while (scored < n) {
      const written = windows.next(space);
      if (written === 0) throw new Error(`the rows ended after ${scored} of ${n}`);
      scored = scoreWindow(stage, space, written, scores, scored);
    }
  } finally {
    spareRows.set(windows.width, space);
  }
  return scores;
}

/**
 * The body probability by `stage` of the first `written` rows of a window, into `scores` from `at`; returns the place
 * after them. A window holds more rows than the document has left at its end.
 */
export function scoreWindow(stage: Stage, space: readonly (readonly number[])[], written: number, scores: number[], at: number): number {
  const logits = stageLogits(stage, written < space.length ? space.slice(0, written) : space);
  for (let r = 0; r < written; r++) scores[at + r] = sigmoid(logits[r]!);
  return at + written;
}

/**
 * A list of `n` places for doubles, which the engine holds as doubles from the start: `new Array(n)` is a list of small
 * integers, converted (copied anew) when the first fraction is written, which left a long document's list in garbage.
 */
export function doublesOfLength(n: number): number[] {
  const list = [0.5];
  list.length = n;
  return list;
}

// Rows kept from one document to the next, a set for each width of row (a stage's): made anew for every page, they
// were the largest part of what cleaning allocated (docs/speed.md, Less held a block, less allocated a page). At most
// a window of each; a set is taken out while in use, so that two scorings at once never share one.
const spareRows = new Map<number, number[][]>();

/** At least `count` rows of `width` doubles, reused where a set of that width is spare; their values are any. */
function takeRows(count: number, width: number): number[][] {
  const rows = spareRows.get(width) ?? [];
  spareRows.delete(width);
  if (rows.length < count) rows.push(...rowsOfDoubles(count - rows.length, width));
  return rows;
}

export function isRowWindows(rows: readonly (readonly number[])[] | RowWindows): rows is RowWindows {
  return typeof (rows as RowWindows).next === 'function';
}

/** `count` rows of `width` zeros that the engine stores as plain doubles (`zeroRow`). */
function rowsOfDoubles(count: number, width: number): number[][] {
  const zeros = zeroRow(width);
  return Array.from({length: count}, () => zeros.slice());
}
