import {describe, expect, it} from 'vitest';
import {declutter, toText} from '../src/index.js';
import {statedTitles} from '../src/metadata/stated-titles.js';
import {readHtml} from '../src/read/html.js';

const BODY = '<p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6) + '</p>';
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('the titles a page states in its markup', () => {
  it('og:title, twitter:title, JSON-LD headline and <title>, each whole and as each of its parts', () => {
    const head = readHtml(
      page(
        '<title>Budget passes | City News</title><meta property="og:title" content="Budget passes">' +
          '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Council passes budget"}]}</script>',
        BODY,
      ),
    ).head;
    expect(statedTitles(head)).toEqual([
      {text: 'Budget passes', part: 0},
      {text: 'Council passes budget', part: 0},
      {text: 'Budget passes | City News', part: 0},
      {text: 'City News', part: 3},
    ]);
  });

  it('leaves out the parts that name the site, and takes them off the whole title', () => {
    const head = readHtml(page('<title>Budget passes | Vote tonight | City News</title><meta property="og:site_name" content="City News">', BODY)).head;
    expect(statedTitles(head, {siteNames: ['City News'], hostNames: []})).toEqual([
      {text: 'Budget passes | Vote tonight | City News', part: 0},
      {text: 'Budget passes | Vote tonight', part: 0},
      {text: 'Budget passes', part: 1},
      // The site's name taken off the end, the part left last is a middle one.
      {text: 'Vote tonight', part: 2},
    ]);
  });

  it('keeps the last part last where the site\'s name is taken off the start only', () => {
    const head = readHtml(page('<title>City News | Budget passes | Money</title>', BODY)).head;
    expect(statedTitles(head, {siteNames: ['City News'], hostNames: []})).toEqual([
      {text: 'City News | Budget passes | Money', part: 0},
      {text: 'Budget passes | Money', part: 0},
      {text: 'Budget passes', part: 1},
      {text: 'Money', part: 3},
    ]);
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
    // The head's lone title, the site's name beside its headline, names the page; no block is taken for it.
    expect(doc.title).toBe('Council passes the budget');
    expect(doc.titleBlock).toBeNull();
    expect(doc.blocks.some((block) => block.label === 'title')).toBe(false);
    expect(toText(doc).startsWith('Council passes the budget')).toBe(false);
    expect(doc.metadata.title).toBe('Council passes the budget');
    // A lone title of one part agrees with no other source: no title is chosen.
    const alone = declutter(page('<title>Council passes the budget</title>', BODY));
    expect(alone.title).toBeNull();
    expect(alone.metadata.title).toBe('Council passes the budget');
  });

  it('is the block that says the first part of the page title, where the <h1> says its last (a site or book name)', () => {
    const doc = declutter(
      page(
        '<title>What is a budget? - The Civic Handbook of Plain Words</title>',
        '<h1>The Civic Handbook of Plain Words</h1><h2>What is a budget?</h2>' + BODY,
      ),
    );
    expect(doc.title).toBe('What is a budget?');
    expect(doc.blocks.find((block) => block.text === 'What is a budget?')?.reasons[0]).toBe('stated-title');
  });

  it('is the block that says the first part after the site\'s name, where the <h1> says the section after it', () => {
    const doc = declutter(
      page('<title>City News | Budget passes | Money</title><meta property="og:site_name" content="City News">', '<h1>Money</h1><h2>Budget passes</h2>' + BODY),
    );
    expect(doc.title).toBe('Budget passes');
  });

  it('is the <h1> that says the first part of the page title, not a line above it that says the later part', () => {
    const doc = declutter(
      page('<title>Quickstart — Civic Docs (2.1)</title>', '<p><a href="/">Civic Docs (2.1)</a></p><h1>Quickstart</h1>' + BODY),
    );
    expect(doc.title).toBe('Quickstart');
  });

  it('is never a line that only names the site, which the page title carries as a part', () => {
    const doc = declutter(
      page(
        '<title>Budget passes | City News Online Edition</title><meta property="og:site_name" content="City News Online Edition">',
        '<p>City News Online Edition</p><h1>Budget passes</h1>' + BODY,
      ),
    );
    expect(doc.title).toBe('Budget passes');
  });

  it('is the <h1> that says the first part of the page title, not a line that says a site’s name og:title states alone', () => {
    const doc = declutter(
      page(
        '<title>Budget passes for the city | City News</title><meta property="og:title" content="City News">',
        '<p>City News</p><h1>Budget passes for the city</h1>' + BODY,
      ),
    );
    expect(doc.title).toBe('Budget passes for the city');
    expect(doc.blocks.find((block) => block.text === 'Budget passes for the city')?.label).toBe('title');
  });
});
