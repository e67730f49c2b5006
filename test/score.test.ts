import {describe, expect, it} from 'vitest';
import {analyze} from '../src/pipeline/analyze.js';
import {declutter, defaultModel} from '../src/index.js';
import {sigmoid} from '../src/score/logistic.js';
import {contextScores} from '../src/score/score.js';
import {contextRows, scoreBlocks} from '../src/pipeline/score-blocks.js';
import {stageLogits} from '../src/score/stage.js';

const model = defaultModel();

function blockStageScores(text: string) {
  const {rows, descriptions} = analyze(text);
  return {first: Array.from(stageLogits(model.blockStage, rows), sigmoid), rows, descriptions};
}

describe('scoreBlocks', () => {
  it('runs the context stage over the block stage on a page of several blocks', () => {
    const text = 'Talks resumed in Brussels on Tuesday, the minister said.\n\nADVERTISEMENT\n\nNo agreement was reached on the budget.';
    const {first, rows, descriptions} = blockStageScores(text);
    const expected = Array.from(stageLogits(model.contextStage, contextRows(first, {descriptions})), sigmoid);
    expect(scoreBlocks(model, rows, {descriptions})).toEqual(expected);
    expect(expected).not.toEqual(first);
  });

  it('leaves the block stage score of a document of one block as it is: there is no page to read', () => {
    const {first, rows, descriptions} = blockStageScores('The talks would resume next week in Brussels, the minister said on Tuesday.');
    expect(first).toHaveLength(1);
    expect(scoreBlocks(model, rows, {descriptions})).toEqual(first);
    expect(contextScores(model.contextStage, first, contextRows(first, {descriptions}))).toBe(first);
  });
});

describe('a document of one block', () => {
  it('is kept when it is a paragraph of prose', () => {
    const text = 'Cafe creme brulee is a dessert that many people enjoy after a long dinner with friends and family.';
    expect(declutter(text).blocks.map((block) => block.kept)).toEqual([true]);
  });

  it('is kept whole even when it reads as boilerplate: it is all the user gave (rule only-block)', () => {
    for (const text of ['ADVERTISEMENT', 'Read more', 'Skip to main content']) {
      const [block] = declutter(text).blocks;
      expect([block!.kept, block!.reasons[0]], text).toEqual([true, 'only-block']);
    }
  });
});
