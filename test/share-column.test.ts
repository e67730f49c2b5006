import {describe, expect, it} from 'vitest';
import {ShareColumn} from '../src/features/share-column.js';

describe('ShareColumn', () => {
  const totals = [3, 0, 7, 1000, 3];

  it("keeps a long document's shares as counts and reads back the same doubles", () => {
    const column = new ShareColumn(totals.length, true, (i) => totals[i]!);
    const shares = [1 / 3, 0, 5 / 7, 999 / 1000, 2 / 3];
    shares.forEach((share, i) => column.set(i, share));
    expect(shares.map((_, i) => column.get(i))).toEqual(shares);
    // Two bytes a block, since 999 needs two.
    expect(column.byteLength).toBe(2 * totals.length);
  });

  it('turns to doubles at a share no count over its total gives, the shares before it kept', () => {
    const column = new ShareColumn(totals.length, true, (i) => totals[i]!);
    column.set(0, 1 / 3);
    column.set(2, 0.123456789);
    column.set(3, 0.5);
    expect([column.get(0), column.get(2), column.get(3)]).toEqual([1 / 3, 0.123456789, 0.5]);
    expect(column.byteLength).toBe(8 * totals.length);
  });

  it("keeps a page's shares as doubles", () => {
    const column = new ShareColumn(totals.length, false, (i) => totals[i]!);
    column.set(0, 1 / 3);
    expect(column.get(0)).toBe(1 / 3);
    expect(column.byteLength).toBe(8 * totals.length);
  });
});
