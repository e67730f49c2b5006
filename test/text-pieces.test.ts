import {readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {textPieces, toText} from '../src/write/text.js';

const fixtureBytes = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const fixture = (path: string) => fixtureBytes(path).toString('utf8');
const documents = {
  'a news article': declutter(fixture('nato/input.txt')),
  'an HTML page, with its comments apart': declutter(gunzipSync(fixtureBytes('fda-html/input.html.gz')).toString('utf8'), {comments: true}),
  'a page of one block': declutter('Short note.'),
  'a page with nothing kept': declutter('ADVERTISEMENT\n\nADVERTISEMENT\n\nADVERTISEMENT'),
  'an empty page': declutter(''),
};

describe('textPieces', () => {
  for (const [name, doc] of Object.entries(documents)) {
    it(`joins into the text format of ${name}, in pieces of any size`, () => {
      for (const size of [1, 7, 65_536]) expect([...textPieces(doc, size)].join('')).toBe(toText(doc));
    });
  }

  it('writes a long output in pieces of about the size asked for', () => {
    const pieces = [...textPieces(documents['a news article'], 100)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.slice(0, -1).every((piece) => piece.length >= 100)).toBe(true);
  });
});

describe("a cleaned document's body", () => {
  it('is the kept blocks but the title, a blank line apart, and can be set as any field', () => {
    const doc = declutter(fixture('nato/input.txt'));
    const kept = doc.blocks.filter((block, i) => block.kept && i !== doc.titleBlock).map((block) => block.text);
    expect(doc.body).toBe(kept.join('\n\n'));
    expect(JSON.parse(JSON.stringify(doc)).body).toBe(doc.body);
    expect({...doc}.body).toBe(doc.body);
    doc.body = 'replaced';
    expect(doc.body).toBe('replaced');
  });
});
