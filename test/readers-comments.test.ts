import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {commentFrame, readersComments} from '../src/rules/readers-comments.js';
import {applyContext, CONTEXT_RULES, type Verdict} from '../src/rules/index.js';

// Made-up pages, the scorer's verdicts hand-made: every block kept, so that what the rule drops is its own doing.
const PARAGRAPH =
  'The council voted on Tuesday to keep the old library open for another year, after residents filled the hall to argue that the building still serves the town better than any plan to replace it.';
const comment = (name: string, stamp: string, words: string): string[] => [name, stamp, words, 'Reply'];
const THREAD = [
  ...comment('Maria', 'December 18, 2025, 9:46 pm', 'I went to the meeting and the hall was packed with people who use it.'),
  ...comment('Tom B', 'December 19, 2025, 8:02 am', 'Good news for the children who study there after school every day.'),
  ...comment('Ana', 'December 19, 2025, 2:15 pm', 'Another year is not enough, the council should commit to the building.'),
];
// An article: a headline, 330 words of prose, its readers' comments, then the site's footer.
const ARTICLE = ['Council keeps the old library open', ...Array.from({length: 10}, () => PARAGRAPH), ...THREAD, 'Privacy policy'];
// A forum: its first post framed as the replies are, the post itself as long as the article.
const FORUM = ['Should the council keep the old library open?', 'Lee', 'December 17, 2025, 7:30 pm', ...Array.from({length: 10}, () => PARAGRAPH), ...THREAD];

// A forum whose posts are headed by a date alone, the frames in its replies quoting earlier posts.
const quoting = (name: string, hours: number): string[] => ['Posted May 22, 2024', `${hours} hours ago, ${name} said:`, PARAGRAPH];
const QUOTING_FORUM = [
  'Editing PC build',
  'Posted May 22, 2024',
  ...Array.from({length: 10}, () => PARAGRAPH),
  ...quoting('Sam', 3),
  ...quoting('Lee', 2),
  ...quoting('Sam', 1),
];

function cleaned(texts: string[], cleanPage = false): Verdict[] {
  const stopwords = stopwordsFor('eng');
  const descriptions = texts.map((text) => describeBlock(text, stopwords));
  const verdicts: Verdict[] = texts.map(() => ({kept: true, label: 'body', score: 0.9, reasons: []}));
  applyContext(verdicts, descriptions, {rules: [readersComments], cleanPage});
  return verdicts;
}

