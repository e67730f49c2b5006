import {describe, expect, it} from 'vitest';
import {analyze} from '../src/pipeline/analyze.js';
import {FEATURE_NAMES} from '../src/features/vector.js';

const column = (name: string) => FEATURE_NAMES.indexOf(`around:${name}`);

describe('features of the repeated lines around a block', () => {
  it('stand between the markup features and the word table\'s', () => {
    expect(column('maxRepeats')).toBeGreaterThan(FEATURE_NAMES.indexOf('markup:html'));
    expect(column('repeatedShare')).toBe(FEATURE_NAMES.indexOf('words:known') - 1);
  });

  it('see a grid whose items repeat a line, and not a table whose cells differ', () => {
    const grid = ['Oak Bench', 'Get Price', 'Pine Table', 'Get Price', 'Elm Chair', 'Get Price', 'Ash Desk', 'Get Price'];
    const {rows} = analyze(grid.join('\n\n'));
    const repeats = Math.log1p(3);
    // The first item: of its four blocks after it, two are "Get Price", four times on the page.
    expect(rows[0]![column('maxRepeats')]).toBeCloseTo(repeats, 12);
    expect(rows[0]![column('repeatedShare')]).toBeCloseTo(2 / 8, 12);
    // The second item: "Get Price" three times among the four blocks on each side.
    expect(rows[2]![column('repeatedShare')]).toBeCloseTo(3 / 8, 12);

    const table = ['Name', 'Score', 'Alice', '12', 'Bob', '7', 'Carol', '9'];
    const tableRows = analyze(table.join('\n\n')).rows;
    for (const row of tableRows) {
      expect(row[column('maxRepeats')]).toBe(0);
      expect(row[column('repeatedShare')]).toBe(0);
    }
  });
});
