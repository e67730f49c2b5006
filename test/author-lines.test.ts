import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {authorLines} from '../src/rules/author-lines.js';
import {applyContext, CONTEXT_RULES, type Verdict} from '../src/rules/index.js';
import {declutter} from '../src/index.js';

// Made-up pages, the scorer's verdicts hand-made: every block kept, the first as the title, so that what the rule
// drops is its own doing.
const PARAGRAPH =
  'The council voted on Tuesday to keep the old library open for another year, after residents filled the hall to argue that the building still serves the town better than any plan to replace it.';
const BIO = 'Dana Whitfield is a reporter who covers local government and schools for the paper.';
const ARTICLE = ['Council keeps the old library open', 'By Dana Whitfield', ...Array.from({length: 6}, () => PARAGRAPH), BIO];

function cleaned(texts: readonly string[], statedAuthors?: string[], cleanPage = false): Verdict[] {
  const stopwords = stopwordsFor('eng');
  const descriptions = texts.map((text) => describeBlock(text, stopwords));
  const verdicts: Verdict[] = texts.map((_, i) => ({kept: true, label: i === 0 ? 'title' : 'body', score: 0.9, reasons: []}));
  applyContext(verdicts, descriptions, {rules: [authorLines], texts, cleanPage, ...(statedAuthors ? {statedAuthors} : {})});
  return verdicts;
}

const dropped = (verdicts: readonly Verdict[]) => verdicts.flatMap((v, i) => (v.kept ? [] : [i]));

describe('author-line', () => {
  it('runs after readers-comments, before only-block', () => {
    const names = CONTEXT_RULES.map((r) => r.name);
    expect(names.indexOf('author-line')).toBe(names.indexOf('readers-comments') + 1);
    expect(names.at(-1)).toBe('only-block');
  });

  it("drops a text's byline and the bio that starts with the byline's name, as bylines", () => {
    const verdicts = cleaned(ARTICLE);
    expect(dropped(verdicts)).toEqual([1, ARTICLE.length - 1]);
    expect(verdicts[1]).toMatchObject({label: 'byline', reasons: ['author-line']});
    expect(verdicts.at(-1)!.label).toBe('byline');
  });

  it('reads the name the markup states before the text, and the lead-in words before a name', () => {
    const texts = ['Council keeps the old library open', ...Array.from({length: 6}, () => PARAGRAPH), 'About the author: Dana Whitfield, editor'];
    expect(dropped(cleaned(texts))).toEqual([]);
    expect(dropped(cleaned(texts, ['Dana Whitfield']))).toEqual([texts.length - 1]);
  });

  it('reads the lead-in words of German, French and Spanish bylines', () => {
    for (const lead of ['Von', 'Über den Autor:', 'Par', 'À propos de l’auteur :', 'Escrito por']) {
      const texts = ['Council keeps the old library open', ...Array.from({length: 6}, () => PARAGRAPH), `${lead} Dana Whitfield`];
      expect(dropped(cleaned(texts, ['Dana Whitfield'])), lead).toEqual([texts.length - 1]);
    }
  });

  it('takes a name only where it ends: a longer name or word is another line', () => {
    const texts = [...ARTICLE.slice(0, -1), 'Dana Whitfields of the county board said the vote was close.'];
    expect(dropped(cleaned(texts))).toEqual([1]);
  });

  it('reads a letter outside the Basic Multilingual Plane, or a combining mark, after the name as more of it', () => {
    const body = ['Council keeps the old library open', ...Array.from({length: 6}, () => PARAGRAPH)];
    // 𠮷 (U+20BB7) is a letter of two code units; "Whitfielde" with a combining accent is another name.
    expect(dropped(cleaned([...body, 'Dana Whitfield\u{20BB7} is a name of another person.'], ['Dana Whitfield']))).toEqual([]);
    expect(dropped(cleaned([...body, 'Dana Whitfielde\u0301 is another person.'], ['Dana Whitfielde']))).toEqual([]);
    expect(dropped(cleaned([...body, 'Dana Whitfielde is the reporter.'], ['Dana Whitfielde']))).toEqual([body.length]);
  });

  it("reads the markup's name, not the text's byline, where the markup names one", () => {
    const texts = [...ARTICLE, 'Lee Marsh edited this story.'];
    expect(dropped(cleaned(texts, ['Lee Marsh']))).toEqual([texts.length - 1]);
  });

  it('leaves a page where many blocks start with the name, or too little prose besides them', () => {
    const posts = Array.from({length: 4}, (_, k) => `Dana Whitfield wrote post ${k + 1} about the council and its plans for the library.`);
    expect(dropped(cleaned([...ARTICLE, ...posts]))).toEqual([]);
    expect(dropped(cleaned(['Council keeps the old library open', 'By Dana Whitfield', PARAGRAPH, BIO]))).toEqual([]);
  });

  it('reads a name parted across lines as the same name, and passes over a page that names many authors', () => {
    const texts = ['Council keeps the old library open', ...Array.from({length: 6}, () => PARAGRAPH), BIO];
    expect(dropped(cleaned(texts, ['Dana\nWhitfield']))).toEqual([texts.length - 1]);
    const many = Array.from({length: 12}, (_, k) => `Writer Number${k}`);
    expect(dropped(cleaned(texts, [...many, 'Dana Whitfield']))).toEqual([]);
    expect(dropped(cleaned(texts, [...many.slice(1), 'Dana Whitfield']))).toEqual([texts.length - 1]);
  });

  it('leaves a page the clean-page step found already clean, so that cleaned output cleans to itself', () => {
    expect(dropped(cleaned(ARTICLE, undefined, true))).toEqual([]);
    expect(dropped(cleaned(ARTICLE, ['Dana Whitfield'], true))).toEqual([]);
  });

  it('passes over a name of one word', () => {
    const texts = ['Council keeps the old library open', ...Array.from({length: 6}, () => PARAGRAPH), 'Admin is the site owner.'];
    expect(dropped(cleaned(texts, ['Admin']))).toEqual([]);
  });

  it("reads an HTML page's stated author through the cleaner", () => {
    // Paragraphs that differ, as a page's do: a paragraph repeated word for word is dropped as repeated text.
    const paragraphs = Array.from({length: 6}, (_, k) => `<p>${PARAGRAPH.replace('another year', `${k + 2} more years`)}</p>`);
    const html = `<html><head><meta name="author" content="Dana Whitfield"><title>Council keeps the old library open</title></head>
      <body><article><h1>Council keeps the old library open</h1>${paragraphs.join('')}
      <p>${BIO}</p></article></body></html>`;
    const bio = declutter(html).blocks.find((block) => block.text === BIO);
    expect(bio).toMatchObject({kept: false, label: 'byline'});
    expect(bio!.reasons[0]).toBe('author-line');
  });
});
