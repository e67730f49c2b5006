import {describe, expect, it} from 'vitest';
import {readHtml} from '../src/read/html.js';
import {isWithinElement, PAGE_ROOT} from '../src/read/element-tree.js';
import {articleContainer} from '../src/structure/article-container.js';
import {bodySpans, spanDistances} from '../src/structure/body-spans.js';
import {shapeRunRepeats} from '../src/structure/shape-runs.js';
import {cardBoxes} from '../src/structure/card-boxes.js';
import {applyPageStructure, CARD_LIST, OUTSIDE_ARTICLE, OUTSIDE_BODY, PAGE_STRUCTURE} from '../src/structure/page-structure.js';
import type {Verdict} from '../src/types.js';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';

describe('the element tree of an HTML page', () => {
  it('numbers elements in document order, so that an element holds exactly the ones up to its end', () => {
    const {lines, markup, tree} = readHtml('<body><nav><a>Home</a></nav><main><p>One <b>two</b></p><p>Three</p></main></body>');
    expect(lines).toEqual(['Home', 'One two', 'Three']);
    expect(tree.tags).toEqual(['body', 'nav', 'a', 'main', 'p', 'b', 'p']);
    expect(tree.parents).toEqual([-1, 0, 1, 0, 3, 4, 3]);
    const main = tree.tags.indexOf('main');
    // Each line points at the innermost element its first text lies in.
    expect(markup.map((m) => tree.tags[m.element])).toEqual(['a', 'p', 'p']);
    expect(markup.map((m) => isWithinElement(tree, main, m.element))).toEqual([false, true, true]);
    expect(markup.every((m) => isWithinElement(tree, PAGE_ROOT, m.element))).toBe(true);
  });

  it('closes elements the markup leaves open, so a later element is never taken for their child', () => {
    const {markup, tree} = readHtml('<div class="a"><p>Left open<div class="b"><p>After</p></div>');
    const [first, second] = markup.map((m) => m.element);
    expect(tree.classes[tree.parents[second!]!]).toBe('b');
    expect(isWithinElement(tree, first!, second!)).toBe(false);
  });
});

describe('articleContainer', () => {
  // body > [header > p, article > (p, p), aside > (p, p)]
  const {markup, tree} = readHtml('<body><header><p>h</p></header><article><p>a</p><p>b</p></article><aside><p>c</p><p>d</p></aside></body>');
  const elements = markup.map((m) => m.element);
  const name = (element: number) => (element === PAGE_ROOT ? 'page' : tree.tags[element]);

  it('is the element whose blocks sum the most evidence: body inside, junk around it', () => {
    expect(name(articleContainer(tree, elements, [-5, 20, 30, -10, -10]).element)).toBe('article');
  });

  it('widens to the element that holds all of the body when body stands in two regions', () => {
    expect(name(articleContainer(tree, elements, [-1, 20, 30, 15, 15]).element)).toBe('body');
  });

  it('is the whole page when no element gathers more than the page does', () => {
    expect(articleContainer(tree, elements, [-5, -5, -5, -5, -5]).element).toBe(PAGE_ROOT);
  });
});

describe('bodySpans', () => {
  it('finds the run of blocks with the most evidence, junk inside it included', () => {
    expect(bodySpans([-3, -2, 10, -1, 12, -4, -6, 2], 0.5)).toEqual([{start: 2, end: 5, evidence: 21}]);
  });

  it('keeps a further run of at least the given share of the best one, and none weaker', () => {
    const evidence = [10, 5, -30, 8, -30, 3];
    expect(bodySpans(evidence, 0.5).map(({start, end}) => [start, end])).toEqual([[0, 2], [3, 4]]);
    expect(bodySpans(evidence, 0.6).map(({start, end}) => [start, end])).toEqual([[0, 2]]);
  });

  it('finds nothing on a page without a positive block', () => {
    expect(bodySpans([-1, -2], 0.5)).toEqual([]);
    expect(bodySpans([], 0.5)).toEqual([]);
  });
});

