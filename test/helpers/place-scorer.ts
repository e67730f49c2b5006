import {FEATURE_NAMES} from '../../src/features/vector.js';
import {CONTEXT_FEATURE_NAMES} from '../../src/pipeline/score-blocks.js';
import type {LogisticStage} from '../../src/score/logistic.js';
import type {Scorer} from '../../src/score/model.js';

/** A logistic stage whose log-odds are `bias + slope × column`, every other column weighing nothing. */
function lineStage(names: readonly string[], column: string, slope: number, bias: number): LogisticStage {
  const weights = names.map((name) => (name === column ? slope : 0));
  return {kind: 'logistic', mean: names.map(() => 0), scale: names.map(() => 1), weights, bias};
}

/** A scorer of the block's place on the page: `top` log-odds at its top, `top + slope` at its foot; the context passes it on. */
export function placeScorer(top: number, slope: number): Scorer {
  return {
    blockStage: lineStage(FEATURE_NAMES, 'position', slope, top),
    // The context stage's log-odds are the block score's, mapped back: 8 × (self − 0.5) keeps the order of the scores.
    contextStage: lineStage(CONTEXT_FEATURE_NAMES, 'self', 8, -4),
    threshold: 0.5,
    thresholds: {precision: 0.6, recall: 0.4},
  };
}
