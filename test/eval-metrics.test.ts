import {describe, expect, it} from 'vitest';
import {ALL_PAGES, scorePage, summarize, worstPages, type PageGold, type PageScore} from '../src/eval/aggregate.js';
import {foldWhitespace, sameTitle, shingleScore, snippetCounts, tokens, wordScore} from '../src/eval/metrics.js';

describe('tokens (Python\'s \\w+)', () => {
  it('splits on punctuation and keeps underscores and digits', () => {
    expect(tokens('Hello, world! foo_bar 3.14')).toEqual(['Hello', 'world', 'foo_bar', '3', '14']);
  });

  it('takes Unicode letters and numbers as word characters', () => {
    expect(tokens('Ça coûte 5€, naïve x²')).toEqual(['Ça', 'coûte', '5', 'naïve', 'x²']);
  });

  it('splits at combining marks, as Python does', () => {
    // Python: re.findall(r'\w+', 'e\u0301té') == ['e', 'té'] and the vowel signs of नमस्ते are not \w.
    expect(tokens('e\u0301t\u00e9')).toEqual(['e', 't\u00e9']);
    expect(tokens('नमस्ते')).toEqual(['नमस', 'त']);
  });
});

describe('wordScore', () => {
  it('compares lowercased bags of words by multiset overlap', () => {
    // extracted {the: 2, cat, dog} (4), gold {the, cat, sat} (3), overlap the + cat = 2.
    const score = wordScore('the cat the dog', 'The cat sat');
    expect(score.precision).toBeCloseTo(2 / 4, 12);
    expect(score.recall).toBeCloseTo(2 / 3, 12);
    expect(score.f1).toBeCloseTo(4 / 7, 12);
  });

  it('scores a gold without words 1 for an empty extraction and 0 otherwise', () => {
    expect(wordScore('', '...')).toEqual({precision: 1, recall: 1, f1: 1});
    expect(wordScore('menu', '...')).toEqual({precision: 0, recall: 0, f1: 0});
  });

  it('scores an empty extraction 0', () => {
    expect(wordScore(' - ', 'body text')).toEqual({precision: 0, recall: 0, f1: 0});
  });

  it('scores disjoint bags 0 without dividing by zero', () => {
    expect(wordScore('menu', 'body')).toEqual({precision: 0, recall: 0, f1: 0});
  });
});

describe('shingleScore', () => {
  it('compares multisets of 4-token shingles', () => {
    // extracted {a b c d, b c d e}, gold {a b c d}
    expect(shingleScore('a b c d e', 'a b c d')).toEqual({precision: 0.5, recall: 1});
  });

  it('keeps case', () => {
    expect(shingleScore('A b c d', 'a b c d')).toEqual({precision: 0, recall: 0});
  });

  it('treats a text shorter than 4 tokens as one short shingle', () => {
    expect(shingleScore('a, b', 'a b')).toEqual({precision: 1, recall: 1});
    expect(shingleScore('a b', 'a b c')).toEqual({precision: 0, recall: 0});
  });

  it('counts an empty extraction as one empty shingle', () => {
    // extracted {()}, gold {a b c d, b c d e}: tp 0, fp 1, fn 2.
    expect(shingleScore('', 'a b c d e')).toEqual({precision: 0, recall: 0});
    expect(shingleScore('', '')).toEqual({precision: 1, recall: 1});
  });
});

describe('snippetCounts', () => {
  it('finds snippets with whitespace folded and case ignored, across block breaks', () => {
    const extracted = 'Hello   World\n\nfoo\u00a0bar';
    expect(snippetCounts(extracted, ['hello world', 'FOO BAR', 'missing'], ['world foo', 'nope'])).toEqual({
      tp: 2,
      fn: 1,
      fp: 1,
      tn: 1,
    });
  });

  it('folds whitespace as Python\'s str.split() does', () => {
    expect(foldWhitespace('  a\x1cb\x85c\u3000 d  ')).toBe('a b c d');
    expect(foldWhitespace('a\ufeffb')).toBe('a\ufeffb');
  });
});

describe('scorePage', () => {
  const gold = (mainContent: string | null): PageGold => ({
    id: '0008',
    url: null,
    pageType: 'article',
    mainContent,
    title: 'Council closes the road',
    with: ['body'],
    without: [],
  });

  it('gives word and shingle figures only where the gold body is not null or empty', () => {
    expect(scorePage('body', gold('body')).word).toEqual({precision: 1, recall: 1, f1: 1});
    expect(scorePage('body', gold('')).word).toBeUndefined();
    expect(scorePage('body', gold(null)).shingle).toBeUndefined();
    expect(scorePage('body', gold(null)).snippets).toEqual({tp: 1, fn: 0, fp: 0, tn: 0});
  });

  it('scores the title a method names against the gold title, and none for a method that names no titles', () => {
    expect(scorePage('body', gold('body'), 'Council closes the road').title).toEqual({found: true, correct: true});
    expect(scorePage('body', gold('body'), 'Menu').title).toEqual({found: true, correct: false});
    expect(scorePage('body', gold('body'), null).title).toEqual({found: false, correct: false});
    expect(scorePage('body', gold('body')).title).toBeUndefined();
    expect(scorePage('body', {...gold('body'), title: null}, 'Menu').title).toBeUndefined();
  });
});

