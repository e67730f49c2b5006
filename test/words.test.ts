import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {blockTerms} from '../src/features/terms.js';
import {labelBlocks} from '../src/learn/align.js';
import {contentWords} from '../src/score/content-words.js';
import {alignmentTokens, fold, pythonWords, sameTitle} from '../src/text/words.js';
import {tokens as metricTokens} from '../src/eval/metrics.js';

// Every definition of a word, on the same texts: where they differ, and that the metric and training agree.
const MARKS = 'e\u0301te\u0301 नमस्ते'; // combining acute accents; Devanagari vowel signs and virama
const NUMBERS = 'x² ½ Ⅳ ٣'; // a superscript, a fraction, a Roman numeral, an Arabic-Indic digit
const JOINERS = "don't foo_bar a‿b"; // an apostrophe, an underscore, another connector punctuation

describe("pythonWords: Python's \\w+", () => {
  it('splits at combining marks, as Python does', () => {
    expect(pythonWords(MARKS)).toEqual(['e', 'te', 'नमस', 'त']);
  });

  it('takes numbers of every kind, not only decimal digits', () => {
    expect(pythonWords(NUMBERS)).toEqual(['x²', '½', 'Ⅳ', '٣']);
  });

  it('joins at the underscore alone among the connectors, and splits at an apostrophe', () => {
    expect(pythonWords(JOINERS)).toEqual(['don', 't', 'foo_bar', 'a', 'b']);
  });

  it('is the metric’s word', () => {
    for (const text of [MARKS, NUMBERS, JOINERS]) expect(metricTokens(text)).toEqual(pythonWords(text));
  });
});

describe('alignmentTokens: what training aligns with the gold body', () => {
  it('is the metric’s word, lower-cased', () => {
    for (const text of [MARKS, NUMBERS, JOINERS, 'The COUNCIL met']) {
      expect(alignmentTokens(text)).toEqual(pythonWords(text.toLowerCase()));
    }
  });

  it('labels by the words the metric counts: a numeral heading of the gold body is body', () => {
    // "Ⅳ" is a word to the metric (a number), so a block of it scores as body where the gold has it as a line.
    const gold = {id: 'x', url: '', main_content: 'The fourth part begins here.\nⅣ\nIt ends there.', with: [], without: []};
    expect(labelBlocks(['Ⅳ', 'Menu'], gold)).toEqual([1, 0]);
  });
});

describe('the other words, beside pythonWords', () => {
  it('the describer keeps marks and apostrophes inside a word', () => {
    expect(describeBlock(MARKS, new Set()).words).toBe(2);
    expect(describeBlock("don't l’homme", new Set()).words).toBe(2);
    expect(pythonWords("don't l’homme")).toHaveLength(4);
    // The underscore, which joins a Python word, splits the describer's.
    expect(describeBlock('foo_bar', new Set()).words).toBe(2);
  });

  it('the word table hashes the describer’s words and their pairs', () => {
    // Two words and one pair: three terms.
    expect(blockTerms("don't stop", 20)).toHaveLength(3);
    expect(pythonWords("don't stop")).toHaveLength(3);
  });

  it('the title’s content words are lower-case runs of four letters or more', () => {
    expect(contentWords('The Harbour AUTHORITY met 2024')).toEqual(['harbour', 'authority']);
  });
});

describe('sameTitle and fold', () => {
  it('compare titles by their Python words, case and punctuation aside', () => {
    expect(sameTitle('Top 10: Best Apps (tested)', 'top 10 best apps tested')).toBe(true);
    expect(sameTitle('Best apps', 'Best apps of 2025')).toBe(false);
    expect(sameTitle('!!!', '')).toBe(false);
  });

  it('fold lower-cases and folds white space, splitting nothing', () => {
    expect(fold('  Read\u00a0 MORE\n\there ')).toBe('read more here');
  });
});

describe('fold: how snippets are found', () => {
  it('is lower case with white space folded, on random text of every kind of white space', () => {
    const pieces = ['A', 'b', 'É', 'İ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\ufeff', '\u3000', 'x', '.', '\u200b'];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({length: Math.floor(next() * 12)}, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(fold(text), JSON.stringify(text)).toBe(text.toLowerCase().replace(/\s+/g, ' ').trim());
    }
  });
});
