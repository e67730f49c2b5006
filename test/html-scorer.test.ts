import {describe, expect, it} from 'vitest';
import {analyze} from '../src/pipeline/analyze.js';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {declutter, defaultModel, loadModel, type Model} from '../src/index.js';
import type {LogisticStage} from '../src/score/logistic.js';
import {CONTEXT_FEATURE_NAMES} from '../src/pipeline/score-blocks.js';
import {trainModel, type TrainingDocument} from '../src/learn/train.js';

const PAGE = [
  '<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>',
  '<p>The council met on Tuesday evening to vote on the new road through the old town centre.</p>',
  '<p>After three hours of debate it voted to close the road to cars for a year, starting in the spring.</p>',
  '</article></body></html>',
].join('');
const TEXT = 'Home\n\nThe council met on Tuesday evening to vote on the new road.\n\nAfter three hours of debate it voted to close it.';

/** A stage that gives every block the same log-odds, whatever its features. */
const constant = (width: number, bias: number): LogisticStage => ({
  kind: 'logistic',
  mean: new Array<number>(width).fill(0),
  scale: new Array<number>(width).fill(1),
  weights: new Array<number>(width).fill(0),
  bias,
});

describe("the model's HTML scorer", () => {
  it('scores documents read as HTML, and only them', () => {
    const shipped = defaultModel();
    const model = loadModel({
      ...shipped,
      html: {blockStage: constant(FEATURE_NAMES.length, -4), contextStage: constant(CONTEXT_FEATURE_NAMES.length, -4), threshold: 0.5},
    });
    expect(declutter(PAGE, {model}).blocks.map((block) => block.score)).toEqual([0.018, 0.018, 0.018]);
    expect(declutter(PAGE, {model}).threshold).toBe(0.5);
    expect(declutter(TEXT, {model})).toEqual(declutter(TEXT, {model: shipped}));
  });

  it('is checked on loading like the text scorer', () => {
    const shipped = defaultModel();
    expect(() => loadModel({...shipped, html: {blockStage: constant(3, 0), contextStage: constant(CONTEXT_FEATURE_NAMES.length, 0), threshold: 0.5}})).toThrow(
      /html\.blockStage does not fit/,
    );
    expect(() => loadModel({...shipped, html: {...shipped, threshold: undefined}})).toThrow(/no html\.threshold/);
  });
});

describe('trainModel with HTML documents', () => {
  const documentOf = (text: string): TrainingDocument => {
    const {rows, descriptions, layout} = analyze(text);
    // Body is what has a sentence's length; the rest is a menu.
    return {rows, descriptions, labels: descriptions.map((d) => (d.words >= 8 ? 1 : 0)), fromHtml: layout === 'html'};
  };
  const options = {blockStage: 'logistic', contextStage: 'logistic'} as const;
  const stagesOf = (model: Model) => JSON.stringify([model.blockStage, model.contextStage]);

  it('learns a scorer of its own from the HTML documents, and the text scorer from the text ones alone', () => {
    const html = documentOf(PAGE);
    const text = documentOf(TEXT);
    expect([html.fromHtml, text.fromHtml]).toEqual([true, false]);
    const both = trainModel([text, html, text, html], options);
    expect(both.html).toBeDefined();
    expect(stagesOf(both)).toBe(stagesOf(trainModel([text, text], options)));
    expect(JSON.stringify([both.html!.blockStage, both.html!.contextStage])).toBe(stagesOf(trainModel([html, html], options)));
    expect(trainModel([text, text], options).html).toBeUndefined();
    // HTML alone: that is the model's one scorer.
    expect(trainModel([html, html], options).html).toBeUndefined();
  });
});
