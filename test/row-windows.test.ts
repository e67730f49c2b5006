import {readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {analyze, analyzeForCleaning} from '../src/pipeline/analyze.js';
import {defaultModel} from '../src/pipeline/model.js';
import {contextRows, contextRowWindows, scoreBlocks, scoreBlocksBeside} from '../src/pipeline/score-blocks.js';
import {sigmoid} from '../src/score/logistic.js';
import {scorerFor, type Scorer} from '../src/score/model.js';
import {stageLogits} from '../src/score/stage.js';
import type {RowWindows} from '../src/score/windows.js';

const model = defaultModel();
const nato = readFileSync(new URL('../fixtures/nato/input.txt', import.meta.url), 'utf8');
const fda = gunzipSync(readFileSync(new URL('../fixtures/fda-html/input.html.gz', import.meta.url))).toString('utf8');

// Longer than a window of rows (1024), so that scoring crosses windows; the pages differ, so that rows differ.
const longText = Array.from({length: 40}, (_, i) => nato.replaceAll('NATO', `NATO ${i}`)).join('\n\n');
const longHtml = fda.replace(/<body([^>]*)>([\s\S]*)<\/body>/i, (_, attributes: string, body: string) => `<body${attributes}>${body.repeat(12)}</body>`);

/** Every row `windows` writes, `size` rows at a time, copied out. */
function allRows(windows: RowWindows, size: number): number[][] {
  const space = Array.from({length: size}, () => new Array<number>(windows.width).fill(0.5));
  const rows: number[][] = [];
  for (let written = windows.next(space); written > 0; written = windows.next(space)) rows.push(...space.slice(0, written).map((row) => [...row]));
  return rows;
}

describe.each([
  ['text', longText],
  ['html', longHtml],
])('rows a window at a time (%s)', (_, document) => {
  const whole = analyze(document);

  it('is a document longer than a window', () => {
    expect(whole.rows.length).toBeGreaterThan(1024);
  });

  it('writes the block stage rows of the whole matrix, to the bit, whatever the window', () => {
    for (const size of [1, 7, 1024]) {
      const rows = allRows(analyzeForCleaning(document).rows, size);
      expect(rows).toHaveLength(whole.rows.length);
      expect(rows[0]).toHaveLength(FEATURE_NAMES.length);
      expect(rows).toEqual(whole.rows);
    }
  });

  it('writes the context stage rows of the whole matrix, to the bit', () => {
    const first = Array.from(stageLogits(scorerFor(model, whole.layout === 'html').blockStage, whole.rows), sigmoid);
    expect(allRows(contextRowWindows(first, whole), 5)).toEqual(contextRows(first, whole));
  });

  it('scores every block as the whole matrices do', () => {
    const scorer = scorerFor(model, whole.layout === 'html');
    const first = Array.from(stageLogits(scorer.blockStage, whole.rows), sigmoid);
    const expected = Array.from(stageLogits(scorer.contextStage, contextRows(first, whole)), sigmoid);
    expect(scoreBlocks(scorer, analyzeForCleaning(document).rows, whole)).toEqual(expected);
    expect(scoreBlocks(scorer, whole.rows, whole)).toEqual(expected);
  });

  it("scores a second scorer's block stage beside the first's, from the same windows, as the whole matrix does", () => {
    // Any scorer of the block stage's width serves as the second: here the other kind of page's.
    const [scorer, second] = whole.layout === 'html' ? [model.html!, model as Scorer] : [model as Scorer, model.html!];
    const expected = Array.from(stageLogits(second.blockStage, whole.rows), sigmoid);
    const beside = scoreBlocksBeside(scorer, second, analyzeForCleaning(document).rows, whole);
    expect(beside.secondBlockScores).toEqual(expected);
    expect(beside.scores).toEqual(scoreBlocks(scorer, whole.rows, whole));
    expect(scoreBlocksBeside(scorer, second, whole.rows, whole).secondBlockScores).toEqual(expected);
  });
});

describe('rows reused from one document to the next', () => {
  it('scores a short document after a long one as it scores it alone, every column written over', () => {
    const scorer = scorerFor(model, false);
    const short = analyze(nato);
    const first = Array.from(stageLogits(scorer.blockStage, short.rows), sigmoid);
    const expected = Array.from(stageLogits(scorer.contextStage, contextRows(first, short)), sigmoid);
    // The long document leaves its rows in the spare windows; the short one is scored in them.
    const long = analyzeForCleaning(longText);
    scoreBlocks(scorer, long.rows, long);
    expect(scoreBlocks(scorer, analyzeForCleaning(nato).rows, short)).toEqual(expected);
  });
});
