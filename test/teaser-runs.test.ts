import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {teaserRuns} from '../src/structure/teaser-runs.js';
import {STRUCTURE_FEATURE_NAMES, structureColumns} from '../src/structure/structure-features.js';

const block = (text: string) => describeBlock(text, stopwordsFor('eng'));
const headline = (n: number) => block(`Council votes to close the old road number ${n}`);
const summary = (n: number) => block(`The vote ends a long fight over traffic in the town centre, case ${n}.`);
const prose = block(`${'The council met on Tuesday evening to vote on the new road through the old town centre. '.repeat(4)}`);
const teasers = [headline(1), summary(1), headline(2), summary(2), headline(3), summary(3)];

describe('teaserRuns', () => {
  it('marks a run that starts where the main body span ends as after the body', () => {
    const blocks = [prose, prose, ...teasers];
    const runs = teaserRuns(blocks, [{start: 0, end: 2, evidence: 50}]);
    expect(runs.repeats).toEqual([1, 1, 3, 3, 3, 3, 3, 3]);
    expect(runs.afterBody).toEqual([false, false, true, true, true, true, true, true]);
  });

  it('does not mark a run that starts before the main span ends, nor one after a weaker span', () => {
    const blocks = [...teasers, prose, prose];
    expect(teaserRuns(blocks, [{start: 0, end: 8, evidence: 50}]).afterBody.some(Boolean)).toBe(false);
    const spans = [{start: 0, end: 1, evidence: 5}, {start: 7, end: 8, evidence: 50}];
    expect(teaserRuns(blocks, spans).afterBody.some(Boolean)).toBe(false);
  });

  it('marks nothing after the body on a page without a body span', () => {
    expect(teaserRuns([prose, ...teasers], []).afterBody.some(Boolean)).toBe(false);
  });
});

describe('the teaser columns of the context stage', () => {
  it('read the run of teasers below an article: repeats on a log scale, after the body', () => {
    const blocks = [prose, prose, ...teasers];
    const first = [0.9, 0.9, 0.7, 0.6, 0.7, 0.6, 0.7, 0.6];
    const columns = structureColumns(first, {descriptions: blocks});
    const column = (name: string) => columns.map((row) => row[STRUCTURE_FEATURE_NAMES.indexOf(name)]);
    expect(column('structure:teaserRepeats')).toEqual([0, 0, ...teasers.map(() => Math.log1p(2) / 3)]);
    // The scores put the teasers in the body's span too, so the run does not start after it.
    expect(column('structure:teaserAfterBody')).toEqual(blocks.map(() => 0));
    const junkTeasers = [0.9, 0.9, 0.2, 0.3, 0.2, 0.3, 0.2, 0.3];
    const below = structureColumns(junkTeasers, {descriptions: blocks}).map((row) => row[STRUCTURE_FEATURE_NAMES.indexOf('structure:teaserAfterBody')]);
    expect(below).toEqual([0, 0, 1, 1, 1, 1, 1, 1]);
  });
});
