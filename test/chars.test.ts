import {describe, expect, it} from 'vitest';
import {isSpace} from '../src/text/chars.js';
import {cueKey} from '../src/features/lexicon.js';

describe('isSpace', () => {
  it('agrees with a regular expression’s \\s on every code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});

describe('cueKey', () => {
  // What the key is, said by regular expressions: the loop over the characters must give the same keys.
  const byPatterns = (text: string) =>
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^[\s*+•·◦▪‣○●■□–—\-|:»›>«‹<()[\]{}"'“”‘’]+|[\s|:»›>«‹<()[\]{}"'“”‘’.!?…,;–—-]+$/gu, '');
  const samples = ['  Read   More » ', '\u00a0x\u2003\u2003y!!', '"Hi"', '', '   ', '- • a  b -', 'a\nb', '» Next page ›', '(Share)', '—', 'A\t\tB\r\nC'];

  it('collapses white space and drops framing punctuation as the patterns did', () => {
    for (const text of samples) expect(cueKey(text)).toBe(byPatterns(text));
  });
});
