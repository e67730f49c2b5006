import {describe, expect, it} from 'vitest';
import {DEFAULT_EXTENSIONS, defaultExtensions, extensionMatcher, parseExtensions} from '../src/cli/batch/extensions.js';
import {outputRelativePath, parseSiteKey, planJobs} from '../src/cli/batch/plan.js';
import type {InputFile} from '../src/cli/batch/walk.js';
import {formatByName} from '../src/cli/stream/input-format.js';

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

  it('names the first ten clashes and counts the rest, so that the hint is not buried', () => {
    const pages = Array.from({length: 25}, (_, i) => [file(`p${i}.txt`), file(`p${i}.html`)]).flat();
    let message = '';
    try {
      planJobs(pages, '/out', 'txt', parseSiteKey('folder'), true);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^inputs collide on one output path \(rename one, pick one kind of file with --ext, or clean them in separate runs\):/);
    expect(message.match(/would both be written to/g)).toHaveLength(10);
    expect(message).toContain('in/p9.txt and in/p9.html would both be written to /out/p9.txt');
    expect(message).not.toContain('p10.txt');
    expect(message.endsWith('\n  and 15 more such outputs')).toBe(true);
    // Inputs named one by one: --ext, which picks the files of folders, is no remedy; one more is said as one.
    expect(() => planJobs(pages.slice(0, 22), '/out', 'txt', parseSiteKey('folder'))).toThrow(
      /^inputs collide on one output path \(rename one, or clean them in separate runs\):[^]*\n {2}and 1 more such output$/,
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

  it('are by default the files of the record stream --input-format names, each also gzipped, else the documents', () => {
    const jsonl = extensionMatcher(defaultExtensions('jsonl'));
    expect(['a.jsonl', 'a.jsonl.gz', 'a.ndjson', 'a.NDJSON.gz'].every(jsonl)).toBe(true);
    expect(['a.txt', 'a.warc.gz', 'a.json'].some(jsonl)).toBe(false);
    for (const format of ['warc', 'wet'] as const) {
      const warc = extensionMatcher(defaultExtensions(format));
      expect(['a.warc', 'a.warc.gz', 'a.wet', 'a.wet.gz', 'CC-MAIN-1.warc.wet.gz'].every(warc)).toBe(true);
      expect(['a.txt', 'a.jsonl', 'a.warc.txt'].some(warc)).toBe(false);
      // Every name picked is one the reader of that stream is chosen for by name too.
      for (const ext of defaultExtensions(format)) expect(['warc', 'wet']).toContain(formatByName(`a.${ext}.gz`));
    }
    for (const ext of defaultExtensions('jsonl')) expect(formatByName(`a.${ext}.gz`)).toBe('jsonl');
    for (const format of ['auto', 'text', 'html', 'markdown'] as const) expect(defaultExtensions(format)).toEqual(DEFAULT_EXTENSIONS);
  });
});
