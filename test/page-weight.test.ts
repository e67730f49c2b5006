import {describe, expect, it} from 'vitest';
import {analyze} from '../src/pipeline/analyze.js';
import {EVEN_PAGE_WEIGHTS, pageWeight, parsePageWeights} from '../src/learn/page-weight.js';
import {sigmoid} from '../src/score/logistic.js';
import {stageLogits} from '../src/score/stage.js';
import {trainModel, type TrainingDocument} from '../src/learn/train.js';

const weights = {article: 1.5, news: 3};

describe('pageWeight', () => {
  it('weighs a news story as news, another article as an article, and any other page as one', () => {
    expect(pageWeight({pageType: 'article', url: 'https://example.com/2024/05/17/storm-hits-coast'}, weights)).toBe(3);
    expect(pageWeight({pageType: 'article', url: 'https://example.com/how-to-plant-tomatoes'}, weights)).toBe(1.5);
    expect(pageWeight({pageType: 'article', url: null}, weights)).toBe(1.5);
    expect(pageWeight({pageType: 'forum', url: 'https://example.com/news/thread-12'}, weights)).toBe(1);
    expect(pageWeight({}, weights)).toBe(1);
  });

  it('weighs every page alike by default', () => {
    expect(pageWeight({pageType: 'article', url: 'https://example.com/news/a'}, EVEN_PAGE_WEIGHTS)).toBe(1);
  });
});

describe('parsePageWeights', () => {
  it('reads either weight and leaves the other at one', () => {
    expect(parsePageWeights('article=1.5,news=2')).toEqual({article: 1.5, news: 2});
    expect(parsePageWeights('news=3')).toEqual({article: 1, news: 3});
  });

  it('refuses an unknown kind of page, a weight that is not a positive number, and a missing one', () => {
    for (const list of ['forum=2', 'news=0', 'news=-1', 'news=x', 'news', 'article=Infinity']) {
      expect(() => parsePageWeights(list), list).toThrow(/not a page weight/);
    }
  });
});

describe('training weighs pages by what they are', () => {
  // The same blocks on two pages with opposite labels for the first: only the pages' weights tell the scorer which to
  // believe.
  const {rows, descriptions} = analyze('Read the full story in our weekly digest\n\nThe council voted on Tuesday to close the old bridge for repairs.');
  const page = (label: 0 | 1, pageType: string, url: string): TrainingDocument => ({rows, descriptions, labels: [label, 1], pageType, url});
  const scoreOfFirst = (pageWeights: typeof weights) => {
    const documents = [page(1, 'article', 'https://example.com/2024/05/17/bridge'), page(0, 'listing', 'https://example.com/shop')];
    const model = trainModel(documents, {blockStage: 'logistic', contextStage: 'logistic', pageWeights, title: false});
    return sigmoid(stageLogits(model.blockStage, [rows[0]!])[0]!);
  };

  it('so that a block labelled body on a news story outweighs the same block labelled junk on another page', () => {
    expect(scoreOfFirst(weights)).toBeGreaterThan(scoreOfFirst(EVEN_PAGE_WEIGHTS) + 0.1);
  });
});
