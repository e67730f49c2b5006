import {describe, expect, it} from 'vitest';
import {readHtml} from '../src/read/html.js';
import {BELOW_TEXT_ELEMENT, OUTSIDE_NAMED_CONTENT, PAGE_STRUCTURE} from '../src/structure/page-structure.js';
import {textElement} from '../src/structure/text-element.js';
import {describeText, judged, other, paragraphs, verdict} from './helpers/judged-page.js';

/**
 * A post whose template names nothing: a menu, the headline and its standfirst, the text in a plain `<div>`, then,
 * inside the same wrapper, the author's box and an FAQ that the scorer keeps without being sure of them.
 */
const post = (below: string, n = 8) =>
  `<body><nav><p>Home</p></nav><div class="site"><header><h2>The new road</h2><p>${other}</p></header>` +
  `<div class="wrapper">${paragraphs(n)}</div>${below}</div></body>`;
const tail = `<div class="author-box"><p>${other}</p></div><div class="faq"><p>${other}</p></div>`;
const scores = (n: number, ...below: number[]) => [0.1, 0.6, 0.7, ...Array(n).fill(0.95), ...below];

describe('the element of the article text that no class names', () => {
  it('drops what is kept below the element around the sure body, and says why', () => {
    const verdicts = judged(post(tail), scores(8, 0.7, 0.8));
    expect(verdicts.map((v) => v.kept)).toEqual([false, true, true, ...Array(8).fill(true), false, false]);
    expect(verdicts.at(-2)!.reasons[0]).toBe(BELOW_TEXT_ELEMENT);
    expect(verdicts.at(-1)!.reasons[0]).toBe(BELOW_TEXT_ELEMENT);
  });

  it('keeps the page head above the text, what the scorer is sure of below it, and all where asked to keep more', () => {
    const verdicts = judged(post(tail), scores(8, 0.98, 0.8));
    expect(verdicts.slice(1, 3).every((v) => v.kept)).toBe(true);
    expect(verdicts.map((v) => v.kept).slice(-2)).toEqual([true, false]);
    expect(judged(post(tail), scores(8, 0.7, 0.8), true).slice(1).every((v) => v.kept)).toBe(true);
  });

  it('is the innermost element that holds the sure body', () => {
    const {lines, markup, tree} = readHtml(post(tail));
    const element = textElement({tree, markup, descriptions: lines.map(describeText), verdicts: scores(8, 0.7, 0.8).map(verdict)}, PAGE_STRUCTURE.textElement);
    expect(tree.classes[element!]).toBe('wrapper');
  });

  it('trusts no element that leaves out much of what is kept: the text goes on below it, less sure of itself', () => {
    const goesOn = post(paragraphs(4));
    expect(judged(goesOn, scores(8, 0.8, 0.8, 0.8, 0.8)).every((v, i) => v.kept === i > 0)).toBe(true);
  });

  it('takes no element whose tag and class other kept elements share: one post of a thread', () => {
    const thread = `<body><div class="thread"><div class="post">${paragraphs(8)}</div><div class="post"><p>${other}</p></div></div></body>`;
    expect(judged(thread, [...Array(8).fill(0.95), 0.7]).every((v) => v.kept)).toBe(true);
  });

  it('takes no element after which a list of like boxes goes on: the first items of a listing', () => {
    const item = `<div class="item"><p>${other}</p></div>`;
    const listing = (items: number) => `<body><div class="list"><div class="first">${paragraphs(16)}</div>${item.repeat(items)}</div></body>`;
    expect(judged(listing(4), [...Array(16).fill(0.95), ...Array(4).fill(0.7)]).slice(-4).every((v) => !v.kept)).toBe(true);
    expect(judged(listing(5), [...Array(16).fill(0.95), ...Array(5).fill(0.7)]).every((v) => v.kept)).toBe(true);
  });

  it('gives way to the elements the page names', () => {
    const named = post(tail).replace('class="wrapper"', 'class="entry-content"');
    expect(judged(named, scores(8, 0.7, 0.8)).at(-1)!.reasons[0]).toBe(OUTSIDE_NAMED_CONTENT);
  });
});
