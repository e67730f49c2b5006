import {describe, expect, it} from 'vitest';
import {Lines} from '../src/read/lines.js';
import {LONG_DOCUMENT_BLOCKS} from '../src/read/long-document.js';

const all = (lines: Lines) => Array.from({length: lines.length}, (_, i) => lines.line(i));

describe('Lines', () => {
  it("reads a short text's lines from a list and a long text's sliced again, the same lines either way", () => {
    const short = 'first\n\n  second  \nthird\n';
    const lines = new Lines(short);
    expect(lines.sliced).toBe(false);
    expect(all(lines)).toEqual(short.split('\n'));
    expect([...lines.starts]).toEqual([0, 6, 7, 18, 24]);

    const long = Array.from({length: LONG_DOCUMENT_BLOCKS}, (_, i) => (i % 3 === 0 ? '' : `line ${i}`)).join('\n') + '\n';
    const sliced = new Lines(long);
    expect(sliced.sliced).toBe(true);
    expect(all(sliced)).toEqual(long.split('\n'));
  });
});
