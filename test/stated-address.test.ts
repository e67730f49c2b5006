import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {statedAddress} from '../src/metadata/stated-address.js';
import {defaultModel, loadModel} from '../src/pipeline/model.js';
import {readHtml} from '../src/read/html.js';
import {placeScorer} from './helpers/place-scorer.js';

const headOf = (head: string) => readHtml(`<html><head>${head}</head><body><p>Text.</p></body></html>`).head;
const ADDRESS = 'https://example.com/news/council-closes-the-road';

describe('statedAddress', () => {
  it('reads the canonical link, else og:url, and only an absolute web address', () => {
    expect(statedAddress(headOf(`<link rel="canonical" href="${ADDRESS}"><meta property="og:url" content="https://example.com/other">`))).toBe(ADDRESS);
    expect(statedAddress(headOf(`<link rel="canonical" href="/news/x"><meta property="og:url" content="${ADDRESS}">`))).toBe(ADDRESS);
    expect(statedAddress(headOf('<link rel="canonical" href="/news/council-closes-the-road">'))).toBeUndefined();
    expect(statedAddress(headOf('<link rel="canonical" href="ftp://example.com/news/council-closes-the-road">'))).toBeUndefined();
    expect(statedAddress(headOf(''))).toBeUndefined();
    expect(statedAddress(undefined)).toBeUndefined();
  });
});

describe('a page that states its address', () => {
  // An HTML scorer of the block's place alone: twelve paragraphs it is sure of, a "Related Stories" heading, three it
  // keeps in doubt, which end the article only on a page headed as an article is (here by its address's slug), then a
  // footer of links it is sure are junk (a page that shows no boilerplate is left whole).
  const defaults = structuredClone(defaultModel());
  const model = loadModel({...defaults, html: {...defaults.html!, ...placeScorer(3.8, -6)}});
  const paragraph = (i: number) =>
    `<p>The council met on Tuesday evening to vote on the new road through the old town centre, and after a long debate that ran past midnight it agreed, in hour ${i}, to close the road to cars for a year.</p>`;
  const page = (head: string) =>
    `<html><head>${head}</head><body><article>${Array.from({length: 12}, (_, i) => paragraph(i)).join('')}` +
    `<h2>Related Stories</h2>${[20, 21, 22].map(paragraph).join('')}</article>` +
    `<footer>${Array.from({length: 12}, (_, i) => `<p><a href="/${i}">Section ${i}</a></p>`).join('')}</footer></body></html>`;
  const tailKept = (html: string, url?: string) =>
    declutter(html, {model, threshold: 0.5, ...(url ? {url} : {})}).blocks.filter((b) => b.kept && / hour 2\d,/.test(b.text)).length;

  it('is read as if its address were given', () => {
    expect(tailKept(page(''))).toBe(3);
    expect(tailKept(page(''), ADDRESS)).toBe(0);
    expect(tailKept(page(`<link rel="canonical" href="${ADDRESS}">`))).toBe(0);
  });

  it('is headed as an article by its byline where it states no address', () => {
    expect(tailKept(page('').replace('<article>', '<article><p>By Jane Doe</p>'))).toBe(0);
  });

  it('yields to the address the caller gives', () => {
    expect(tailKept(page(`<link rel="canonical" href="${ADDRESS}">`), 'https://example.com/news/')).toBe(3);
  });
});
