import {describe, expect, it} from 'vitest';
import {withHeapHeldNearLive} from '../src/cli/large-document-heap.js';

describe('withHeapHeldNearLive', () => {
  it('cleans once and gives back what cleaning gave, for a small document and a large one', () => {
    for (const chars of [100, 64 * 1024 * 1024]) {
      let calls = 0;
      expect(withHeapHeldNearLive(chars, () => ++calls * 7)).toBe(7);
      expect(calls).toBe(1);
    }
  });

  it("lets cleaning's error through, and cleans the next document as before", () => {
    expect(() =>
      withHeapHeldNearLive(64 * 1024 * 1024, () => {
        throw new RangeError('bad input');
      }),
    ).toThrow('bad input');
    expect(withHeapHeldNearLive(64 * 1024 * 1024, () => 'next')).toBe('next');
  });
});
