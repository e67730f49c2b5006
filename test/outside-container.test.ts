import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {containerLabels} from '../src/learn/container-labels.js';
import {outsideContainer, type ContainerSettings} from '../src/structure/outside-container.js';
import {applyPageStructure, OUTSIDE_CONTAINER, PAGE_STRUCTURE} from '../src/structure/page-structure.js';
import type {Verdict} from '../src/types.js';

const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
const paragraphText =
  'The council met on Tuesday evening to vote on the new road through the old town centre after a long debate that ran past midnight.';
const paragraph = describeText(paragraphText);
const verdict = (score: number): Verdict =>
  score >= 0.5 ? {kept: true, label: 'body', score, reasons: []} : {kept: false, label: 'other', score, reasons: ['low-score']};
const settings: ContainerSettings = {...PAGE_STRUCTURE.container, sureWords: 40};
const headed = {headedAsArticle: true};

// An article of four sure paragraphs, then five blocks the block scorer kept in doubt, which the container scorer
// places outside the container: the two more than three blocks from it are outside.
const scores = [0.95, 0.95, 0.95, 0.95, 0.6, 0.6, 0.6, 0.6, 0.7];
const container = [0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.2];

describe('outsideContainer', () => {
  const page = (overrides: Partial<Parameters<typeof outsideContainer>[0]> = {}) => ({
    verdicts: scores.map(verdict),
    descriptions: scores.map(() => paragraph),
    containerScores: () => container,
    headedAsArticle: true,
    ...overrides,
  });

  it('flags a kept block more than the slack from the container and under the sure score', () => {
    expect([...outsideContainer(page(), settings)]).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('spares a block the scorer is sure of, and one within the slack of the container', () => {
    expect([...outsideContainer(page({verdicts: [...scores.slice(0, -1), 0.85].map(verdict)}), settings)]).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect([...outsideContainer(page(), {...settings, slack: 4})]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('leaves a page that does not read as an article alone, without asking for the container scores', () => {
    let asked = 0;
    const counted = () => {
      asked++;
      return container;
    };
    // A page not headed as an article, and one of too little sure prose.
    expect([...outsideContainer(page({headedAsArticle: false, containerScores: counted}), settings)]).toEqual(Array(9).fill(0));
    expect([...outsideContainer(page({containerScores: counted}), {...settings, sureWords: 1000})]).toEqual(Array(9).fill(0));
    expect(asked).toBe(0);
  });

  it('leaves a page whose container evidence is spread over it alone (a listing)', () => {
    // One span (a share over 1 finds no further one) holds a third of the evidence; a doubtful block stands far below.
    const spread = [0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1];
    const kept = spread.map((c) => verdict(c > 0.5 ? 0.95 : 0.6));
    const flags = (dominance: number) =>
      [...outsideContainer({verdicts: kept, descriptions: kept.map(() => paragraph), containerScores: () => spread, ...headed}, {...settings, spanShare: 1.01, sureWords: 0, sureShare: 0, dominance})];
    expect(flags(settings.dominance)).toEqual(Array(spread.length).fill(0));
    expect(flags(0).some((flag) => flag === 1)).toBe(true);
  });

  it('counts as evidence of one container only what its spans hold, not what stands within their slack', () => {
    // Spans: blocks 0 and 1; block 3 votes for the container but lies outside the spans, a block away.
    const scoresBeside = [0.9, 0.9, 0.1, 0.8, 0.1, 0.1, 0.1, 0.1, 0.1];
    const verdicts = [0.95, 0.95, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6].map(verdict);
    const beside = {verdicts, descriptions: verdicts.map(() => paragraph), containerScores: () => scoresBeside, ...headed};
    expect([...outsideContainer(beside, {...settings, dominance: 0.9})]).toEqual(Array(9).fill(0));
    expect([...outsideContainer(beside, {...settings, dominance: 0.7})]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('counts as sure prose only sure blocks of a paragraph\'s length, not sure headlines', () => {
    const headline = describeText('Council votes to close the old road for a year');
    const descriptions = [...scores.map(() => headline)];
    const flags = (sureBlockWords: number) => [...outsideContainer({...page(), descriptions}, {...settings, sureWords: 30, sureBlockWords})];
    expect(flags(20)).toEqual(Array(9).fill(0));
    expect(flags(5)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('leaves a page alone whose sure prose lies mostly outside the container (a page of several articles)', () => {
    // The container scorer finds the first article's blocks; the second article, as sure, lies below it.
    const verdicts = [0.95, 0.95, 0.6, 0.6, 0.6, 0.6, 0.95, 0.95].map(verdict);
    const twoArticles = {verdicts, descriptions: verdicts.map(() => paragraph), containerScores: () => [0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], ...headed};
    expect([...outsideContainer(twoArticles, {...settings, sureShare: 0.9})]).toEqual(Array(8).fill(0));
    expect([...outsideContainer(twoArticles, {...settings, sureShare: 0.4})]).toEqual([0, 0, 0, 0, 0, 1, 0, 0]);
  });

  it('leaves the blocks above the container to the title rules', () => {
    // A kicker and a standfirst the scorer kept in doubt, far above the container's first block.
    const head = [0.6, 0.6, 0.1, 0.1, 0.1, 0.1];
    const verdicts = [...head, ...scores].map(verdict);
    const flags = outsideContainer(
      {verdicts, descriptions: verdicts.map(() => paragraph), containerScores: () => [...head.map(() => 0.1), ...container], ...headed},
      settings,
    );
    expect([...flags]).toEqual([...head.map(() => 0), 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });
});

describe('the page-structure stage with a container scorer', () => {
  it('drops a kept block outside the container in text, naming why', () => {
    const verdicts = scores.map(verdict);
    applyPageStructure(
      {verdicts, descriptions: scores.map(() => paragraph), texts: scores.map(() => paragraphText), threshold: 0.5, containerScores: () => container, ...headed},
      {...PAGE_STRUCTURE, container: settings},
    );
    expect(verdicts.map((v) => v.kept)).toEqual([true, true, true, true, true, true, true, false, false]);
    expect(verdicts[8]!.reasons[0]).toBe(OUTSIDE_CONTAINER);
  });

  it('keeps it where the caller asked to keep more than the model would', () => {
    const verdicts = scores.map(verdict);
    applyPageStructure(
      {verdicts, descriptions: scores.map(() => paragraph), texts: scores.map(() => paragraphText), threshold: 0.5, containerScores: () => container, ...headed, keepsMore: true},
      {...PAGE_STRUCTURE, container: settings},
    );
    expect(verdicts[8]!.kept).toBe(true);
  });
});

describe('containerLabels', () => {
  const region = 'Council votes to close the road\n\nThe council met on Tuesday to vote on the road.\n\nShare\n\nPhoto: J. Smith';
  const page = `Home News Sport About\n\n${region}\n\nMore stories\n\nA long list of other stories and their summaries, one after another, down the page`;

  it("labels each block as the gold labels body, with the container's text for the body", () => {
    const texts = ['HOME', 'Council votes to close the road', 'The council met on Tuesday to vote on the road.', 'Share', 'the road', 'More stories'];
    // "the road" is no line of the container, but its words are in one: neither inside nor out.
    expect(containerLabels(texts, region, page)).toEqual([0, 1, 1, 1, null, 0]);
  });

  it('says nothing of a page whose region is missing, empty, as long as the page, or holds no block', () => {
    expect(containerLabels(['Home'], undefined, page)).toBeUndefined();
    expect(containerLabels(['Home'], '\n', page)).toBeUndefined();
    expect(containerLabels(['Home'], page, page)).toBeUndefined();
    expect(containerLabels(['Home', 'More stories'], region, page)).toBeUndefined();
  });
});
