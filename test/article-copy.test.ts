import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {readHtml} from '../src/read/html.js';
import {articleCopies} from '../src/structure/article-copy.js';
import {ARTICLE_COPY} from '../src/structure/page-structure.js';
import type {Verdict} from '../src/types.js';

const paragraphs = [
  'The city council voted on Tuesday to close the old bridge over the river for two years of repairs.',
  'Engineers found cracks in three of its supports last spring, and the council was told the work could not wait.',
  'Traffic will go by the new ring road, which the council says will add ten minutes to most trips into town.',
  'Shops near the bridge fear they will lose customers, and the council has promised them help with their rents.',
  'The bridge was opened in 1911 and carried trams until the line closed, half a century later, for want of riders.',
  'A public meeting about the closure will be held at the town hall next month, and everyone is welcome to attend.',
];
const article = `<h1>The old bridge closes</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
// Markdown's marks between the words, and a link's target among them in one paragraph.
const markdown = `# The old bridge closes\n\n${paragraphs
  .map((p, i) => (i === 1 ? p.replace('council', '[council](https://example.org/council)') : p.replace('council', '**council**')))
  .join('\n\n')}`;

const kept = (): Verdict => ({kept: true, label: 'body', score: 0.9, reasons: []});
const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
const indexes = (flags: Uint8Array) => [...flags.keys()].filter((i) => flags[i]);

/** The blocks of an HTML page, each kept, that `articleCopies` takes for a copy. */
function htmlCopies(html: string): {lines: string[]; copies: number[]} {
  const {lines, markup} = readHtml(html);
  return {lines, copies: indexes(articleCopies(lines.map(kept), lines, lines.map(describeText), markup))};
}

/** The blocks of a text, each kept, that `articleCopies` takes for a copy. */
const textCopies = (blocks: string[]) => indexes(articleCopies(blocks.map(kept), blocks, blocks.map(describeText)));

describe('a hidden copy of the article', () => {
  it('is the hidden block that holds several shown blocks nearly whole, in another markup', () => {
    const three = paragraphs.slice(0, 3).join('\n');
    for (const copy of [`<pre hidden>${markdown}</pre>`, `<div style="display: none"><textarea>${three}</textarea></div>`]) {
      const {lines, copies} = htmlCopies(`<body><article>${article}</article>${copy}</body>`);
      expect(copies).toEqual([lines.length - 1]);
    }
  });

  it('is not a hidden block that says one shown block again (a tab or an accordion laid out twice), nor one shown nowhere', () => {
    const tab = `<div aria-hidden="true"><p>${paragraphs[0]}</p></div>`;
    const panel = '<div hidden><p>Opening hours are nine to five on weekdays, and the office is closed on public holidays.</p></div>';
    expect(htmlCopies(`<body><article>${article}</article>${tab}${panel}</body>`).copies).toEqual([]);
  });

  it('is not a hidden block of which the shown blocks hold too little', () => {
    const more = 'Other towns along the river have closed bridges of the same age, and some of them have never opened again since.';
    const copy = `<pre hidden>${paragraphs.slice(0, 3).join(' ')} ${[1, 2, 3, 4, 5].map((n) => `${n} ${more}`).join(' ')}</pre>`;
    expect(htmlCopies(`<body><article>${article}</article>${copy}</body>`).copies).toEqual([]);
  });
});

describe('a copy of the article the page shows, or that text gives no sign of hiding', () => {
  it('is a long block that holds five or more of its paragraphs nearly whole', () => {
    const blocks = ['The old bridge closes', ...paragraphs, markdown.replaceAll('\n\n', ' ')];
    expect(textCopies(blocks)).toEqual([blocks.length - 1]);
  });

  it('is not a long block that holds fewer paragraphs, nor one that holds lines that are no paragraphs', () => {
    const summary = `In short: ${paragraphs.slice(0, 4).join(' ')}`;
    expect(textCopies(['The old bridge closes', ...paragraphs, summary])).toEqual([]);
    // A documentation page's last code example holds the snippets above it; the same block made of paragraphs is a copy.
    const snippets = [
      'const bridge = openBridge(river, {lanes: 2, trams: false, opened: 1911})',
      'bridge.close({from: tuesday, years: 2, reason: cracks, supports: 3})',
      'traffic.route(ringRoad, {extraMinutes: 10, signs: true, into: town})',
      'shops.help({rents: reduced, until: bridge.reopens(), customers: fewer})',
      'meeting.hold(townHall, {month: next, open: everyone, minutes: kept})',
      'trams.history({line: closed, riders: few, decade: 1960, cars: 12})',
      'river.level({gauge: bridge, metres: 3, season: spring, alarm: false})',
      'supports.inspect({cracks: found, engineers: 4, report: published})',
      'council.vote({members: 21, for: 15, against: 6, date: tuesday})',
      'roads.signs({detour: ringRoad, colour: yellow, count: 40})',
    ];
    const whole = (lines: string[]) => `${lines.join('\n')}\nexport default {bridge, traffic, shops, meeting, trams, and: the, rest: of, its: setup}`;
    // Long enough to be looked at as a copy, so that what tells it apart is what it holds.
    expect(describeText(whole(snippets)).words).toBeGreaterThanOrEqual(100);
    expect(textCopies([...snippets, whole(snippets)])).toEqual([]);
    expect(textCopies([...paragraphs, whole(paragraphs)])).toEqual([paragraphs.length]);
  });
});

describe('declutter() with a copy of its article', () => {
  it('prints the article once, the copy removed with its reason, from HTML and from text', () => {
    const html = declutter(`<html><body><article>${article}</article><pre hidden>${markdown}</pre></body></html>`);
    const page = ['Home', 'News', 'Sport', 'The old bridge closes', ...paragraphs, 'Share on Facebook', 'ADVERTISEMENT', markdown.replaceAll('\n\n', ' ')];
    const text = declutter(page.join('\n\n'), {format: 'text'});
    for (const doc of [html, text]) {
      const copy = doc.blocks.at(-1)!;
      expect(copy.kept).toBe(false);
      expect(copy.reasons[0]).toBe(ARTICLE_COPY);
      for (const paragraph of paragraphs) expect(doc.body.split(paragraph).length - 1).toBe(1);
    }
  });
});
