import {describe, expect, it} from 'vitest';
import {firstWord} from '../src/read/layout.js';

describe('firstWord', () => {
  it('is the first piece of the line split at white space after its leading white space, for any white space', () => {
    const pieces = ['word', 'x', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085', 'é', '😀', '-', ''];
    let state = 3;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5_000; n++) {
      let line = '';
      for (let k = Math.floor(next() * 6); k > 0; k--) line += pieces[Math.floor(next() * pieces.length)]!;
      expect(firstWord(line), JSON.stringify(line)).toBe(line.trimStart().split(/\s/, 1)[0]);
    }
  });
});
