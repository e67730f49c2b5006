import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeBytes, looksLikeHtml} from '../src/index.js';

// A sample of scripts/sniff-corpora.mjs, which reads every page: every 20th page of each shared corpus, as fetched
// (HTML) and in each text rendering (text).
const ROOT = ['../../shared/corpus/', '../../../shared/corpus/'].map((up) => new URL(up, import.meta.url).pathname).find((path) => existsSync(path));
const EVERY = 20;

const sample = (folder: string, suffix: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .filter((_, i) => i % EVERY === 0)
    .map((name) => join(folder, name));

describe.skipIf(ROOT === undefined)('auto on a sample of the shared corpora', () => {
  const corpora = ROOT ? readdirSync(ROOT, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];

  it('reads every sampled page as fetched as HTML', () => {
    const pages = corpora.flatMap((corpus) => sample(join(ROOT!, corpus, 'html'), '.html.gz'));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((path) => !looksLikeHtml(decodeBytes(readFileSync(path)).text))).toEqual([]);
  });

  it('reads every sampled text rendering as text', () => {
    const texts = corpora.flatMap((corpus) => readdirSync(join(ROOT!, corpus, 'text')).flatMap((rendering) => sample(join(ROOT!, corpus, 'text', rendering), '.txt')));
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter((path) => looksLikeHtml(decodeBytes(readFileSync(path)).text))).toEqual([]);
  });
});
