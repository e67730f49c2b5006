import {describe, expect, it} from 'vitest';
import {summarize, type PageScore} from '../src/eval/aggregate.js';
import {formatReport} from '../src/eval/report.js';
import type {EvalResult} from '../src/eval/run.js';

const page = (id: string, f1: number | undefined, tp: number, fp: number): PageScore => ({
  id,
  url: `https://example.com/${id}`,
  pageType: f1 === undefined ? '?' : 'article',
  ...(f1 === undefined ? {} : {word: {precision: f1, recall: f1, f1}, shingle: {precision: f1, recall: f1}}),
  snippets: {tp, fp, fn: 0, tn: 0},
});

const result: EvalResult = {
  split: 'val',
  scored: 'body',
  model: 'bundled',
  favor: 'balanced',
  threshold: null,
  url: true,
  results: [
    {
      corpus: 'gold-corpus',
      rendering: 'paras',
      pages: 2,
      methods: [
        {method: 'declutter', summary: summarize([page('0008', 0.5, 1, 1), page('0009', 1, 1, 0)]), worst: [page('0008', 0.5, 1, 1)]},
        {method: 'keep everything', summary: summarize([page('0008', 0.25, 1, 1), page('0009', 0.75, 1, 1)]), worst: []},
      ],
    },
    {
      corpus: 'snippet-corpus',
      rendering: 'paras',
      pages: 1,
      methods: [{method: 'declutter', summary: summarize([page('0018', undefined, 3, 1)]), worst: []}],
    },
  ],
};

describe('formatReport', () => {
  const markdown = formatReport(result, 'markdown', {types: true});

  it('says what of declutter\'s output was scored', () => {
    expect(markdown).toContain('declutter scored on its body alone (--no-title)');
  });

  it('writes a markdown table of word, article, shingle and snippet figures per method', () => {
    expect(markdown).toContain('### gold-corpus / paras (2 pages)');
    expect(markdown).toContain(
      '| method | word, all pages P | word, all pages R | word, all pages F1 | word, articles P | word, articles R | word, articles F1 | shingle P | shingle R | shingle F1 | snippet P | snippet R | snippet F |',
    );
    // declutter: word 0.75 on average; snippets tp 2 fp 1: P 2/3, R 1, F 0.8.
    expect(markdown).toContain('| declutter | 0.750 | 0.750 | 0.750 | 0.750 | 0.750 | 0.750 | 0.750 | 0.750 | 0.750 | 0.667 | 1.000 | 0.800 |');
    expect(markdown).toContain('| keep everything | 0.500 | 0.500 | 0.500 |');
  });

  it('lists word F1 by page type and the worst pages', () => {
    expect(markdown).toContain('| method | word F1 by page type all (2) | word F1 by page type article (2) |');
    expect(markdown).toContain('| 0008 | article | 0.500 | 0.500 | 0.500 | https://example.com/0008 |');
  });

  it('writes what the corpus says (ids, URLs, page types) as itself: a | escaped in Markdown, control characters made visible', () => {
    const odd = {...page('0007', 0.5, 1, 1), url: 'https://example.com/a_b*c*`d`|e', pageType: 'art\u001b[31micle'};
    const oddResult = {...result, results: [{...result.results[0]!, methods: [{...result.results[0]!.methods[0]!, worst: [odd]}]}]};
    expect(formatReport(oddResult, 'markdown', {types: false})).toContain(
      '| 0007 | art\\u001b[31micle | 0.500 | 0.500 | 0.500 | https://example.com/a_b*c*`d`\\|e |',
    );
    expect(formatReport(oddResult, 'table', {types: false})).not.toContain('\u001b');
  });

  it('gives only snippet figures for a corpus without gold bodies', () => {
    const section = markdown.slice(markdown.indexOf('### snippet-corpus'));
    expect(section).toContain('| method | snippet P | snippet R | snippet F |');
    expect(section).toContain('| declutter | 0.750 | 1.000 | 0.857 |');
  });

  it('leaves out snippet columns where the gold has no snippets', () => {
    const bodyOnly: EvalResult = {
      ...result,
      results: [{...result.results[0]!, methods: [{method: 'declutter', summary: summarize([page('0008', 0.5, 0, 0)]), worst: []}]}],
    };
    const markdown = formatReport(bodyOnly, 'markdown', {types: false});
    expect(markdown).toContain('| shingle F1 |\n');
    expect(markdown).not.toContain('snippet');
  });

  it('aligns the table format in columns under group labels', () => {
    const table = formatReport(result, 'table', {types: false});
    const lines = table.split('\n');
    const header = lines.findIndex((line) => line.startsWith('method'));
    expect(lines[header - 1]).toMatch(/^ +word, all pages +word, articles +shingle +snippet$/);
    expect(lines[header + 1]).toMatch(/^declutter +0\.750 +0\.750/);
    expect(lines[header]!.length).toBe(lines[header + 1]!.length);
  });

  it('writes the whole result as JSON', () => {
    expect(JSON.parse(formatReport(result, 'json', {types: false}))).toEqual(result);
  });
});

