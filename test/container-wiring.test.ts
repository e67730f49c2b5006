import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {defaultModel, loadModel} from '../src/pipeline/model.js';
import type {LogisticStage} from '../src/score/logistic.js';
import type {Model} from '../src/score/model.js';
import {OUTSIDE_CONTAINER} from '../src/structure/page-structure.js';
import {placeScorer} from './helpers/place-scorer.js';

const PARAGRAPH =
  'The council met on Tuesday evening to vote on the new road through the old town centre, and after a long debate that ran ' +
  'past midnight it agreed to close the road to cars for a year, starting in the spring, with a review after six months.';
const page = Array.from({length: 30}, (_, i) => `${PARAGRAPH} ${PARAGRAPH.replace('council', `council of town ${i + 1}`)}`).join('\n\n');
const slugged = 'https://example.com/news/council-votes-to-close-the-road';

/**
 * A model whose text scorer is sure of the page's first blocks, doubts the next ones and drops its foot, and whose
 * container scorer places its first third in the container; with a count of the container's block stage read.
 */
function countingModel(): {model: Model; reads: () => number} {
  const model = loadModel({...structuredClone(defaultModel()), ...placeScorer(4, -8), container: placeScorer(4, -10)});
  // The stage's bias is read once a row where it scores, and not where a model is checked (`validateModel`).
  const stage = model.container!.blockStage as LogisticStage;
  const {bias} = stage;
  let reads = 0;
  Object.defineProperty(stage, 'bias', {
    get() {
      reads++;
      return bias;
    },
  });
  return {model, reads: () => reads};
}

describe('the container scorer in cleaning', () => {
  it('drops the kept blocks of a text far outside the container, on a page whose address ends in a slug', () => {
    const {model, reads} = countingModel();
    // The model's own threshold, fixed: the page's own cut (`favor: balanced`) would move with these made-up scores.
    const doc = declutter(page, {model, url: slugged, threshold: 0.5});
    expect(reads()).toBeGreaterThan(0);
    const dropped = doc.blocks.filter((b) => b.reasons[0] === OUTSIDE_CONTAINER);
    expect(dropped.length).toBeGreaterThan(0);
    // What it drops lies below the container; the blocks inside it stay.
    expect(doc.blocks.slice(0, 8).every((b) => b.kept)).toBe(true);
    expect(dropped.every((b) => doc.blocks.indexOf(b) > 10)).toBe(true);
  });

  it('drops them on a page without an address whose byline stands above its first paragraph', () => {
    const {model, reads} = countingModel();
    const doc = declutter(`By Jane Doe\n\n${page}`, {model, threshold: 0.5});
    expect(reads()).toBeGreaterThan(0);
    expect(doc.blocks.some((b) => b.reasons[0] === OUTSIDE_CONTAINER)).toBe(true);
  });

  it('is not run without such an address or byline, on HTML, or where the caller keeps more than the model would', () => {
    for (const options of [
      {threshold: 0.5},
      {url: 'https://example.com/news/', threshold: 0.5},
      {url: slugged, favor: 'recall' as const},
      {url: slugged, threshold: 0.3},
    ]) {
      const {model, reads} = countingModel();
      const doc = declutter(page, {model, ...options});
      expect(reads(), JSON.stringify(options)).toBe(0);
      expect(doc.blocks.some((b) => b.reasons.includes(OUTSIDE_CONTAINER))).toBe(false);
    }
    const {model, reads} = countingModel();
    const html = `<html><body><article>${page.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    declutter(html, {model, url: slugged});
    expect(reads()).toBe(0);
  });

  it('leaves the output as it was with a model without a container scorer', () => {
    const {model} = countingModel();
    const {container: _, ...without} = model;
    const plain = declutter(page, {model: loadModel(without), url: slugged, threshold: 0.5});
    expect(plain.blocks.some((b) => b.reasons.includes(OUTSIDE_CONTAINER))).toBe(false);
    const kept = (doc: typeof plain) => doc.blocks.filter((b) => b.kept).length;
    expect(kept(plain)).toBeGreaterThan(kept(declutter(page, {model, url: slugged, threshold: 0.5})));
  });
});
