import {describe, expect, it} from 'vitest';
import {analyze} from '../src/pipeline/analyze.js';
import {snippetBlocks} from '../src/learn/align.js';
import {sigmoid} from '../src/score/logistic.js';
import {stageLogits} from '../src/score/stage.js';
import {trainModel, type TrainingDocument} from '../src/learn/train.js';

const gold = (withSnippets: string[], without: string[] = []) => ({id: 'x', main_content: null, with: withSnippets, without});

describe('snippetBlocks', () => {
  it('marks the blocks that hold a with or without snippet, whitespace and case aside', () => {
    const texts = ['SKU:  TXSB06', 'Crystal Clear', 'Recommended for You', 'A paragraph with no snippet in it.'];
    expect(snippetBlocks(texts, gold(['sku: txsb06', 'Crystal  clear'], ['Recommended for you']))).toEqual([true, true, true, false]);
  });

  it('marks no block for sharing letters with a snippet, nor a short piece of one', () => {
    const texts = ['News', 'Undergraduate', 'our newsletter', 'Sign up for our newsletter today'];
    // "News" and "Undergraduate" share only letters; the other two are ten or more characters of the snippet, whole words.
    expect(snippetBlocks(texts, gold(['Sign up for our newsletter today to get the latest news'], ['Graduate programs']))).toEqual([false, false, true, true]);
  });

  it('marks the blocks inside a snippet that spans several blocks, and ignores snippets under four characters', () => {
    const texts = ['Price', 'Under $7', '$7 to $10', 'Men'];
    expect(snippetBlocks(texts, gold(['Price\nUnder $7\n$7 to $10'], ['Men']))).toEqual([true, true, true, false]);
  });
});

describe('training weighs snippet blocks up', () => {
  // Two documents with the same blocks and opposite labels: only the weights tell the scorer which to believe.
  const {rows, descriptions} = analyze('Add gift wrapping for five dollars\n\nThe buckle has an engraved silver border and a hook back.');
  const documentOf = (label: 0 | 1, snippet: boolean): TrainingDocument => ({
    rows,
    descriptions,
    labels: [label, 1],
    snippets: [snippet, false],
  });
  const scoreOfFirst = (snippetWeight: number) => {
    const model = trainModel([documentOf(1, true), documentOf(0, false)], {blockStage: 'logistic', contextStage: 'logistic', snippetWeight, title: false});
    return sigmoid(stageLogits(model.blockStage, [rows[0]!])[0]!);
  };

  it('so that a block labelled body where it holds a snippet outweighs the same block labelled junk where it does not', () => {
    expect(scoreOfFirst(3)).toBeGreaterThan(scoreOfFirst(0) + 0.1);
  });
});
