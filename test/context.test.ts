import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {applyContext, LOW_SCORE, type Verdict} from '../src/rules/index.js';
import {CONTEXT_RULES, type ContextRule, type Label} from '../src/index.js';

// The rules work on verdicts the scorer gave; here the verdicts are hand-made, so the tests hold whatever the weights.
const BODY_1 =
  'The differences between Russia and NATO over Ukraine will be difficult to bridge, the head of the alliance said on Wednesday.';
const BODY_2 =
  'Russia has forced the West to the negotiating table by massing some 100,000 troops near the border with Ukraine.';
const BODY_3 = 'Stoltenberg said any use of force against Ukraine would be a serious political mistake for Russia.';
const TITLE = 'NATO head says differences with Russia will be hard to bridge';

type Row = [text: string, kept: boolean, score?: number, label?: Label];

function documentOf(rows: Row[]) {
  const stopwords = stopwordsFor('eng');
  const descriptions = rows.map(([text]) => describeBlock(text, stopwords));
  const verdicts: Verdict[] = rows.map(([, kept, score, label], i) => ({
    kept,
    label: label ?? (kept ? 'body' : (descriptions[i]!.cues[0]?.label ?? 'other')),
    score: score ?? (kept ? 0.9 : 0.1),
    reasons: kept ? [] : [...descriptions[i]!.cues.map((cue) => cue.name), ...(descriptions[i]!.cues.length ? [] : [LOW_SCORE])],
  }));
  return {descriptions, verdicts};
}

