import {describe, expect, it} from 'vitest';
import {slugContentWords, slugCoverage, slugWords} from '../src/metadata/url-slug.js';

describe('the words of an address’s slug', () => {
  it('reads the last path segment with words, without dates, ids and the file’s extension', () => {
    expect(slugWords('https://news.example.com/2023/05/12/nato-leaders-agree-new-plan/')).toEqual(['nato', 'leaders', 'agree', 'new', 'plan']);
    expect(slugWords('https://example.com/world/nato-leaders-agree-123456.html')).toEqual(['nato', 'leaders', 'agree']);
    expect(slugWords('https://example.com/pulse/5-trends-from-nutrition-2025-jane-doe-8n6xe')).toEqual(['5', 'trends', 'from', 'nutrition', '2025', 'jane', 'doe']);
    expect(slugWords('https://example.com/diets/a63515464/diet-trends-2025/')).toEqual(['diet', 'trends', '2025']);
  });

  it('takes a title from the query where a site addresses pages by it', () => {
    expect(slugWords('https://wiki.example.org/w/index.php?title=Cloud_computing&oldid=1')).toEqual(['cloud', 'computing']);
  });

  it('percent-decodes, and keeps scripts other than Latin as they come', () => {
    expect(slugWords('https://example.jp/%E6%9D%B1%E4%BA%AC-%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9')).toEqual(['東京', 'ニュース']);
    expect(slugWords('https://example.de/nachrichten/gr%C3%BC%C3%9Fe-aus-k%C3%B6ln')).toEqual(['grüße', 'aus', 'köln']);
    // A broken escape does not throw: the segment is read as it stands.
    expect(slugWords('https://example.com/broken-%E0%A4%A-escape')).toEqual(expect.arrayContaining(['broken', 'escape']));
  });

  it('reads nothing where the address carries no words, or is no web address', () => {
    expect(slugWords('https://example.com/2609-2/')).toEqual([]);
    expect(slugWords('https://example.com/')).toEqual([]);
    expect(slugWords('https://example.com/index.html')).toEqual([]);
    expect(slugWords('https://example.com/2024/01/05/')).toEqual([]);
    expect(slugWords('hard::example.com-atlantis.html')).toEqual([]);
    expect(slugWords('not a url')).toEqual([]);
    expect(slugWords(undefined)).toEqual([]);
  });

  it('says how much of it a line says, stopwords and inflections aside', () => {
    const slug = slugWords('https://example.com/how-to-rent-a-car');
    expect(slugContentWords(slug)).toBe(2);
    expect(slugCoverage(slug, 'Need a change? 7 vital tips on how to rent a car')).toBe(1);
    expect(slugCoverage(slugWords('https://example.com/health-and-nutrition-trend'), 'Top 10 Health and Nutrition Trends')).toBe(1);
    expect(slugCoverage(slug, 'Rental cars near you')).toBe(0.5);
    expect(slugCoverage(slug, 'Cars for hire near you')).toBe(0);
    expect(slugCoverage([], 'Anything')).toBe(0);
  });
});
