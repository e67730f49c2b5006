import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {readHtml} from '../src/read/html.js';
import {ARTICLE_COPY, articleCopies} from '../src/structure/article-copy.js';
import type {Verdict} from '../src/types.js';

/** A paragraph of `words` words that no other paragraph shares a run of five words with, ending a sentence. */
const paragraph = (n: number, words = 18) => `${Array.from({length: words}, (_, i) => `w${n}x${i}`).join(' ')}.`;
const paragraphs = (from: number, count: number, words?: number) => Array.from({length: count}, (_, i) => paragraph(from + i, words));

const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
const verdict = (kept: boolean): Verdict => (kept ? {kept, label: 'body', score: 0.9, reasons: []} : {kept, label: 'other', score: 0.1, reasons: []});
const flagged = (flags: Uint8Array) => [...flags.keys()].filter((i) => flags[i]);

/** The blocks of a text that `articleCopies` takes for copies, every block kept but those `dropped` names. */
function textCopies(blocks: string[], dropped: number[] = []): number[] {
  const verdicts = blocks.map((_, i) => verdict(!dropped.includes(i)));
  return flagged(articleCopies(verdicts, blocks, blocks.map(describeText)));
}

/** The blocks of an HTML page, each kept, that `articleCopies` takes for copies. */
function htmlCopies(html: string): {lines: string[]; copies: number[]} {
  const {lines, markup} = readHtml(html);
  return {lines, copies: flagged(articleCopies(lines.map(() => verdict(true)), lines, lines.map(describeText), markup))};
}

const shown = (texts: string[]) => texts.map((p) => `<p>${p}</p>`).join('');

describe('a hidden copy of the article', () => {
  it('holds three or more shown blocks nearly whole, in another markup: marks and link targets between their words', () => {
    const [first, second, third] = paragraphs(0, 3);
    const marked = [`**${first}**`, second!.replace('w1x3', '[w1x3](https://example.org/w1x3 "a title")'), `_${third}_`].join('\n\n');
    for (const copy of [`<pre hidden>${marked}</pre>`, `<div style="display: none"><textarea>${marked}</textarea></div>`]) {
      const {lines, copies} = htmlCopies(`<body><article>${shown(paragraphs(0, 3))}</article>${copy}</body>`);
      expect(copies).toEqual([lines.length - 1]);
    }
  });

  it('is not a hidden block that holds two shown blocks (a tab or an accordion laid out twice), nor one shown nowhere', () => {
    expect(htmlCopies(`<body>${shown(paragraphs(0, 3))}<div hidden>${paragraphs(0, 2).join(' ')}</div></body>`).copies).toEqual([]);
    expect(htmlCopies(`<body>${shown(paragraphs(0, 3))}<div aria-hidden="true"><p>${paragraph(9)}</p></div></body>`).copies).toEqual([]);
  });

  it('is not a hidden block that says a tenth more than the blocks it holds: that part is printed nowhere else', () => {
    const copy = (extraWords: number) => `<pre hidden>${paragraphs(0, 3).join(' ')} ${paragraph(9, extraWords)}</pre>`;
    expect(htmlCopies(`<body>${shown(paragraphs(0, 3))}${copy(3)}</body>`).copies).toHaveLength(1);
    expect(htmlCopies(`<body>${shown(paragraphs(0, 3))}${copy(8)}</body>`).copies).toEqual([]);
  });

  it('holds a block only where nearly all of it is inside, and only blocks that are shown', () => {
    // The first two thirds of each paragraph: none of them is held.
    const parts = paragraphs(0, 3).map((p) => p.split(' ').slice(0, 12).join(' '));
    expect(htmlCopies(`<body>${shown(paragraphs(0, 3))}<pre hidden>${parts.join(' ')}</pre></body>`).copies).toEqual([]);
    // Three hidden blocks do not vouch for a fourth.
    const hidden = paragraphs(0, 3).map((p) => `<div hidden><p>${p}</p></div>`).join('');
    expect(htmlCopies(`<body><p>${paragraph(9)}</p>${hidden}<pre hidden>${paragraphs(0, 3).join(' ')}</pre></body>`).copies).toEqual([]);
  });

  it('is weighed by its characters, so that a translation written without spaces beside it is not lost', () => {
    const chinese = '市议会周二投票决定关闭这座老桥进行为期两年的维修，工程师去年春天在三个桥墩中发现了裂缝。';
    const copy = `<div style="display: none"><textarea>${paragraphs(0, 3).join('\n')}\n${chinese}</textarea></div>`;
    expect(htmlCopies(`<body>${shown(paragraphs(0, 3))}${copy}</body>`).copies).toEqual([]);
  });
});

