import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {readersComments} from '../src/rules/readers-comments.js';
import {applyContext, type Verdict} from '../src/rules/index.js';
import {creditLine} from '../src/rules/speech-frame.js';

// Made-up pages, every block kept by hand, so that what `readers-comments` drops is its own doing: comments framed by a
// credit line ("NAME says:"), without a timestamp.
const PARAGRAPH =
  'The council voted on Tuesday to keep the old library open for another year, after residents filled the hall to argue that the building still serves the town better than any plan to replace it.';
const BODY = Array.from({length: 10}, () => PARAGRAPH);
const reply = (credit: string, words: string): string[] => [credit, words, 'Reply to This', 'Flag as Inappropriate'];
const THREAD = [
  ...reply('by maria_k ( 1311177 ) writes:', 'I went to the meeting and the hall was packed with people who use it.'),
  ...reply('by tomb ( 5754788 ) writes: on Friday December 19, 2025 @08:08PM (#65870295) Homepage', 'Good news for the children who study there after school every day.'),
  ...reply('by ana ( 596061 ) writes:', 'Another year is not enough, the council should commit to the building.'),
  ...reply('by rbk ( 110704 ) writes:', 'The reading room alone is worth keeping, it is the quietest place in town.'),
  ...reply('by jo_w ( 547041 ) writes:', 'My grandmother learned to read in that building, I hope it stays for good.'),
];
const ARTICLE = ['Council keeps the old library open', ...BODY, ...THREAD, 'Privacy policy'];

function cleaned(texts: string[]): Verdict[] {
  const stopwords = stopwordsFor('eng');
  const descriptions = texts.map((text) => describeBlock(text, stopwords));
  const verdicts: Verdict[] = texts.map(() => ({kept: true, label: 'body', score: 0.9, reasons: []}));
  applyContext(verdicts, descriptions, {rules: [readersComments]});
  return verdicts;
}
const keptOf = (texts: string[]) => {
  const verdicts = cleaned(texts);
  return texts.filter((_, i) => verdicts[i]!.kept);
};

describe('comment credit lines', () => {
  it('reads a name and a verb of speech as a credit line, its shape without the name, and a pronoun or a quote as none', () => {
    const credit = (text: string) => creditLine(describeBlock(text, stopwordsFor('eng')));
    expect(credit('by maria_k ( 1311177 ) writes:')).toEqual({shape: 'by NAME (9) writes', speaker: 'maria_k'});
    expect(credit('by tomb ( 5754788 ) writes: on Friday December 19, 2025 @08:08PM (#65870295) Homepage')?.shape).toBe('by NAME (9) writes');
    expect(credit('Jane Doe says:')?.shape).toBe('NAME says');
    expect(credit('Ramón dijo:')?.shape).toBe('NAME dijo');
    expect(credit('Franziska Elea sagt:')?.shape).toBe('NAME sagt');
    expect(credit('Jane Doe says')).toBeUndefined();
    expect(credit('He said:')).toBeUndefined();
    expect(credit('The minister said:')).toBeUndefined();
    expect(credit('Jane Doe said: the library will stay open for 2026')).toBeUndefined();
  });

  it("drops an article's thread of comments framed by credit lines, and keeps the article and the footer", () => {
    expect(keptOf(ARTICLE)).toEqual(['Council keeps the old library open', ...BODY, 'Privacy policy']);
  });

  it('keeps a forum whose first post is credited as its replies are', () => {
    const forum = ['Should the council keep the old library open?', 'by lee ( 220011 ) writes:', ...BODY, ...THREAD];
    expect(keptOf(forum)).toEqual(forum);
  });

  it('keeps an article whose body quotes a speaker or two', () => {
    const quoting = [
      'Council keeps the old library open',
      ...BODY,
      'Maria Lopez said:',
      'The hall was packed with people who use the library every week.',
      ...BODY.slice(0, 2),
      'Tom Baker said:',
      'Good news for the children who study there after school every day.',
      'Privacy policy',
    ];
    expect(keptOf(quoting)).toEqual(quoting);
  });

  it("keeps an interview's answers credited to the same two voices in turn", () => {
    const turn = (name: string) => [`${name} said:`, PARAGRAPH];
    const interview = ['Talking to the librarian', ...BODY, ...turn('Jane Doe'), ...turn('Tom Baker'), ...turn('Jane Doe'), ...turn('Tom Baker'), 'Privacy policy'];
    expect(keptOf(interview)).toEqual(interview);
  });

  it('keeps a story that quotes three or four officials in turn, each credited over a paragraph', () => {
    const officials = ['Mayor Smith', 'Councillor Jones', 'Councillor Brown', 'Ruth Klein'];
    const quoted = (names: string[]) => ['Council keeps the old library open', ...BODY, ...names.flatMap((name) => [`${name} said:`, PARAGRAPH]), 'Privacy policy'];
    expect(keptOf(quoted(officials.slice(0, 3)))).toEqual(quoted(officials.slice(0, 3)));
    expect(keptOf(quoted(officials))).toEqual(quoted(officials));
  });

  it("keeps a panel's answers credited to five voices in turn, round after round", () => {
    const panel = ['Alice', 'Bob', 'Carol', 'Dan', 'Eve'].map((name) => [`${name} says:`, PARAGRAPH]);
    const page = ['Five views on the old library', ...BODY, ...panel.flat(), ...panel.flat(), 'Privacy policy'];
    expect(keptOf(page)).toEqual(page);
  });

});