describe('readers-comments', () => {
  it('runs after below-body and template-lines, before only-block', () => {
    const names = CONTEXT_RULES.map((r) => r.name);
    expect(names.indexOf('template-lines')).toBe(names.indexOf('below-body') + 1);
    expect(names.indexOf('readers-comments')).toBe(names.indexOf('template-lines') + 1);
    expect(names.at(-1)).toBe('only-block');
  });

  it('reads a frame as the pattern of its timestamp, with or without a name, and nothing else as one', () => {
    const shape = (text: string) => commentFrame(describeBlock(text, stopwordsFor('eng')))?.shape;
    expect(shape('December 18, 2025, 9:46 pm')).toBe(shape('Jan 2, 2024, 10:01 am'));
    expect(shape('Maria December 18, 2025 at 9:46')).toBe(shape('December 19, 2025 at 14:10'));
    expect(shape('December 18, 2025, 9:46 pm')).not.toBe(shape('December 19, 2025 at 14:10'));
    expect(shape('Tom B · 3 days ago')).toBe('ago');
    expect(shape('December 18, 2025')).toBeUndefined();
    expect(shape(PARAGRAPH + ' December 18, 2025, 9:46 pm')).toBeUndefined();
  });

  it('reads the frames that comment systems print in German, French and Spanish', () => {
    const shape = (text: string) => commentFrame(describeBlock(text, stopwordsFor('deu')))?.shape;
    expect(shape('18. Dezember 2025 um 21:46 Uhr')).toBe(shape('2. März 2024 um 8:05 Uhr'));
    expect(shape('18 décembre 2025 à 21:46')).toBeDefined();
    expect(shape('18 de diciembre de 2025 a las 21:46')).toBeDefined();
    expect(shape('Franziska · vor 3 Tagen')).toBe('ago');
    expect(shape('il y a 2 heures')).toBe('ago');
    expect(shape('hace una semana')).toBe('ago');
    expect(shape('Hace frío en Madrid')).toBeUndefined();
    expect(shape('18. Dezember 2025')).toBeUndefined();
    // Months of any name are one month: a forum's first post in July and its replies in August frame alike.
    expect(shape('18. Juli 2025 um 21:46 Uhr')).toBe(shape('2. August 2025 um 8:05 Uhr'));
    expect(shape('18 juin 2025 à 21:46')).toBe(shape('2 septembre 2025 à 8:05'));
    expect(shape('14:00 heute')).toBeUndefined();
    // A time ago that heads a sentence heads a story.
    expect(shape('Vor 100 Jahren: Die Stadt brennt')).toBeUndefined();
    expect(shape('100 years ago: the city burned')).toBeUndefined();
    expect(shape('Tom B, 3 days ago')).toBe('ago');
  });

  it("drops a German blog's comment thread as it drops an English one", () => {
    const german = (name: string, stamp: string, words: string): string[] => [`${name} sagt:`, stamp, words, 'Antworten'];
    const page = [
      'Council keeps the old library open',
      ...Array.from({length: 10}, () => PARAGRAPH),
      ...german('Maria', '18. Dezember 2025 um 21:46 Uhr', 'Ich war bei der Sitzung, und der Saal war voll mit Leuten, die sie nutzen.'),
      ...german('Tom', '19. Dezember 2025 um 8:02 Uhr', 'Gute Nachrichten für die Kinder, die dort jeden Tag nach der Schule lernen.'),
      ...german('Ana', '19. Dezember 2025 um 14:15 Uhr', 'Ein weiteres Jahr reicht nicht, der Rat sollte sich zu dem Gebäude bekennen.'),
    ];
    const verdicts = cleaned(page);
    // From the first frame (its time stamp; the name above it is a cue's to drop) to the last comment.
    expect(verdicts.slice(0, 12).every((v) => v.kept)).toBe(true);
    expect(verdicts.slice(12).some((v) => v.kept)).toBe(false);
  });

  it('leaves a page already clean as it is: cleaned output, whose posts may have lost their headers as junk', () => {
    expect(cleaned(ARTICLE).some((v) => !v.kept)).toBe(true);
    expect(cleaned(ARTICLE, true).every((v) => v.kept)).toBe(true);
  });

  it("drops an article's comment thread from its first frame to its end, and keeps the article and the footer", () => {
    const verdicts = cleaned(ARTICLE);
    const first = ARTICLE.indexOf('December 18, 2025, 9:46 pm');
    expect(verdicts.slice(0, first).every((v) => v.kept)).toBe(true);
    expect(verdicts.slice(first, -1).map((v) => [v.kept, v.label, v.reasons[0]])).toEqual(
      ARTICLE.slice(first, -1).map(() => [false, 'comments', 'readers-comments']),
    );
    expect(verdicts.at(-1)!.kept).toBe(true);
  });

  it('goes on past a comment of a word or three to the frames after it', () => {
    const short = comment('Lee', 'December 19, 2025, 9:20 am', 'Me too!');
    const late = comment('Sam', 'December 20, 2025, 6:40 pm', 'The library is where I learned to read, as did my own children after me.');
    const page = ['Council keeps the old library open', ...Array.from({length: 10}, () => PARAGRAPH), ...THREAD, ...short, ...late, ...THREAD, 'Privacy policy'];
    const verdicts = cleaned(page);
    const first = page.indexOf('December 18, 2025, 9:46 pm');
    expect(page.filter((_, i) => i >= first && verdicts[i]!.kept)).toEqual(['Privacy policy']);
  });

  it('keeps a forum whose first post is framed as its replies are', () => {
    expect(cleaned(FORUM).every((v) => v.kept)).toBe(true);
  });

  it('keeps a forum whose posts are headed by a dated line that also heads its first post', () => {
    expect(cleaned(QUOTING_FORUM).every((v) => v.kept)).toBe(true);
    // The same replies under an article without that line are a thread.
    const article = QUOTING_FORUM.filter((text, i) => i !== 1);
    expect(cleaned(article).some((v) => !v.kept)).toBe(true);
  });

  it("drops an article's thread though dated teasers of recent posts below it recur as its dated byline does", () => {
    const teasers = ['Design', 'October 15, 2025', 'Community', 'September 26, 2025', 'Business', 'July 23, 2025'];
    const page = ['Council keeps the old library open', 'By Jo Smith, November 20, 2007', ...Array.from({length: 10}, () => PARAGRAPH), ...THREAD, 'Recent posts', ...teasers];
    const verdicts = cleaned(page);
    const first = page.indexOf('December 18, 2025, 9:46 pm');
    expect(page.filter((_, i) => i >= first && verdicts[i]!.kept)).toEqual(['Recent posts', ...teasers]);
    // Among the posts, the same dated line still tells a forum (the test above).
  });

  it('starts the thread at its first comments when they are too short to start it, and goes past the vote counts in it', () => {
    const voted = (name: string, words: string, votes: string): string[] => [name, '2 days ago', words, votes];
    const page = [
      'Council keeps the old library open',
      ...Array.from({length: 10}, () => PARAGRAPH),
      ...voted('MK', 'So incredibly helpful!', '10'),
      ...voted('Sara', 'Can we have a follow up post about the library next year please?', '47'),
      ...voted('Tom', 'The hall was packed with people who use the library every week.', '9'),
      ...voted('Ana', 'Another year is not enough, the council should commit to the building.', '3').slice(0, -1),
      'Privacy policy',
    ];
    const verdicts = cleaned(page);
    const first = page.indexOf('2 days ago');
    expect(page.filter((_, i) => i >= first && verdicts[i]!.kept)).toEqual(['Privacy policy']);
  });

  it("keeps a forum whose post's frame heads a link and its buttons, not a short comment", () => {
    const reply = (name: string, words: string): string[] => [`${name} 3 hours ago`, words];
    const page = [
      ...Array.from({length: 10}, () => PARAGRAPH),
      'Fully functional hair follicles grown in the lab',
      'submitted 5 hours ago by InsaneSnow',
      'save',
      'hide',
      ...reply('Lee', 'The mice study is a good start, but people are not mice at all.'),
      ...reply('Sam', 'Finally some good news for the rest of us who are losing it.'),
      ...reply('Ana', 'I will believe it when my barber tells me so, not a day before.'),
    ];
    expect(cleaned(page).every((v) => v.kept)).toBe(true);
  });

  it('keeps a thread of two comments, and one under a short article', () => {
    const twoComments = ARTICLE.slice(0, ARTICLE.indexOf('Ana'));
    expect(cleaned(twoComments).every((v) => v.kept)).toBe(true);
    const shortArticle = ARTICLE.slice(0, 1).concat(ARTICLE.slice(7));
    expect(cleaned(shortArticle).every((v) => v.kept)).toBe(true);
  });

  it('drops the Reply and Report lines under each comment with the thread, the last comment\'s too, and frames followed by them alone are no thread', () => {
    const trailed = THREAD.flatMap((text) => (text === 'Reply' ? ['Reply', 'Report'] : [text]));
    const page = ['Council keeps the old library open', ...Array.from({length: 10}, () => PARAGRAPH), ...trailed, 'Privacy policy'];
    const verdicts = cleaned(page);
    const first = page.indexOf('December 18, 2025, 9:46 pm');
    expect(page.filter((_, i) => i >= first && verdicts[i]!.kept)).toEqual(['Privacy policy']);
    // A comment's trailer lines are not what a reader wrote.
    const empty = page.filter((text) => !/^(?:I went|Good news|Another year)/u.test(text));
    expect(cleaned(empty).every((v) => v.kept)).toBe(true);
  });
});