describe('a copy of the article in text, or shown on the page', () => {
  const article = paragraphs(0, 6);

  it('is a long kept block that holds five or more kept paragraphs nearly whole', () => {
    const five = paragraphs(0, 5, 21);
    expect(textCopies([...five, five.join(' ')])).toEqual([5]);
    const four = paragraphs(0, 4, 26);
    expect(textCopies([...four, four.join(' ')])).toEqual([]);
  });

  it('holds paragraphs: blocks that end a sentence, of ten words or more', () => {
    const lines = article.map((p) => p.slice(0, -1));
    expect(textCopies([...lines, lines.join(' ')])).toEqual([]);
    const sentences = paragraphs(0, 20, 9);
    expect(textCopies([...sentences, sentences.join(' ')])).toEqual([]);
  });

  it('is long: a hundred words or more, and long beside the rest of what is kept', () => {
    const short = paragraphs(0, 6, 15);
    expect(textCopies([...short, short.join(' ')])).toEqual([]);
    const others = paragraphs(10, 40);
    expect(textCopies([...article, ...others, article.join(' ')])).toEqual([]);
    expect(textCopies([...article, ...others.slice(0, 10), article.join(' ')])).toEqual([article.length + 10]);
  });

  it('is kept: a dropped block is no copy to drop, nor does a dropped block count as held', () => {
    expect(textCopies([...article, article.join(' ')], [6])).toEqual([]);
    expect(textCopies([...article, article.join(' ')], [0, 1])).toEqual([]);
  });

  it('of two copies, neither vouches for the other', () => {
    const whole = article.join(' ');
    expect(textCopies([whole, ...article.slice(0, 4), whole])).toEqual([]);
  });
});

describe('declutter() with a copy of its article', () => {
  const title = 'The old bridge closes';
  const prose = [
    'The city council voted on Tuesday to close the old bridge over the river for two years of repairs.',
    'Engineers found cracks in three of its supports last spring, and the council was told the work could not wait.',
    'Traffic will go by the new ring road, which the council says will add ten minutes to most trips into town.',
    'Shops near the bridge fear they will lose customers, and the council has promised them help with their rents.',
    'The bridge was opened in 1911 and carried trams until the line closed, half a century later, for want of riders.',
    'A public meeting about the closure will be held at the town hall next month, and everyone is welcome to attend.',
  ];
  const markdown = `# ${title}\n\n${prose.map((p, i) => (i === 1 ? p.replace('council', '[council](https://example.org/council)') : p)).join('\n\n')}`;

  it('prints the article once, the copy removed with its reason, from HTML, from text and from a clean text', () => {
    const html = declutter(`<html><body><article><h1>${title}</h1>${shown(prose)}</article><pre hidden>${markdown}</pre></body></html>`);
    const page = ['Home', 'News', 'Sport', title, ...prose, 'Share on Facebook', 'ADVERTISEMENT', markdown.replaceAll('\n\n', ' ')];
    const text = declutter(page.join('\n\n'), {format: 'text'});
    const clean = declutter([title, ...prose, markdown.replaceAll('\n\n', ' ')].join('\n\n'), {format: 'text'});
    for (const doc of [html, text, clean]) {
      const copy = doc.blocks.at(-1)!;
      expect(copy.kept).toBe(false);
      expect(copy.reasons[0]).toBe(ARTICLE_COPY);
      for (const p of prose) expect(doc.body.split(p).length - 1).toBe(1);
    }
  });
});
