import {describe, expect, it} from 'vitest';
import {KeptPages} from '../src/cli/batch/kept-pages.js';
import type {DecodedText} from '../src/read/decode.js';

const decoded = (text: string): DecodedText => ({text, encoding: 'utf-8', guessed: false, gzipped: false});

describe('KeptPages', () => {
  it('keeps text and hashes within the budget, then hashes alone, then nothing', () => {
    // Budget of 64 bytes: a page of 10 characters (20 bytes) and 2 blocks (16 bytes) takes 36.
    const kept = new KeptPages<string>(64);
    kept.keep('a', new Float64Array([1, 2]), decoded('0123456789'));
    kept.keep('b', new Float64Array([3, 4]), decoded('0123456789'));
    kept.keep('c', new Float64Array([5, 6, 7, 8]), decoded('x'));
    expect(kept.bytes).toBe(36 + 16);
    expect(kept.take('a')).toEqual({blockHashes: new Float64Array([1, 2]), decoded: decoded('0123456789')});
    expect(kept.take('b')).toEqual({blockHashes: new Float64Array([3, 4])});
    expect(kept.take('c')).toBeUndefined();
  });

  it('hands a page back once and frees its bytes', () => {
    const kept = new KeptPages<string>(1000);
    kept.keep('a', new Float64Array([1]), decoded('text'));
    expect(kept.take('a')?.decoded?.text).toBe('text');
    expect(kept.take('a')).toBeUndefined();
    expect(kept.bytes).toBe(0);
  });
});
