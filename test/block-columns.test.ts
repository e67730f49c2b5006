import {describe, expect, it} from 'vitest';
import {columnWriter} from '../src/features/column-writer.js';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {analyze} from '../src/pipeline/analyze.js';
import type {Column} from '../src/types.js';

const column = (name: string) => {
  const at = FEATURE_NAMES.indexOf(name);
  if (at < 0) throw new Error(`no block column ${name}`);
  return at;
};

describe('a column writer', () => {
  it('writes each column of its table at its place from the start, for the block asked, and nothing else', () => {
    const columns: Column<readonly number[]>[] = [
      {name: 'double', value: (page, i) => 2 * page[i]!},
      {name: 'index', value: (_, i) => i},
      {name: 'next', value: (page, i) => page[i + 1] ?? 0},
    ];
    const row = [-1, -1, -1, -1, -1, -1];
    columnWriter(columns, 2)(row, [5, 8, 13], 1);
    expect(row).toEqual([-1, -1, 16, 1, 13, -1]);
  });
});

describe('the block stage\'s columns', () => {
  const page = [
    'Advertisement',
    'By Jane Smith',
    'The council met on Tuesday to discuss the budget for the coming year, and the vote was close.',
    'Read more',
    'Read more',
    'A short line',
  ].join('\n\n');
  const {rows, descriptions} = analyze(page);

  it('give a block\'s own figures under their names', () => {
    descriptions.forEach((d, i) => {
      expect(rows[i]![column('logWords')]).toBe(Math.log1p(d.words) / 6);
      expect(rows[i]![column('short')]).toBe(d.words <= 10 ? 1 : 0);
      expect(rows[i]![column('endsWithTerminal')]).toBe(d.endsWithTerminal ? 1 : 0);
    });
    expect(rows.map((row) => row[column('isFirst')])).toEqual([1, 0, 0, 0, 0, 0]);
    expect(rows.map((row) => row[column('layout:paragraphs')])).toEqual(rows.map(() => 1));
  });

  it('set the cue columns of the kinds of cue a block matches, bylines counted as other', () => {
    const kindOf = (label: string) => (label === 'byline' || label === 'dateline' ? 'other' : label);
    const cueNames = FEATURE_NAMES.filter((name) => /^(?:whole)?[cC]ue:/.test(name));
    descriptions.forEach((d, i) => {
      const set = cueNames.filter((name) => rows[i]![column(name)] === 1);
      const expected = new Set(d.cues.map((cue) => `${cue.whole ? 'wholeCue' : 'cue'}:${kindOf(cue.label)}`));
      expect(set.sort()).toEqual([...expected].sort());
    });
    expect(rows[0]![column('wholeCue:ad')]).toBe(1);
    expect(rows[1]![column('wholeCue:other')]).toBe(1);
  });

  it('show each neighbour\'s own columns under the neighbour\'s offset and the same name, zeros past the page\'s ends', () => {
    const neighbourNames = FEATURE_NAMES.filter((name) => /^(?:prev|next)\d:/.test(name));
    expect(neighbourNames).toHaveLength(36);
    for (const name of neighbourNames) {
      const [, side, distance, own] = /^(prev|next)(\d):(.+)$/.exec(name)!;
      const offset = (side === 'prev' ? -1 : 1) * Number(distance);
      rows.forEach((row, i) => {
        const other = rows[i + offset];
        const expected = other === undefined ? 0 : own === 'exists' ? 1 : other[column(own!)];
        expect(row[column(name)], `${name} of block ${i}`).toBe(expected);
      });
    }
  });
});
