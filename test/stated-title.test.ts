import {describe, expect, it} from 'vitest';
import {declutter, toText} from '../src/index.js';
import {statedTitles} from '../src/metadata/stated-titles.js';
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
});

describe('the title of an HTML page', () => {
  it('is the block that says the stated title, before a first <h1> that says something else', () => {
    const doc = declutter(page('<meta property="og:title" content="Council passes the budget">', '<h1>City News</h1><h2>Council passes the budget</h2>' + BODY));
    expect(doc.title).toBe('Council passes the budget');
    expect(doc.blocks.find((block) => block.label === 'title')?.reasons[0]).toBe('stated-title');
  });

  it('is the first <h1> where no block says a stated title', () => {
    const doc = declutter(page('<meta property="og:title" content="Something else entirely">', '<h1>Council passes the budget</h1>' + BODY));
    expect(doc.title).toBe('Council passes the budget');
  });

  it('is printed only as one of the page`s blocks, even where no block says a stated title and there is no <h1>', () => {
    const doc = declutter(page('<title>Council passes the budget | City News</title>', BODY));
    expect(doc.titleBlock === null || doc.blocks[doc.titleBlock]!.label === 'title').toBe(true);
    expect(toText(doc).startsWith('Council passes the budget')).toBe(false);
    expect(doc.metadata.title).toBe('Council passes the budget | City News');
  });
});
