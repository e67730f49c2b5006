import {describe, expect, it} from 'vitest';
import {foldOf, splitOf} from '../src/learn/split.js';

describe('the fixed split and the cross-validation folds', () => {
  it('takes ids ending in 8 or 9 for validation', () => {
    expect(['0418', '0009', '0427'].map(splitOf)).toEqual(['val', 'val', 'train']);
  });

  it('cuts folds by FNV-1a of the id, so fold models written before score the same pages', () => {
    // Reference FNV-1a (32-bit) values: with 2^32 folds, the fold is the hash itself.
    expect(foldOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(foldOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(foldOf('foobar', 2)).toBe(0xbf9cf968 % 2);
  });
});