describe('sameTitle', () => {
  it('compares the words in order, case, punctuation and spacing aside', () => {
    expect(sameTitle('Top 10: Best Apps (tested)', 'top 10 best apps tested')).toBe(true);
    expect(sameTitle('Best apps', 'Best apps of 2025')).toBe(false);
    expect(sameTitle('apps best', 'best apps')).toBe(false);
    expect(sameTitle('', '')).toBe(false);
  });
});

describe('summarize titles', () => {
  const titled = (correct: boolean, found: boolean): PageScore => ({id: 'x', url: null, pageType: 'article', snippets: {tp: 0, fp: 0, fn: 0, tn: 0}, title: {found, correct}});

  it('gives the shares of pages with a gold title where the title was found, and where it was the gold one', () => {
    expect(summarize([titled(true, true), titled(false, true), titled(false, false), titled(false, false)]).title).toEqual({pages: 4, found: 0.5, correct: 0.25});
    expect(summarize([{id: 'y', url: null, pageType: '?', snippets: {tp: 0, fp: 0, fn: 0, tn: 0}}]).title).toBeNull();
  });
});

describe('summarize', () => {
  const pages: PageScore[] = [
    {
      id: '0001',
      url: null,
      pageType: 'article',
      word: {precision: 1, recall: 0.5, f1: 2 / 3},
      shingle: {precision: 1, recall: 0.5},
      snippets: {tp: 2, fp: 0, fn: 1, tn: 1},
    },
    {
      id: '0002',
      url: null,
      pageType: 'forum',
      word: {precision: 0.5, recall: 1, f1: 2 / 3},
      shingle: {precision: 0.5, recall: 0.5},
      snippets: {tp: 1, fp: 1, fn: 0, tn: 0},
    },
    {id: '0003', url: null, pageType: '?', snippets: {tp: 0, fp: 1, fn: 2, tn: 2}},
  ];
  const summary = summarize(pages);

  it('averages word figures over pages with a gold body, overall and by page type', () => {
    expect(summary.word.map((group) => [group.pageType, group.pages])).toEqual([
      [ALL_PAGES, 2],
      ['article', 1],
      ['forum', 1],
    ]);
    expect(summary.word[0]!.precision).toBeCloseTo(0.75, 12);
    expect(summary.word[0]!.recall).toBeCloseTo(0.75, 12);
    expect(summary.word[0]!.f1).toBeCloseTo(2 / 3, 12);
  });

  it('takes shingle F1 as the harmonic mean of averaged P and R, not the mean of per-page F1', () => {
    // mean P 0.75, mean R 0.5: F1 0.6 (the mean of per-page F1 would be 0.583).
    expect(summary.shingle!.pages).toBe(2);
    expect(summary.shingle!.precision).toBeCloseTo(0.75, 12);
    expect(summary.shingle!.recall).toBeCloseTo(0.5, 12);
    expect(summary.shingle!.f1).toBeCloseTo(0.6, 12);
  });

  it('pools snippets over all pages', () => {
    // tp 3, fp 2, fn 3, tn 3
    expect(summary.snippets!.snippets).toBe(11);
    expect(summary.snippets!.precision).toBeCloseTo(3 / 5, 12);
    expect(summary.snippets!.recall).toBeCloseTo(3 / 6, 12);
    expect(summary.snippets!.f1).toBeCloseTo(6 / 11, 12);
    expect(summary.snippets!.accuracy).toBeCloseTo(6 / 11, 12);
  });

  it('has no word or shingle figures where no page has a gold body', () => {
    const snippetsOnly = summarize([pages[2]!]);
    expect(snippetsOnly.word).toEqual([]);
    expect(snippetsOnly.shingle).toBeNull();
    expect(summarize([]).snippets).toBeNull();
  });
});

describe('worstPages', () => {
  const page = (id: string, f1?: number): PageScore => ({
    id,
    url: null,
    pageType: 'article',
    ...(f1 === undefined ? {} : {word: {precision: f1, recall: f1, f1}}),
    snippets: {tp: 0, fp: 0, fn: 0, tn: 0},
  });

  it('lists pages by rising word F1, ties in id order, skipping pages without gold body', () => {
    const pages = [page('0004', 0.9), page('0003', 0.2), page('0002'), page('0001', 0.2), page('0005', 0.5)];
    expect(worstPages(pages, 3).map((p) => p.id)).toEqual(['0001', '0003', '0005']);
    expect(worstPages(pages, 0)).toEqual([]);
  });
});
