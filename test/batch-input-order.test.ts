import {describe, expect, it} from 'vitest';
import {InputOrder, walkPlaces} from '../src/cli/batch/input-order.js';

describe('InputOrder', () => {
  it('says each place\'s words once every place before it is settled, whatever order they settle in', () => {
    const said: number[] = [];
    const order = new InputOrder();
    order.settle(2, () => said.push(2));
    order.settle(1);
    expect(said).toEqual([]);
    order.settle(0, () => said.push(0));
    expect(said).toEqual([0, 2]);
    order.settle(4, () => said.push(4));
    order.flush();
    expect(said).toEqual([0, 2, 4]);
  });
});

describe('walkPlaces', () => {
  it('puts a remark the walk made before the file it found next', () => {
    // Files f0 f1 f2; problems met after 0 files, after 2, and after all 3.
    expect(walkPlaces(3, [0, 2, 3])).toEqual({files: [1, 2, 4], remarks: [0, 3, 5]});
    expect(walkPlaces(2, [])).toEqual({files: [0, 1], remarks: []});
  });
});
