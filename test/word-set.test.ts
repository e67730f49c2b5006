import {describe, expect, it} from 'vitest';
import {stopwordsFor} from '../src/features/language.js';
import {WordSet} from '../src/features/word-set.js';

describe('WordSet: a set of words looked up by a span of a string', () => {
  it('answers as Set.has of the slice, for every span of texts of stopwords and other words', () => {
    for (const language of ['eng', 'deu', 'fra', 'rus', 'zho']) {
      const words = stopwordsFor(language);
      const set = new WordSet(words);
      const sample = [...words].slice(0, 40);
      const text = [...sample, 'xyz', 'thé', 'd’un', 'the', '', 'İstanbul'].join(' ') + ' ' + sample.join('');
      for (let start = 0; start < text.length; start++) {
        for (let end = start; end <= Math.min(text.length, start + 14); end++) {
          expect(set.has(text, start, end), `${language} ${JSON.stringify(text.slice(start, end))}`).toBe(words.has(text.slice(start, end)));
        }
      }
    }
  });

  it('holds no word it was not given, the empty one included', () => {
    const set = new WordSet(['a', 'an', 'the']);
    expect(set.has('xthe', 1, 4)).toBe(true);
    expect(set.has('then', 0, 4)).toBe(false);
    expect(set.has('the', 1, 1)).toBe(false);
    expect(new WordSet([]).has('a', 0, 1)).toBe(false);
  });

  it('finds the word of the set a span is, as the set\'s own string, or nothing', () => {
    const set = new WordSet(['news', 'harbour', 'straße', 'жизнь']);
    const text = 'harbours newsroom new straße жизнь';
    expect(set.find(text, 0, 7)).toBe('harbour');
    expect(set.find(text, 0, 8)).toBeUndefined();
    expect(set.find(text, 9, 13)).toBe('news');
    expect(set.find(text, 9, 17)).toBeUndefined();
    expect(set.find(text, 18, 21)).toBeUndefined();
    expect(set.find(text, 22, 28)).toBe('straße');
    expect(set.find(text, 29, 34)).toBe('жизнь');
  });
});
