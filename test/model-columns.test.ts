import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {defaultModel, loadModel} from '../src/index.js';
import {CONTEXT_FEATURE_NAMES} from '../src/pipeline/score-blocks.js';
import {MODEL_VERSION} from '../src/score/model.js';
import {STACK_FEATURE_NAMES, stackMatrix} from '../src/score/stack.js';
import {analyze} from '../src/pipeline/analyze.js';
import {TITLE_FEATURE_NAMES} from '../src/score/title.js';

/** Every stage's columns as the model format of a version lists them (test/model-columns/vN.json). */
function columnsOf(version: number): {block: string[]; context: string[]; title: string[]} {
  return JSON.parse(readFileSync(new URL(`./model-columns/v${version}.json`, import.meta.url), 'utf8'));
}

describe('the model format and the stages\' columns', () => {
  it('are the columns recorded for this model version: a change of columns needs a new version (and its record)', () => {
    const recorded = columnsOf(MODEL_VERSION);
    expect([...FEATURE_NAMES]).toEqual(recorded.block);
    expect([...CONTEXT_FEATURE_NAMES]).toEqual(recorded.context);
    expect([...TITLE_FEATURE_NAMES]).toEqual(recorded.title);
  });

  it('refuse a model whose columns have one inserted, naming the column and how to retrain', () => {
    const shipped = structuredClone(defaultModel());
    const inserted = (names: readonly string[], at: number) => [...names.slice(0, at), 'inserted', ...names.slice(at)];
    expect(() => loadModel({...shipped, features: inserted(FEATURE_NAMES, 3)})).toThrow(
      `other block features than this version computes: column 3 is "inserted", not "${FEATURE_NAMES[3]}". Retrain it with`,
    );
    expect(() => loadModel({...shipped, stackFeatures: inserted(CONTEXT_FEATURE_NAMES, CONTEXT_FEATURE_NAMES.length)})).toThrow(
      /other context features than this version computes: column \d+ is "inserted", not nothing/,
    );
    expect(() => loadModel({...shipped, title: {...shipped.title!, features: inserted(TITLE_FEATURE_NAMES, 0)}})).toThrow(
      /other title features than this version computes: column 0 is "inserted"/,
    );
  });

  it('refuse a model of another version with the message that says how to retrain, or for a newer one, to upgrade', () => {
    const shipped = structuredClone(defaultModel());
    expect(() => loadModel({...shipped, version: MODEL_VERSION - 1})).toThrow(
      `model version ${MODEL_VERSION - 1} is not supported: this declutter reads version ${MODEL_VERSION}, whose columns differ. Retrain it with \`declutter train CORPUS... -o FILE\``,
    );
    expect(() => loadModel({...shipped, version: MODEL_VERSION + 1})).toThrow(
      `model version ${MODEL_VERSION + 1} was written by a newer declutter: this one reads version ${MODEL_VERSION}. Upgrade declutter, or retrain it`,
    );
  });

  it('hold for the shipped model, whose columns are this version\'s', () => {
    expect(defaultModel().version).toBe(MODEL_VERSION);
    expect(defaultModel().features).toEqual([...FEATURE_NAMES]);
  });

  it('give each value under its own name: the context stage reads a block\'s score as self, its neighbour\'s as prev1', () => {
    const {descriptions} = analyze('One short line.\n\nA longer sentence of body text follows here.\n\nThe end.\n');
    const scores = [0.1, 0.7, 0.4];
    const rows = stackMatrix(scores, descriptions);
    const column = (name: string) => rows.map((row) => row[STACK_FEATURE_NAMES.indexOf(name)]);
    expect(column('self')).toEqual(scores);
    expect(column('prev1')).toEqual([0, 0.1, 0.7]);
    expect(column('next1')).toEqual([0.7, 0.4, 0]);
    expect(rows.every((row) => row.length === STACK_FEATURE_NAMES.length)).toBe(true);
  });
});
