import {describe, expect, it} from 'vitest';
import {declutter, toJson, toText} from '../src/index.js';
import {statedTitles, titleFromMarkup} from '../src/metadata/stated-titles.js';
import {readHtml} from '../src/read/html.js';

const BODY = '<p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6) + '</p>';
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('the titles a page states in its markup', () => {
  it('og:title, twitter:title, JSON-LD headline and <title>, each also as its longest part', () => {
    const head = readHtml(
      page(
        '<title>Budget passes | City News</title><meta property="og:title" content="Budget passes">' +
          '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Council passes budget"}]}</script>',
        BODY,
      ),
    ).head;
    expect(statedTitles(head)).toEqual(['Budget passes', 'Council passes budget', 'Budget passes | City News']);
  });

  it('the title from markup: og:title first, the site name taken off, else the longest part', () => {
    const head = (headHtml: string) => readHtml(page(headHtml, BODY)).head;
    expect(titleFromMarkup(head('<title>Budget passes for next year - City News</title>'))).toBe('Budget passes for next year');
    expect(titleFromMarkup(head('<meta property="og:title" content="City News | Budget passes"><meta property="og:site_name" content="City News">'))).toBe('Budget passes');
    expect(titleFromMarkup(head('<meta name="description" content="x">'))).toBeUndefined();
  });
});

describe('the title of an HTML page', () => {
  it('is the block that says the stated title, before a first <h1> that says something else', () => {
    const doc = declutter(page('<meta property="og:title" content="Council passes the budget">', '<h1>City News</h1><h2>Council passes the budget</h2>' + BODY));
    expect(doc.title).toBe('Council passes the budget');
    expect(doc.titleFrom).toBe('block');
    expect(doc.blocks.find((block) => block.label === 'title')?.reasons[0]).toBe('stated-title');
  });

  it('is the first <h1> where no block says a stated title', () => {
    const doc = declutter(page('<meta property="og:title" content="Something else entirely">', '<h1>Council passes the budget</h1>' + BODY));
    expect(doc.title).toBe('Council passes the budget');
    expect(doc.titleFrom).toBe('block');
  });

  it('is the title its markup states where no block could be taken for it, and json says so', () => {
    const doc = declutter(page('<title>Council passes the budget | City News</title>', BODY));
    expect(doc.title).toBe('Council passes the budget');
    expect(doc.titleFrom).toBe('markup');
    expect(doc.blocks.some((block) => block.label === 'title')).toBe(false);
    expect(toText(doc).startsWith('Council passes the budget\n\n')).toBe(true);
    expect(JSON.parse(toJson(doc))).toMatchObject({title: 'Council passes the budget', titleFrom: 'markup'});
  });

  it('a text document`s title is always one of its blocks', () => {
    const doc = declutter('Council passes the budget\n\n' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6));
    expect(doc.titleFrom === null || doc.blocks.some((block) => block.label === 'title' && block.text === doc.title)).toBe(true);
    expect(doc.titleFrom).not.toBe('markup');
  });
});
