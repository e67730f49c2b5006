import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {declaredArticle} from '../src/metadata/declared-article.js';
import {readHtml} from '../src/read/html.js';
import {applyPageStructure, DECLARED_ARTICLE, OUTSIDE_ARTICLE, PAGE_STRUCTURE} from '../src/structure/page-structure.js';
import type {Verdict} from '../src/types.js';

const headOf = (head: string) => readHtml(`<html><head>${head}</head><body><p>Text</p></body></html>`).head;
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('declaredArticle', () => {
  it('reads an article type of the JSON-LD main entity, before og:type', () => {
    expect(declaredArticle(headOf(jsonLd({'@type': 'NewsArticle', headline: 'A'}) + '<meta property="og:type" content="article">'))).toBe('jsonLd');
    expect(declaredArticle(headOf(jsonLd({'@graph': [{'@type': 'WebSite'}, {'@type': ['BlogPosting']}]})))).toBe('jsonLd');
    expect(declaredArticle(headOf(jsonLd({'@type': 'WebPage', mainEntity: {'@type': 'TechArticle'}})))).toBe('jsonLd');
  });

  it('falls back on og:type "article" where JSON-LD names no article as the main entity', () => {
    expect(declaredArticle(headOf('<meta property="og:type" content="Article ">'))).toBe('openGraph');
    expect(declaredArticle(headOf(jsonLd({'@type': 'Product', name: 'Cup'}) + '<meta property="og:type" content="article">'))).toBe('openGraph');
  });

  it('is undefined for a page that says it is something else, or nothing', () => {
    expect(declaredArticle(headOf(jsonLd({'@type': 'Product', name: 'Cup'}) + '<meta property="og:type" content="product">'))).toBeUndefined();
    expect(declaredArticle(headOf(jsonLd({'@type': 'CollectionPage'}) + '<meta property="og:type" content="website">'))).toBeUndefined();
    expect(declaredArticle(headOf('<script type="application/ld+json">{"@type": "Article",</script>'))).toBeUndefined();
    expect(declaredArticle(headOf(''))).toBeUndefined();
    expect(declaredArticle(undefined)).toBeUndefined();
  });
});

describe('the page-structure stage on a page that declares itself an article', () => {
  // The article's element holds two sure blocks; beside it a box of one likely block and two junk ones, which keep the
  // box out of the region, and leave the article's element under 0.9 but above 0.7 of the page's positive evidence.
  const html = '<body><article><p>a</p><p>b</p></article><div class="more"><p>c</p><p>d</p><p>e</p></div></body>';
  const scores = [0.95, 0.95, 0.85, 0.1, 0.1];
  const prose = 'The council met on Tuesday evening to vote on the new road through the old town centre.';
  const body = describeBlock(prose, stopwordsFor('eng'));
  const judged = (declared: 'jsonLd' | 'openGraph' | undefined) => {
    const {markup, tree} = readHtml(html);
    const verdicts: Verdict[] = scores.map((score) =>
      score >= 0.5 ? {kept: true, label: 'body', score, reasons: []} : {kept: false, label: 'other', score, reasons: ['low-score']},
    );
    applyPageStructure({verdicts, descriptions: scores.map(() => body), texts: scores.map(() => prose), markup, tree, threshold: 0.5, declared});
    return verdicts;
  };

  it('drops the likely block outside the article, and says that the declaration decided', () => {
    for (const declared of ['jsonLd', 'openGraph'] as const) {
      const verdicts = judged(declared);
      expect(verdicts.map((v) => v.kept)).toEqual([true, true, false, false, false]);
      expect(verdicts[2]!.reasons).toEqual([OUTSIDE_ARTICLE, DECLARED_ARTICLE]);
    }
  });

  it('keeps it on a page that does not declare itself, as a listing keeps its items spread over the page', () => {
    const verdicts = judged(undefined);
    expect(verdicts.map((v) => v.kept)).toEqual([true, true, true, false, false]);
    expect(verdicts[2]!.reasons).toEqual([]);
  });

  it('trusts a declared region only so far: under its own share the page keeps its spread-out body', () => {
    const verdicts = judged('jsonLd');
    expect(verdicts[2]!.kept).toBe(false);
    const strict = scores.map((score) => ({kept: score >= 0.5, label: 'body' as const, score, reasons: [] as string[]}));
    const {markup, tree} = readHtml(html);
    applyPageStructure({verdicts: strict, descriptions: scores.map(() => body), texts: scores.map(() => prose), markup, tree, threshold: 0.5, declared: 'jsonLd'}, {...PAGE_STRUCTURE, declaredDominance: 0.8});
    expect(strict[2]!.kept).toBe(true);
  });
});