function rule(name: string): ContextRule {
  const found = CONTEXT_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no context rule ${name}`);
  return found;
}

function run(name: string, rows: Row[]): Verdict[] {
  const {descriptions, verdicts} = documentOf(rows);
  applyContext(verdicts, descriptions, {rules: [rule(name)], texts: rows.map(([text]) => text)});
  return verdicts;
}

describe('context rules', () => {
  it('include the seven named rules below and in test/title.test.ts, in this order', () => {
    const tested = ['run-after-marker', 'subheading-between-body', 'heading', 'page-h1', 'learned-title', 'title-before-body', 'only-block'];
    expect(CONTEXT_RULES.map((r) => r.name).filter((name) => tested.includes(name))).toEqual(tested);
  });
});

describe('only-block', () => {
  it('keeps the one block of a document whole, whatever it is: there is no page to pick a body from', () => {
    const verdicts = run('only-block', [[BODY_3, false, 0.3]]);
    expect(verdicts.map((v) => [v.kept, v.label, v.reasons])).toEqual([[true, 'body', ['only-block']]]);
    for (const text of [TITLE, 'Hello world', 'Short note.', 'Read more']) {
      expect(run('only-block', [[text, false]])[0]!.kept, text).toBe(true);
    }
  });

  it('leaves every block of a longer document to the scorer', () => {
    expect(run('only-block', [[BODY_1, false], [BODY_2, false]]).map((v) => v.kept)).toEqual([false, false]);
  });
});

describe('run-after-marker', () => {
  const rows: Row[] = [
    [BODY_1, true],
    ['Read Next', false],
    ['PH told to drop plexiglass barriers', true],
    ['PH now at critical risk as COVID cases reach 3 million', true],
    [BODY_2, true],
    ['Short headline after the body', true],
  ];

  it('drops the headline-like blocks after a related marker, up to the next real paragraph', () => {
    const verdicts = run('run-after-marker', rows);
    expect(verdicts.map((v) => v.kept)).toEqual([true, false, false, false, true, true]);
    for (const v of verdicts.slice(2, 4)) {
      expect(v.label).toBe('related');
      expect(v.reasons[0]).toBe('run-after-marker');
    }
    expect(verdicts[4]).toEqual({kept: true, label: 'body', score: 0.9, reasons: []});
  });

  it('starts only from related-list headings: a sign-in button or a comments link is followed by anything', () => {
    for (const marker of ['Sign up', 'View comments', 'Home']) {
      const verdicts = run('run-after-marker', [[marker, false], ['A headline of a few words', true]]);
      expect(verdicts[1], marker).toMatchObject({kept: true});
    }
  });

  it('ends the run at the first prose sentence', () => {
    const verdicts = run('run-after-marker', [
      ['Read Next', false],
      ['A headline of a few words', true],
      ['The talks went on for four hours and ended without any agreement.', true],
      ['Another short line', true],
    ]);
    expect(verdicts.map((v) => v.kept)).toEqual([false, false, true, true]);
  });

  it('runs on through a list of tags as long as prose: short items between commas, no full stop', () => {
    const rows: Row[] = [
      ['Recent Posts', false],
      ['creating positive habits, Cultivating Change, habits, Learn to Meditate, live morning yoga, meditation, Morning Routine, morning yoga, Simple Routines, Transformation, yoga journey, Mindful Rituals, Present Moment Awareness, Reset', true],
      ['My Unyogi Yoga Journey: From Sceptic to Daily Habit', true],
      [BODY_1, true],
    ];
    expect(run('run-after-marker', rows).map((v) => v.kept)).toEqual([false, false, false, true]);
  });

  it('ends the run at a long list of names, a byline the page may count as content', () => {
    const authors = 'Ted Zadouri (Princeton University), Markus Hoehnerbach (Meta), Jay Shah (Colfax Research), Timmy Liu, Vijay Thakkar, Ben Athiwaratkun, Ce Zhang, Kurt Keutzer, Tri Dao (Princeton University, Together AI)';
    const rows: Row[] = [['Read More', false], [authors, true], ['A headline of a few words', true]];
    expect(run('run-after-marker', rows).map((v) => v.kept)).toEqual([false, true, true]);
  });

  it('reads a block of three hundred thousand tags as one list, in one pass', () => {
    const tags = Array.from({length: 300_000}, (_, i) => `topic ${i}`).join(', ');
    const rows: Row[] = [['Recent Posts', false], [tags, true], ['A headline of a few words', true]];
    expect(run('run-after-marker', rows).map((v) => v.kept)).toEqual([false, false, false]);
  });

  it('ends the run at long prose with commas, one of its clauses of some length', () => {
    const prose = 'Apples, pears, plums, and the last of the summer cherries that the market had kept back were sold out by noon on Saturday as the crowds grew';
    const rows: Row[] = [['Recent Posts', false], [prose, true], ['A headline of a few words', true]];
    expect(run('run-after-marker', rows).map((v) => v.kept)).toEqual([false, true, true]);
  });

  it('runs on through a marker inside the run, and starts again after the prose that ends it', () => {
    const verdicts = run('run-after-marker', [
      ['Read Next', false],
      ['A headline of a few words', true],
      ['Read more', false],
      ['Another headline here', true],
      [BODY_1, true],
      ['Related stories', false],
      ['A third headline', true],
    ]);
    expect(verdicts.map((v) => v.kept)).toEqual([false, false, false, false, true, false, false]);
  });

  it('reads each block a bounded number of times, however many markers the page has', () => {
    // A page of nothing but markers: one pass a marker would be quadratic, minutes for 200,000 blocks.
    const size = 2000;
    const {descriptions, verdicts} = documentOf(Array.from({length: size}, (_, i): Row => [i % 2 ? 'A headline' : 'Read more', false]));
    let reads = 0;
    const counted = new Proxy(descriptions, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    applyContext(verdicts, counted, {rules: [rule('run-after-marker')]});
    expect(reads).toBeLessThanOrEqual(3 * size);
  });

  // Three teasers, each a headline and a sentence of summary; an article long enough that a marker below it stands
  // below most of the page's prose.
  const TEASERS: Row[] = [
    ['PH told to drop plexiglass barriers', true],
    ['Health officials said the barriers no longer help once most people are vaccinated.', true],
    ['PH now at critical risk as COVID cases reach 3 million', true],
    ['The country passed the mark on Monday as hospitals filled up in the capital.', true],
    ['Stocks close higher on hopes for a quick recovery', true],
    ['Shares rose for a third day as traders bet that the worst of the slump is over.', true],
  ];
  const LONG_ARTICLE: Row[] = Array.from({length: 4}, (): Row => [`${BODY_1} ${BODY_2} ${BODY_3}`, true]);

  it('keeps the article that goes on below a list of teasers in its second half, though its sections take their shape', () => {
    const rows: Row[] = [
      ...LONG_ARTICLE,
      ['Related stories', false],
      ...TEASERS,
      ['What the alliance offers Russia', true],
      ['The alliance offered talks on arms control but would not close its door to new members, officials said.', true],
      [`${BODY_1} ${BODY_2} ${BODY_3}`, true],
    ];
    expect(run('run-after-marker', rows).slice(-3).map((v) => v.kept)).toEqual([true, true, true]);
  });

  it('keeps the sections of subheadings and short paragraphs below a marker over a single headline', () => {
    const section = (topic: string): Row[] => [
      [`What the talks mean for ${topic}`, true],
      [`Officials said the talks on ${topic} would resume in the spring, after both sides had met their allies.`, true],
      [`Diplomats in Brussels said the first round on ${topic} had gone better than the public statements suggested.`, true],
    ];
    const rows: Row[] = [...LONG_ARTICLE, ['Related stories', false], ['Mayor unveils new bus routes', true], ...section('energy'), ...section('trade'), ...section('security')];
    expect(run('run-after-marker', rows).slice(-8).map((v) => v.kept)).toEqual(Array<boolean>(8).fill(true));
  });

  it('does nothing after a marker the scorer kept, or after a partial cue', () => {
    expect(run('run-after-marker', [['Read Next', true], ['A headline of a few words', true]])[1]!.kept).toBe(true);
    const partial: Row[] = [['Read more: Why the Fed held rates steady', false], ['A headline of a few words', true]];
    expect(run('run-after-marker', partial)[1]!.kept).toBe(true);
  });

  it('does not touch the markers of other kinds (an ad marker is not a list header)', () => {
    expect(run('run-after-marker', [['ADVERTISEMENT', false], ['A headline of a few words', true]])[1]!.kept).toBe(true);
  });
});

describe('subheading-between-body', () => {
  it('keeps a short headline-like block between two body blocks as a heading', () => {
    const verdicts = run('subheading-between-body', [[BODY_1, true], ['High price', false, 0.35], [BODY_2, true]]);
    expect(verdicts[1]).toMatchObject({kept: true, label: 'heading'});
    expect(verdicts[1]!.reasons).toEqual(['subheading-between-body']);
  });

  it('leaves it when a neighbour is not kept body, when the score is under 0.3, or when it is a sentence', () => {
    const cases: Row[][] = [
      [[BODY_1, true], ['High price', false, 0.35], ['Share', false]],
      [[BODY_1, true], ['High price', false, 0.25], [BODY_2, true]],
      [[BODY_1, true], ['He paid a high price.', false, 0.35], [BODY_2, true]],
      [[BODY_1, true], ['Advertisement', false, 0.35], [BODY_2, true]],
      [[BODY_1, true], ['High price', false, 0.35], [TITLE, true, 0.9, 'title']],
    ];
    for (const rows of cases) expect(run('subheading-between-body', rows)[1]!.kept, rows[1]![0]).toBe(false);
  });
});

describe('heading', () => {
  it('labels kept short blocks that are not prose as headings, and leaves prose as body', () => {
    const verdicts = run('heading', [[BODY_1, true], ['High price', true], ['Short sentence here.', true]]);
    expect(verdicts.map((v) => v.label)).toEqual(['body', 'heading', 'body']);
    expect(verdicts.every((v) => v.kept)).toBe(true);
  });

  it('leaves removed blocks alone', () => {
    expect(run('heading', [['High price', false]])[0]!.label).toBe('other');
  });

  // ContextRule says its name is the reason users see on the blocks it changes.
  it('names itself in the reasons of the blocks it relabels', () => {
    expect(run('heading', [['High price', true]])[0]!.reasons).toContain('heading');
  });
});

describe('title-before-body', () => {
  it('makes the last headline-like block before the first body block the title, kept', () => {
    const verdicts = run('title-before-body', [
      ['Menu', false],
      [TITLE, false, 0.3],
      ['By Jane Smith', false],
      [BODY_1, true],
      [BODY_2, true],
    ]);
    expect(verdicts[1]).toMatchObject({kept: true, label: 'title'});
    expect(verdicts[1]!.reasons[0]).toBe('title-before-body');
    expect(verdicts[1]!.reasons).not.toContain(LOW_SCORE);
    expect(verdicts.filter((v) => v.label === 'title')).toHaveLength(1);
  });

  it('looks back at most four blocks, and only at headlines of three words or more with few digits', () => {
    const far = run('title-before-body', [[TITLE, false], ['Menu', false], ['Home', false], ['Search', false], ['Login', false], [BODY_1, true]]);
    expect(far[0]!.label).not.toBe('title');
    const two = run('title-before-body', [['Breaking news', false], [BODY_1, true]]);
    expect(two[0]!.label).not.toBe('title');
    const digits = run('title-before-body', [['12 03 2022 10 45 UTC', false], [BODY_1, true]]);
    expect(digits[0]!.label).not.toBe('title');
  });

  it('finds no title when the first block is body, or there is no body', () => {
    expect(run('title-before-body', [[BODY_1, true], [TITLE, false]]).some((v) => v.label === 'title')).toBe(false);
    expect(run('title-before-body', [[TITLE, false], ['Menu', false]]).some((v) => v.label === 'title')).toBe(false);
  });
});

describe('the rules together', () => {
  it('turn a scorer’s verdicts on a small page into title, body, heading and a dropped related list', () => {
    const {descriptions, verdicts} = documentOf([
      [TITLE, false, 0.4],
      [BODY_1, true],
      ['High price', false, 0.35],
      [BODY_2, true],
      ['Read Next', false],
      ['PH told to drop plexiglass barriers', true],
      [BODY_3, true],
    ]);
    applyContext(verdicts, descriptions);
    expect(verdicts.map((v) => `${v.kept ? '+' : '-'}${v.label}`)).toEqual([
      '+title',
      '+body',
      '+heading',
      '+body',
      '-related',
      '-related',
      '+body',
    ]);
  });
});

describe('title-before-body picks the longest headline', () => {
  it('over a shorter byline or section name between the headline and the body', () => {
    const verdicts = run('title-before-body', [
      ['Menu', false],
      [TITLE, false, 0.2],
      ['Written by Jane Doe', false, 0.3],
      ['World news section', false, 0.3],
      [BODY_1, true],
    ]);
    expect(verdicts.map((v) => v.label)).toEqual(['navigation', 'title', 'other', 'other', 'body']);
  });

  it('and of two as long, the nearer the body', () => {
    const verdicts = run('title-before-body', [['First of two headlines here', false], ['Second of two headlines here', false], [BODY_1, true]]);
    expect(verdicts.map((v) => v.label)).toEqual(['other', 'title', 'body']);
  });
});

describe('title-before-body keeps output in input order', () => {
  it('makes the headline a heading, not the title, when a kept block stands above it', () => {
    const verdicts = run('title-before-body', [
      ['An earlier kept heading', true, 0.9, 'heading'],
      ['Menu', false],
      ['A headline of the page that is here', false],
      ['The talks went on for four hours and ended without any agreement at all.', true],
    ]);
    expect(verdicts[2]).toMatchObject({kept: true, label: 'heading'});
    expect(verdicts.some((v) => v.label === 'title')).toBe(false);
  });
});

describe('page-h1', () => {
  const page: Row[] = [
    ['Site name', false],
    ['NATO sees hard talks', false, 0.2],
    ['A long standfirst under the headline that sums the story up in a line', false, 0.3],
    [BODY_1, true],
    [BODY_2, true],
  ];
  const headings = [0, 1, 0, 0, 0];

  it("makes an HTML page's first <h1> its title, where the text alone would have picked the longer standfirst", () => {
    const {descriptions, verdicts} = documentOf(page);
    applyContext(verdicts, descriptions, {headings});
    expect(verdicts.map((v) => `${v.kept ? '+' : '-'}${v.label}`)).toEqual(['-other', '+title', '-other', '+body', '+body']);
    expect(verdicts[1]!.reasons[0]).toBe('page-h1');
    const text = documentOf(page);
    applyContext(text.verdicts, text.descriptions);
    expect(text.verdicts[2]!.label).toBe('title');
  });

  it('takes the first of several, never one with a whole-block cue, and a heading in its place below a kept block', () => {
    const several = documentOf([['ADVERTISEMENT', false], [TITLE, false], ['Another headline', false], [BODY_1, true]]);
    applyContext(several.verdicts, several.descriptions, {headings: [1, 1, 1, 0]});
    expect(several.verdicts.map((v) => v.label)).toEqual(['ad', 'title', 'other', 'body']);
    const below = documentOf([[BODY_1, true], [TITLE, false], [BODY_2, true]]);
    applyContext(below.verdicts, below.descriptions, {headings: [0, 1, 0]});
    expect(below.verdicts[1]).toMatchObject({kept: true, label: 'heading'});
    expect(below.verdicts.some((v) => v.label === 'title')).toBe(false);
  });

  it('leaves no title to title-before-body where the <h1> stays a heading below a kept block', () => {
    // Without the <h1>, the kicker above the first body block would be taken for the title.
    const rows: Row[] = [['Markets and the economy this week in review', false], ['Opinion', true, 0.9, 'heading'], [BODY_1, true], [TITLE, false], [BODY_2, true]];
    const withHeading = documentOf(rows);
    applyContext(withHeading.verdicts, withHeading.descriptions, {headings: [0, 0, 0, 1, 0]});
    expect(withHeading.verdicts.map((v) => v.label)).toEqual(['other', 'heading', 'body', 'heading', 'body']);
    const text = documentOf(rows);
    applyContext(text.verdicts, text.descriptions);
    expect(text.verdicts[0]!.label).toBe('title');
  });
});

describe('repeated-text', () => {
  it('drops a second copy of a kept block, whatever the case and framing of a short one, and keeps the first', () => {
    const copy = `• “${BODY_1.toUpperCase()}”`;
    const verdicts = run('repeated-text', [[BODY_1, true], [BODY_2, true], [copy, true], [BODY_3, true]]);
    expect(verdicts.map((v) => v.kept)).toEqual([true, true, false, true]);
    expect(verdicts[2]).toMatchObject({label: 'other', reasons: ['repeated-text']});
    const long = `${BODY_1} ${BODY_2}`;
    expect(long.length).toBeGreaterThan(200);
    expect(run('repeated-text', [[long, true], [BODY_3, true], [long, true]]).map((v) => v.kept)).toEqual([true, true, false]);
  });

  it('keeps a heading in its place in the body rather than its line in a table of contents above, where the scorer is surer of it', () => {
    const contents: Row[] = [['How the alliance grew after the Cold War', true, 0.5], ['What Russia asks of the West', true, 0.55]];
    const body: Row[] = [[BODY_1, true], ['How the alliance grew after the Cold War', true, 0.95], [BODY_2, true], ['What Russia asks of the West', true, 0.6], [BODY_3, true]];
    const verdicts = run('repeated-text', [...contents, ...body]);
    // The first line's heading is surer by 0.1 or more, the second's by less: its first copy stays.
    expect(verdicts.map((v) => v.kept)).toEqual([false, true, true, true, true, false, true]);
    expect(verdicts[0]).toMatchObject({label: 'other', reasons: ['repeated-text']});
    // Longer than a subheading: the first copy stays however sure the scorer is of the second, so that an article
    // printed twice is kept whole in its first printing.
    expect(run('repeated-text', [[BODY_1, true, 0.6], [BODY_2, true], [BODY_1, true, 0.99]]).map((v) => v.kept)).toEqual([true, true, false]);
  });

  it('keeps the headings below rather than a table of contents of three lines or more above them, however sure of it the scorer is', () => {
    const sections = ['How the alliance grew after the Cold War', 'What Russia asks of the West', 'Where the talks go from here'];
    const contents: Row[] = sections.map((line) => [line, true, 0.9]);
    const body: Row[] = sections.flatMap((line, i): Row[] => [[line, true, 0.92], [[BODY_1, BODY_2, BODY_3][i]!, true]]);
    expect(run('repeated-text', [...contents, ...body]).map((v) => v.kept)).toEqual([false, false, false, true, true, true, true, true, true]);
    // Two lines are no table of contents; nor are three whose copies come in another order.
    expect(run('repeated-text', [...contents.slice(0, 2), ...body]).map((v) => v.kept).slice(0, 2)).toEqual([true, true]);
    expect(run('repeated-text', [...contents.toReversed(), ...body]).map((v) => v.kept).slice(0, 3)).toEqual([true, true, true]);
  });

  it('drops the line that names a dropped table of contents, and leaves a section heading above a list of its parts', () => {
    const sections = ['How the alliance grew after the Cold War', 'What Russia asks of the West', 'Where the talks go from here'];
    const contents: Row[] = sections.map((line) => [line, true, 0.9]);
    const body: Row[] = sections.flatMap((line, i): Row[] => [[line, true, 0.92], [[BODY_1, BODY_2, BODY_3][i]!, true]]);
    const named = run('repeated-text', [['Table of Contents', true, 0.8], ['Hide', false, 0.1], ...contents, ...body]);
    expect(named.map((v) => v.kept)).toEqual([false, false, false, false, false, true, true, true, true, true, true]);
    expect(named[0]).toMatchObject({label: 'other', reasons: ['repeated-text']});
    // A heading that says what its section is about stays, though a list of that section's parts follows it.
    const heading = run('repeated-text', [['The enlargement debate', true, 0.8], ...contents, ...body]);
    expect(heading.map((v) => v.kept).slice(0, 4)).toEqual([true, false, false, false]);
    // No list dropped, no label dropped.
    expect(run('repeated-text', [['Contents', true, 0.8], ...contents.slice(0, 2), ...body])[0]!.kept).toBe(true);
  });

  it('finds a table of contents of short lines too, whose headings carry a permalink\'s mark, but not a list said twice', () => {
    const sections = ['Prerequisites', 'Install Go', 'Write some code'];
    const body: Row[] = sections.flatMap((line, i): Row[] => [[`${line}¶`, true, 0.9], [[BODY_1, BODY_2, BODY_3][i]!, true]]);
    const contents: Row[] = sections.map((line) => [line, true, 0.9]);
    const verdicts = run('repeated-text', [...contents, ...body]);
    expect(verdicts.map((v) => v.kept)).toEqual([false, false, false, true, true, true, true, true, true]);
    expect(verdicts[0]!.reasons).toEqual(['repeated-text']);
    // The same lines again with no prose between them: a list said twice, whose first copy stays (and whose second loses
    // only its line of three words, as any copy does).
    const twice = run('repeated-text', [...contents, [BODY_1, true], ...contents]);
    expect(twice.map((v) => v.kept)).toEqual([true, true, true, true, true, true, false]);
  });

  it('compares with kept blocks only: a copy of a dropped block is left to the scorer', () => {
    expect(run('repeated-text', [[BODY_1, false], [BODY_1, true]]).map((v) => v.kept)).toEqual([false, true]);
  });

  it('leaves blocks of one or two words, other blocks, and the title', () => {
    const short = 'Free shipping worldwide';
    const shorter = 'In stock';
    expect(run('repeated-text', [[shorter, true], [BODY_1, true], [shorter, true]]).map((v) => v.kept)).toEqual([true, true, true]);
    expect(run('repeated-text', [[short, true], [short, true]]).map((v) => v.kept)).toEqual([true, false]);
    const other = BODY_3.replace('Russia', 'NATO');
    expect(run('repeated-text', [[BODY_3, true], [other, true]]).map((v) => v.kept)).toEqual([true, true]);
    expect(run('repeated-text', [[TITLE, true, 0.9, 'heading'], [TITLE, true, 0.9, 'title']]).map((v) => v.kept)).toEqual([true, true]);
  });

  it('runs after the title rules, which learned without it', () => {
    const names = CONTEXT_RULES.map((r) => r.name);
    expect(names.indexOf('repeated-text')).toBeGreaterThan(names.indexOf('title-before-body'));
  });
});

describe('below-body', () => {
  // BODY_1 is a prose block of 21 words, BODY_3 one of 16, under the 20 that count as prose.
  // A body of 210 words in prose blocks, then `gap` dropped blocks, then the rows given.
  const page = (gap: number, after: Row[]): Row[] => [
    ...Array.from({length: 10}, (): Row => [BODY_1, true]),
    ...Array.from({length: gap}, (): Row => ['Menu', false]),
    ...after,
  ];
  const keptAfterBody = (rows: Row[]) => run('below-body', rows).slice(10).filter((v) => v.kept).length;

  it('drops a group of kept blocks more than 20 dropped blocks below the body, with under a quarter of its prose', () => {
    const verdicts = run('below-body', page(21, [['More from our partners', true], [BODY_3, true], [BODY_1, true]]));
    expect(verdicts.slice(0, 10).every((v) => v.kept)).toBe(true);
    expect(verdicts.slice(-3)).toMatchObject([{kept: false, label: 'other', reasons: ['below-body']}, {kept: false}, {kept: false}]);
  });

  it('keeps a group 20 dropped blocks below or nearer, one with a quarter of the prose or more, and all when the body is short', () => {
    expect(keptAfterBody(page(20, [[BODY_3, true]]))).toBe(1);
    // 3 x 21 = 63 words of prose, a quarter of 210 is 52.5.
    expect(keptAfterBody(page(21, [[BODY_1, true], [BODY_1, true], [BODY_1, true]]))).toBe(3);
    // 5 x 21 = 105 words of body: under 200, too little to tell a body from the rest.
    const short = page(21, [[BODY_3, true]]).slice(5);
    expect(run('below-body', short).filter((v) => v.kept)).toHaveLength(6);
  });

  it('leaves groups above the body alone', () => {
    const rows: Row[] = [[BODY_3, true], ...Array.from({length: 25}, (): Row => ['Menu', false]), ...page(0, [])];
    expect(run('below-body', rows)[0]!.kept).toBe(true);
  });
});
