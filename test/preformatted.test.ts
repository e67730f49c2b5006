import {describe, expect, it} from 'vitest';
import {declutter, readHtml, splitBlocks, toJson, toText} from '../src/index.js';
import {textPieces} from '../src/write/text.js';
import {bodyParagraphs} from '../src/pipeline/body.js';
import {dedentLines} from '../src/text/dedent.js';

const PROSE = [
  'Install the package from the registry, then check that the command runs on your machine as the guide expects.',
  'That is all there is to it: the rest of this guide explains each of the options in turn, with an example for each.',
];
const page = (code: string) => `<html><body><article><h1>Getting started</h1><p>${PROSE[0]}</p>${code}<p>${PROSE[1]}</p></article></body></html>`;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('dedentLines', () => {
  it('removes the indentation all lines share and trailing white space, and empties blank lines', () => {
    expect(dedentLines(['    if (x) {', '      y();  ', '', '    }'])).toEqual(['if (x) {', '  y();', '', '}']);
    expect(dedentLines(['\tone', '\t\ttwo', '  three'])).toEqual(['\tone', '\t\ttwo', '  three']);
    expect(dedentLines(['   ', ''])).toEqual(['', '']);
  });
});

describe('a <pre> in the text format', () => {
  it('is printed with its line breaks and indentation, its words those of its block', () => {
    const code = '<pre><code>npm install declutter\nnpx declutter page.txt &gt; clean.txt\n  --quiet\n</code></pre>';
    const doc = declutter(page(code));
    const block = doc.blocks.findIndex((b) => b.text.startsWith('npm install'));
    expect(doc.blocks[block]!.kept).toBe(true);
    expect(doc.blocks[block]!.text).toBe('npm install declutter npx declutter page.txt > clean.txt --quiet');
    expect(doc.preformatted).toEqual([{block, text: 'npm install declutter\nnpx declutter page.txt > clean.txt\n  --quiet', pre: expect.any(Number)}]);
    expect(toText(doc)).toBe(`Getting started\n\n${PROSE[0]}\n\nnpm install declutter\nnpx declutter page.txt > clean.txt\n  --quiet\n\n${PROSE[1]}\n`);
    expect(words(doc.body)).toEqual(words(doc.blocks.filter((b, i) => b.kept && i !== doc.titleBlock).map((b) => b.text).join(' ')));
  });

  it('prints a <pre> whose lines are elements of their own as one paragraph, its blank lines and shared indentation left out', () => {
    const lines = ['  def area(r):', '', '      return 3.14 * r * r', '  print(area(2))'];
    const code = `<pre class="highlight">${lines.map((line) => `<div class="line">${line.replace(/ /g, '&#32;')}</div>`).join('')}</pre>`;
    const doc = declutter(page(code));
    expect(toText(doc)).toContain(`${PROSE[0]}\n\ndef area(r):\n    return 3.14 * r * r\nprint(area(2))\n\n${PROSE[1]}`);
    // Two <pre> elements side by side stay two paragraphs.
    const two = declutter(page('<pre>first = 1</pre><pre>second = 2</pre>'));
    expect(toText(two)).toContain('\n\nfirst = 1\n\nsecond = 2\n\n');
  });

  it('is read again as the same paragraph: the text format cleaned again prints it the same', () => {
    const code = '<pre>function area(r) {\n\n    return Math.PI * r * r;\n}\n</pre>';
    const once = toText(declutter(page(code)));
    expect(once).toContain('function area(r) {\n    return Math.PI * r * r;\n}');
    expect(splitBlocks(once).preformatted?.map((laidOut) => laidOut.text)).toEqual(['function area(r) {\n    return Math.PI * r * r;\n}']);
    expect(toText(declutter(once))).toBe(once);
  });

  it('is printed the same in pieces, and in json, whose document parses back to the one cleaned', () => {
    const doc = declutter(page('<pre>a = 1\n    b = 2</pre>'));
    expect([...textPieces(doc, 3)].join('')).toBe(toText(doc));
    expect(doc.body).toContain('a = 1\n    b = 2');
    expect(JSON.parse(toJson(doc))).toEqual(doc);
  });

  it('keeps its entry beside its line when a caption is read above its table', () => {
    const html = '<table><tr><td><pre>x = 1\ny = 2</pre></td></tr><caption>Listing 1</caption></table><p>After</p>';
    const reading = readHtml(html);
    expect(reading.lines).toEqual(['Listing 1', 'x = 1 y = 2', 'After']);
    expect(reading.preformatted).toEqual([{block: 1, text: 'x = 1\ny = 2', pre: expect.any(Number)}]);
  });

  it('as text, with its lines indented differently, is printed with that indentation, scored as before on its trimmed lines', () => {
    const text = `Getting started\n\n${PROSE[0]}\n\n    def area(r):\n        return 3.14 * r * r\n    print(area(2))\n\n${PROSE[1]}\n`;
    const doc = declutter(text);
    const block = doc.blocks.findIndex((b) => b.text.startsWith('def area'));
    expect(doc.blocks[block]!.text).toBe('def area(r):\nreturn 3.14 * r * r\nprint(area(2))');
    expect(doc.preformatted).toEqual([{block, text: 'def area(r):\n    return 3.14 * r * r\nprint(area(2))'}]);
    const once = toText(doc);
    expect(once).toContain(`${PROSE[0]}\n\ndef area(r):\n    return 3.14 * r * r\nprint(area(2))\n\n${PROSE[1]}`);
    expect(toText(declutter(once))).toBe(once);
  });

  it('is read whole where the page nests it past the reader’s depth bound, and in \r\n lines as in \n', () => {
    const lines = ['if (x) {', '  y();', '}'];
    const deep = (inner: string) => `${'<div>'.repeat(520)}<pre>${inner}</pre>${'</div>'.repeat(520)}`;
    const doc = declutter(page(deep(lines.map((line) => `<div>${line.replace(/ /g, '&#32;')}</div>`).join(''))));
    expect(toText(doc)).toContain(`\n\n${lines.join('\n')}\n\n`);
    expect(readHtml('<pre>a = 1\r\n  b = 2\r\n</pre>').preformatted?.[0]?.text).toBe('a = 1\n  b = 2');
  });

  it('prints a <pre> of more lines than a call takes arguments', () => {
    const many = Array.from({length: 200_000}, (_, i) => `line ${i}`).join('\n');
    const blocks = [0, 1].map((i) => ({text: i ? 'second' : 'first', kept: true, label: 'body' as const, score: 1, reasons: []}));
    const printed = bodyParagraphs(blocks, null, [{block: 0, text: 'first', pre: 7}, {block: 1, text: many, pre: 7}]);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.split('\n')).toHaveLength(200_001);
  });

  it('is not recorded for a page without one', () => {
    expect(readHtml('<p>No code here.</p>').preformatted).toBeUndefined();
    expect(declutter(page('')).preformatted).toBeUndefined();
  });
});
