import {describe, expect, it} from 'vitest';
import {extensionMatcher, parseExtensions} from '../src/cli/batch/extensions.js';
import {outputRelativePath, parseSiteKey, planJobs} from '../src/cli/batch/plan.js';
import type {InputFile} from '../src/cli/batch/walk.js';

const file = (relative: string): InputFile => ({path: `in/${relative}`, relative, size: 1, id: relative});

describe('outputRelativePath', () => {
  it('puts the output extension in place of the input one, and of .gz', () => {
    expect(outputRelativePath('a/b.html.gz', 'txt')).toBe('a/b.txt');
    expect(outputRelativePath('a/b.html.gz', 'json')).toBe('a/b.json');
    expect(outputRelativePath('a/b.txt', 'txt')).toBe('a/b.txt');
    expect(outputRelativePath('notes', 'txt')).toBe('notes.txt');
    expect(outputRelativePath('v1.2/page.md', 'txt')).toBe('v1.2/page.txt');
  });
});

describe('planJobs', () => {
  it('mirrors the tree under the output folder', () => {
    const jobs = planJobs([file('a/x.html'), file('y.txt.gz')], '/out', 'txt', parseSiteKey('folder'));
    expect(jobs.map((job) => job.output)).toEqual(['/out/a/x.txt', '/out/y.txt']);
    expect(jobs.map((job) => job.site)).toEqual(['a', '.']);
  });

  it('names every pair of inputs that would land on one output, before any work', () => {
    expect(() => planJobs([file('a.txt'), file('a.html'), file('b.md')], '/out', 'txt', parseSiteKey('folder'))).toThrow(
      /in\/a\.txt and in\/a\.html would both be written to \/out\/a\.txt/,
    );
  });
});

describe('parseSiteKey', () => {
  it('groups by folder, all together, or by a pattern', () => {
    expect(parseSiteKey('folder')('site/2024/page.txt')).toBe('site/2024');
    expect(parseSiteKey('all')('site/2024/page.txt')).toBe('');
    expect(parseSiteKey('^[^/]+')('site/2024/page.txt')).toBe('=site');
    expect(parseSiteKey('^(\\w+)-')('news-12.txt')).toBe('=news');
    expect(() => parseSiteKey('(')).toThrow(/regular expression/);
  });

  it('refuses an empty pattern, which matches every path and would make one site of the batch in silence', () => {
    expect(() => parseSiteKey('')).toThrow(/--site-key takes folder, all or a regular expression, not an empty one/);
  });
});

describe('extensions', () => {
  it('match the listed extensions, plain or gzipped, in any case', () => {
    const wanted = extensionMatcher(parseExtensions('txt,.HTML'));
    expect(['a.txt', 'a.TXT', 'b.html', 'b.html.gz'].every(wanted)).toBe(true);
    expect(['a.pdf', 'a.gz', 'txt', 'a.txt.bak'].some(wanted)).toBe(false);
  });

  it('refuse an empty list', () => {
    expect(() => parseExtensions(' , ')).toThrow(/--ext/);
  });
});