describe('the tables by page type', () => {
  const scored = (id: string, pageType: string, precision: number, recall: number): PageScore => ({
    id,
    url: `https://example.com/${id}`,
    pageType,
    word: {precision, recall, f1: (2 * precision * recall) / (precision + recall)},
    shingle: {precision, recall},
    snippets: {tp: 0, fp: 0, fn: 0, tn: 0},
  });
  const typed: EvalResult = {
    ...result,
    results: [
      {
        ...result.results[0]!,
        methods: [
          {method: 'declutter', summary: summarize([scored('0008', 'article', 0.8, 1), scored('0018', 'forum', 1, 0.5)]), worst: []},
          {method: 'keep everything', summary: summarize([scored('0008', 'article', 0.5, 1), scored('0018', 'forum', 0.4, 1)]), worst: []},
        ],
      },
    ],
  };

  it("give every method's word F1, then declutter's precision and recall beside it", () => {
    const markdown = formatReport(typed, 'markdown', {types: true});
    expect(markdown).toContain('| method | word F1 by page type all (2) | word F1 by page type article (1) | word F1 by page type forum (1) |');
    expect(markdown).toContain('| page type (pages) | declutter, word P | declutter, word R | declutter, word F1 |');
    // Means over pages: P (0.8 + 1) / 2, R (1 + 0.5) / 2, F1 (0.889 + 0.667) / 2.
    expect(markdown).toContain('| all (2) | 0.900 | 0.750 | 0.778 |');
    expect(markdown).toContain('| article (1) | 0.800 | 1.000 | 0.889 |');
    expect(markdown).toContain('| forum (1) | 1.000 | 0.500 | 0.667 |');
    // The second table is declutter's alone: keep everything's forum precision (0.400) is not in it.
    const declutterTable = markdown.slice(markdown.indexOf('| page type (pages)'));
    expect(declutterTable).not.toContain('keep everything');
    expect(declutterTable).not.toContain('0.400');
  });

  it('are left out without --types, and where no page has a gold body', () => {
    expect(formatReport(typed, 'table', {types: false})).not.toContain('page type');
    const snippetsOnly = formatReport({...result, results: [result.results[1]!]}, 'table', {types: true});
    expect(snippetsOnly).not.toContain('page type');
  });
});

describe('the title columns', () => {
  it('show how often declutter named the gold title, and a dash for methods that name none', () => {
    const titled = {...page('0008', 0.5, 1, 1), title: {found: true, correct: true}};
    const untitled = {...page('0009', 0.5, 1, 1), title: {found: false, correct: false}};
    const withTitles: EvalResult = {
      ...result,
      results: [
        {
          ...result.results[0]!,
          methods: [
            {method: 'declutter', summary: summarize([titled, untitled]), worst: []},
            {method: 'keep everything', summary: summarize([page('0008', 0.5, 1, 1)]), worst: []},
          ],
        },
      ],
    };
    const table = formatReport(withTitles, 'table', {types: false});
    expect(table).toMatch(/title\n/);
    expect(table).toMatch(/same\s+found\n/);
    expect(table).toMatch(/declutter\s.*\s0\.500\s+0\.500\n/);
    expect(table).toMatch(/keep everything\s.*\s-\s+-\n/);
    expect(formatReport(result, 'table', {types: false})).not.toContain('found');
  });
});
