import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {headMarks} from '../src/structure/head-marks.js';
import {STRUCTURE_FEATURE_NAMES, structureColumns} from '../src/structure/structure-features.js';

const block = (text: string) => describeBlock(text, stopwordsFor('eng'));
const menu = block('Home');
const headline = block('Council votes to close the old road');
const byline = block('By Jane Smith');
const dateline = block('Published: 12 January 2022 at 10:30 GMT');
const prose = block(`${'The council met on Tuesday evening to vote on the new road through the old town centre. '.repeat(4)}`);

describe('headMarks', () => {
  it('finds the byline and dateline cues, and counts blocks below those in the head of the main span', () => {
    const blocks = [menu, headline, byline, dateline, prose, prose];
    const marks = headMarks(blocks, [{start: 4, end: 6, evidence: 100}]);
    expect(marks.isByline).toEqual([false, false, true, false, false, false]);
    expect(marks.isDateline).toEqual([false, false, false, true, false, false]);
    expect(marks.belowByline).toEqual([Infinity, Infinity, 0, 1, 2, 3]);
    expect(marks.belowDateline).toEqual([Infinity, Infinity, Infinity, 0, 1, 2]);
  });

  it('leaves out a byline far from the head of the main span: a teaser\'s or a comment\'s', () => {
    const blocks = [prose, prose, prose, prose, prose, prose, prose, prose, prose, byline, prose];
    const marks = headMarks(blocks, [{start: 0, end: 9, evidence: 100}]);
    expect(marks.isByline[9]).toBe(true);
    expect(marks.belowByline.every((d) => d === Infinity)).toBe(true);
  });

  it('counts none on a page without a body span', () => {
    expect(headMarks([byline, prose], []).belowByline).toEqual([Infinity, Infinity]);
  });
});

describe('the byline and dateline columns of the context stage', () => {
  it('read the marks and the distance below them, capped, 1 where there is none above', () => {
    const blocks = [menu, headline, byline, prose, prose];
    const columns = structureColumns([0.1, 0.4, 0.3, 0.9, 0.9], {descriptions: blocks});
    const column = (name: string) => columns.map((row) => row[STRUCTURE_FEATURE_NAMES.indexOf(name)]);
    expect(column('structure:byline')).toEqual([0, 0, 1, 0, 0]);
    expect(column('structure:belowByline')).toEqual([1, 1, 0, 1 / 20, 2 / 20]);
    expect(column('structure:dateline')).toEqual([0, 0, 0, 0, 0]);
    expect(column('structure:belowDateline')).toEqual([1, 1, 1, 1, 1]);
  });
});
