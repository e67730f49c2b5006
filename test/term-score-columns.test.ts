import {describe, expect, it} from 'vitest';
import {TermScoreColumns} from '../src/score/term-score-columns.js';

describe('TermScoreColumns', () => {
  const table = {bits: 4, scale: 10, bytes: new Int8Array([5, -3, 127, -128, 0, 9, -9, 1, 2, 3, 4, 5, 6, 7, 8, -1])};
  const blocks = [new Int32Array([0, 1, 2]), new Int32Array([]), new Int32Array([3]), new Int32Array([4, 5, 6, 6]), new Int32Array([15])];
  const columns = new TermScoreColumns(blocks.length, table);
  blocks.forEach((slots, b) => columns.write(b, slots));

  it("gives each block's mean, lowest and highest weight over the scale, zeros for a block without terms", () => {
    expect([...columns.read()]).toEqual([4.3, -0.3, 12.7, 0, 0, 0, -12.8, -12.8, -12.7, -0.225, -0.9, 0.9, -0.1, -0.1, -0.1]);
  });

  it('reads any run of blocks as the same numbers as the whole', () => {
    const whole = columns.read();
    for (let from = 0; from < blocks.length; from++) {
      for (let to = from; to <= blocks.length; to++) expect(columns.read(from, to)).toEqual(whole.subarray(3 * from, 3 * to));
    }
  });
});
