import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {readHtml} from '../src/read/html.js';
import {hiddenCopies} from '../src/structure/hidden-copy.js';
import {HIDDEN_COPY} from '../src/structure/page-structure.js';
import type {Verdict} from '../src/types.js';

const paragraphs = [
  'The city council voted on Tuesday to close the old bridge over the river for two years of repairs.',
  'Engineers found cracks in three of its supports last spring, and the council was told the work could not wait.',
  'Traffic will go by the new ring road, which the council says will add ten minutes to most trips into town.',
  'Shops near the bridge fear they will lose customers, and the council has promised them help with their rents.',
];
const article = `<h1>The old bridge closes</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;

const kept = (): Verdict => ({kept: true, label: 'body', score: 0.9, reasons: []});

/** The page's blocks as read, each kept, and which of them `hiddenCopies` takes for a copy. */
function copiesOf(html: string): {lines: string[]; copies: number[]} {
  const {lines, markup} = readHtml(html);
  const flags = hiddenCopies(lines.map(kept), lines, markup);
  return {lines, copies: lines.flatMap((_, i) => (flags[i] ? [i] : []))};
}

describe('a hidden copy of the article', () => {
  it('is the hidden block that holds several shown blocks nearly whole, in another markup', () => {
    // Markdown's marks between the words, and a link's target among them in one paragraph.
    const marked = paragraphs.map((p, i) => (i === 1 ? p.replace('council', '[council](https://example.org/council)') : p.replace('council', '**council**')));
    const markdown = `# The old bridge closes\n\n${marked.join('\n\n')}`;
    for (const copy of [`<pre hidden>${markdown}</pre>`, `<div style="display: none"><textarea>${paragraphs.join('\n')}</textarea></div>`]) {
      const {lines, copies} = copiesOf(`<body><article>${article}</article>${copy}</body>`);
      expect(copies).toEqual([lines.length - 1]);
    }
  });

  it('is not a hidden block that says one shown block again (a tab or an accordion laid out twice), nor one shown nowhere', () => {
    const tab = `<div aria-hidden="true"><p>${paragraphs[0]}</p></div>`;
    const panel = '<div hidden><p>Opening hours are nine to five on weekdays, and the office is closed on public holidays.</p></div>';
    expect(copiesOf(`<body><article>${article}</article>${tab}${panel}</body>`).copies).toEqual([]);
  });

  it('is not a shown block, however much of the article it repeats', () => {
    expect(copiesOf(`<body><article>${article}</article><div>${paragraphs.join(' ')}</div></body>`).copies).toEqual([]);
  });

  it('is not a hidden block of which the shown blocks hold too little', () => {
    const more = 'Other towns along the river have closed bridges of the same age, and some of them have never opened again since.';
    const copy = `<pre hidden>${paragraphs.slice(0, 3).join(' ')} ${[more, more, more, more, more].map((m, i) => `${i} ${m}`).join(' ')}</pre>`;
    expect(copiesOf(`<body><article>${article}</article>${copy}</body>`).copies).toEqual([]);
  });

  it('leaves the output of declutter() with the article once, the copy removed with its reason', () => {
    const markdown = `# The old bridge closes\n\n${paragraphs.join('\n\n')}`;
    const doc = declutter(`<html><body><article>${article}</article><pre hidden>${markdown}</pre></body></html>`);
    const copy = doc.blocks.at(-1)!;
    expect(copy.kept).toBe(false);
    expect(copy.reasons[0]).toBe(HIDDEN_COPY);
    for (const paragraph of paragraphs) expect(doc.body.split(paragraph).length - 1).toBe(1);
  });
});