describe('shapeRunRepeats', () => {
  const block = (text: string) => describeBlock(text, stopwordsFor('eng'));
  const headline = (n: number) => block(`Council votes to close the old road number ${n}`);
  const summary = (n: number) => block(`The vote ends a long fight over traffic in the town centre, case ${n}.`);
  const prose = block(`${'The council met on Tuesday evening to vote on the new road through the old town centre. '.repeat(4)}`);

  it('finds three or more repeats of a headline and its summary', () => {
    const blocks = [prose, headline(1), summary(1), headline(2), summary(2), headline(3), summary(3), prose];
    expect([...shapeRunRepeats(blocks)]).toEqual([1, 3, 3, 3, 3, 3, 3, 1]);
  });

  it('needs three repeats, and a headline in the pattern', () => {
    expect([...shapeRunRepeats([headline(1), summary(1), headline(2), summary(2), prose])]).toEqual([1, 1, 1, 1, 1]);
    expect([...shapeRunRepeats([summary(1), summary(2), summary(3), summary(4)])]).toEqual([1, 1, 1, 1]);
  });

  it('leaves subheadings between long paragraphs alone', () => {
    expect([...shapeRunRepeats([headline(1), prose, headline(2), prose, headline(3), prose])]).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('applyPageStructure', () => {
  const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
  const bodyText = 'The council met on Tuesday evening to vote on the new road through the old town centre after a long debate.';
  const body = describeText(bodyText);
  const verdict = (score: number, kept: boolean): Verdict =>
    kept ? {kept, label: 'body', score, reasons: []} : {kept, label: 'other', score, reasons: ['low-score']};
  const settings = {cut: 0.5, cutAtThreshold: false, keepAbove: 0.9, slack: 1, spanShare: 0.5, dominance: 0, declaredDominance: 0, namedBoxKeepAbove: 0.9, namedBoxShare: 0.33, namedBoxDeclarations: ['jsonLd' as const], namedContent: PAGE_STRUCTURE.namedContent, textElement: PAGE_STRUCTURE.textElement, container: PAGE_STRUCTURE.container};

  it('drops a kept block far outside the body span unless the scorer is sure of it, and names why', () => {
    const scores = [0.6, 0.1, 0.1, 0.1, 0.95, 0.9, 0.95, 0.1, 0.1, 0.1, 0.6, 0.95];
    const verdicts = scores.map((score) => verdict(score, score >= 0.5));
    applyPageStructure({verdicts, descriptions: scores.map(() => body), texts: scores.map(() => bodyText), threshold: 0.5}, settings);
    expect(verdicts.map((v) => v.kept)).toEqual([false, false, false, false, true, true, true, false, false, false, false, true]);
    expect(verdicts[0]!.reasons[0]).toBe(OUTSIDE_BODY);
    // A dropped block outside the span says so after the scorer's reason.
    expect(verdicts[2]!.reasons).toEqual(['low-score', OUTSIDE_BODY]);
    expect(verdicts[3]!.reasons).toEqual(['low-score']);
  });

  it('labels the dropped blocks of a teaser list as related', () => {
    const texts = [bodyText, bodyText, ...Array(3).fill(['Council votes to close the old road for a year', 'The vote ends a long fight over traffic in the town centre.']).flat()];
    const descriptions = texts.map(describeText);
    const verdicts = descriptions.map((_, i) => verdict(i < 2 ? 0.95 : 0.2, i < 2));
    applyPageStructure({verdicts, descriptions, texts, threshold: 0.5}, settings);
    expect(verdicts.slice(2).map((v) => v.label)).toEqual(Array(6).fill('related'));
    expect(verdicts[3]!.reasons).toContain(CARD_LIST);
    expect(verdicts.slice(0, 2).map((v) => v.label)).toEqual(['body', 'body']);
  });

  it('on an HTML page, drops what lies outside the article element', () => {
    const {markup, tree} = readHtml('<body><div class="teasers"><p>a</p></div><article><p>b</p><p>c</p></article></body>');
    // Kept under a page threshold below the cut: it votes against its region.
    const verdicts = [verdict(0.45, true), verdict(0.95, true), verdict(0.95, true)];
    applyPageStructure({verdicts, descriptions: [body, body, body], texts: [bodyText, bodyText, bodyText], markup, tree, threshold: 0.3}, settings);
    expect(verdicts.map((v) => v.kept)).toEqual([false, true, true]);
    expect(verdicts[0]!.reasons[0]).toBe(OUTSIDE_ARTICLE);
  });
});

describe('cardBoxes', () => {
  it("finds each block's box in time linear in the page, however deep inline markup nests", () => {
    const depth = 20000;
    const {markup, tree} = readHtml(`<body>${'<span>x<div>y</div>'.repeat(depth)}</body>`);
    const started = performance.now();
    const {boxes} = cardBoxes(tree, markup.map((m) => m.element));
    expect(performance.now() - started).toBeLessThan(1000);
    // A block in a span is boxed by the nearest element that is not inline: the body; a div is its own box.
    expect(tree.tags[boxes[0]!]).toBe('body');
    expect(tree.tags[boxes[1]!]).toBe('div');
  });
});

describe('bodySpans on a page of many equal runs', () => {
  it('stops at a bounded number of spans, so that the search stays linear in the page', () => {
    const evidence = Array.from({length: 200_000}, (_, i) => (i % 2 === 0 ? 1 : -2));
    const started = performance.now();
    const spans = bodySpans(evidence, 0.5);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(spans.length).toBeLessThanOrEqual(64);
    expect(spans.length).toBeGreaterThan(1);
  });
});

describe('spanDistances', () => {
  it('is 0 inside a span and counts blocks to the nearest one outside', () => {
    const spans = [{start: 2, end: 4, evidence: 1}, {start: 7, end: 8, evidence: 1}];
    expect(spanDistances(spans, 10)).toEqual([2, 1, 0, 0, 1, 2, 1, 0, 1, 2]);
    expect(spanDistances([], 2)).toEqual([Infinity, Infinity]);
  });
});
