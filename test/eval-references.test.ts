import {describe, expect, it} from 'vitest';
import {C4_RULES, KEEP_EVERYTHING, KEEP_LONG_BLOCKS, passesC4, wordCount} from '../src/eval/references.js';

const words = (n: number) => Array.from({length: n}, (_, i) => `w${i}`).join(' ');

describe('reference methods', () => {
  it('keep everything keeps every block: all of a text, and all the visible text of an HTML page', () => {
    expect(KEEP_EVERYTHING.extract('Menu\n\nBody.\n')).toBe('Menu\n\nBody.');
    expect(KEEP_EVERYTHING.extract('<html><head><script>var x;</script></head><body><p>Menu</p><p>Body.</p></body></html>')).toBe('Menu\n\nBody.');
  });

  it('keep >= 20 words keeps blocks of 20 words or more, a blank line between them', () => {
    const text = [words(19), words(20), 'Menu', words(25)].join('\n\n');
    expect(KEEP_LONG_BLOCKS.extract(text)).toBe([words(20), words(25)].join('\n\n'));
  });

  it('counts words as runs of non-space', () => {
    expect(wordCount('  one two,three  four ')).toBe(3);
  });

  it('C4 rules keep lines of 3 words or more that end in terminal punctuation', () => {
    expect(passesC4('This is a sentence.')).toBe(true);
    expect(passesC4('Is this a question?')).toBe(true);
    expect(passesC4('He said "stop"')).toBe(true);
    expect(passesC4('Too short.')).toBe(false);
    expect(passesC4('No terminal punctuation here')).toBe(false);
  });

  it('C4 rules drop lines that mention javascript, cookies or a privacy policy', () => {
    expect(passesC4('Please enable JavaScript to view the comments.')).toBe(false);
    expect(passesC4('This site uses Cookies to work.')).toBe(false);
    expect(passesC4('Read our Privacy Policy first.')).toBe(false);
    expect(passesC4('Privacy matters to us all.')).toBe(true);
  });

  it('C4 rules judge each line, also the lines of a block that keeps its line breaks', () => {
    const text = 'Home\nThe council met on Tuesday.\nWe use cookies on this site.\nShare this\nIt voted to close the road.\n';
    expect(C4_RULES.extract(text)).toBe('The council met on Tuesday.\n\nIt voted to close the road.');
  });
});
