import {describe, expect, it} from 'vitest';
import {declutter, readHtml, toJson, toText} from '../src/index.js';
import {bodyParagraphs} from '../src/pipeline/body.js';
import type {ScoredBlock} from '../src/types.js';

const PROSE = [
  'Install the package from the registry, then check that the command runs on your machine as the guide expects.',
  'It works the same on every system we have tried so far, and on the ones our readers have told us about since.',
  'That is all there is to it: the rest of this guide explains each of the options in turn, with an example for each.',
];
const page = (body: string) => `<html><body><article><h1>Getting started</h1>${body}</article></body></html>`;
const kept = (...texts: (string | null)[]): ScoredBlock[] =>
  texts.map((text) => ({text: text ?? 'removed', kept: text !== null, label: text === null ? 'other' : 'body', score: 1, reasons: []}));

describe('lines an HTML page parts by a single <br>', () => {
  it('are read as lines of their own and noted as following the line before', () => {
    expect(readHtml('<p>a<br>b</p><p>c<br><br>d</p><p>e</p>').lineBreaks).toEqual([1]);
    expect(readHtml('<p>a<br><span>b</span> c<br/>\n d</p>').lineBreaks).toEqual([1, 2]);
    // A block element's start or end between the two lines parts them as paragraphs.
    expect(readHtml('<p>a<br></p><p>b</p><div>c<br><div>d</div></div>').lineBreaks).toBeUndefined();
    expect(readHtml('<p>No breaks here.</p>').lineBreaks).toBeUndefined();
  });

  it('are printed on the next line of one paragraph, a blank line before the next paragraph', () => {
    const doc = declutter(page(`<p>${PROSE[0]}<br>${PROSE[1]}</p><p>${PROSE[2]}</p>`));
    expect(doc.blocks.filter((block) => block.kept).map((block) => block.text)).toEqual(['Getting started', ...PROSE]);
    expect(toText(doc)).toBe(`Getting started\n\n${PROSE[0]}\n${PROSE[1]}\n\n${PROSE[2]}\n`);
    expect(JSON.parse(toJson(doc))).toEqual(doc);
    // Read again as text, the paragraph is one block of two lines, printed the same.
    expect(toText(declutter(toText(doc)))).toBe(toText(doc));
  });

  it('start a paragraph of their own where the line before is not printed, or is the title line', () => {
    expect(bodyParagraphs(kept('a', null, 'c', 'd'), null, undefined, [1, 2, 3])).toEqual(['a', 'c\nd']);
    expect(bodyParagraphs(kept('title', 'b', 'c'), 0, undefined, [1, 2])).toEqual(['b\nc']);
    expect(bodyParagraphs(kept('a', 'b'), null, undefined, [])).toEqual(['a', 'b']);
  });

  it('no longer follow a line a caption moved above its table has put before them', () => {
    const reading = readHtml('<p>a<br>b</p><table><tr><td>x<br>y</td></tr><caption>c</caption></table>');
    expect(reading.lines).toEqual(['a', 'b', 'c', 'x', 'y']);
    expect(reading.lineBreaks).toEqual([1, 4]);
  });
});
