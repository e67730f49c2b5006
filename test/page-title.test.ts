import {describe, expect, it} from 'vitest';
import {declutter, toJson, toMarkdown, toText} from '../src/index.js';
import {stopwordsFor} from '../src/features/language.js';
import {choosePageTitle, type HeadTitles, headTitles, type NamedTitle} from '../src/metadata/page-title.js';
import {readHtml} from '../src/read/html.js';
import {withoutSiteNames} from '../src/metadata/site-suffix.js';
import {HEAD_TITLE, REPEATS_TITLE, settleTitle} from '../src/pipeline/page-title.js';
import type {ScoredBlock} from '../src/types.js';

const head = (titles: string[], siteNames: string[] = []): HeadTitles => ({titles, siteNames, hostNames: []});
const h1 = (text: string, printed = true): NamedTitle => ({text, by: 'h1', printed});

describe('a title without the site’s names', () => {
  it('drops every part at either end that names the site', () => {
    expect(withoutSiteNames('Council passes the budget | Local news | City Herald', ['City Herald', 'Local News'])).toBe('Council passes the budget');
    expect(withoutSiteNames('City Herald - Council passes the budget', [], ['cityherald.com', 'cityherald'])).toBe('Council passes the budget');
  });

  it('takes a host’s name for a part only where the part is that name, not where it starts a word', () => {
    expect(withoutSiteNames('Networks of care | ABC News', ['ABC News'], ['abc.net.au', 'net'])).toBe('Networks of care');
    expect(withoutSiteNames('Movers in Jackson | Moving tips', [], ['move.org', 'move'])).toBe('Movers in Jackson | Moving tips');
    expect(withoutSiteNames('Movers in Jackson | Move.org', [], ['move.org', 'move'])).toBe('Movers in Jackson');
  });

  it('reads a slash between spaces as a forum’s separator, and one within words as a word’s own', () => {
    expect(withoutSiteNames('Which kernel for an old laptop? / Hardware / City Forums', ['City Forums'])).toBe('Which kernel for an old laptop? / Hardware');
    expect(withoutSiteNames('AC/DC tour dates / City Forums', ['City Forums'])).toBe('AC/DC tour dates');
  });

  it('keeps a title whose parts name no site, and a title that is the site’s name alone', () => {
    expect(withoutSiteNames('Rust - a language for everyone', ['City Herald'])).toBe('Rust - a language for everyone');
    expect(withoutSiteNames('City Herald', ['City Herald'])).toBe('City Herald');
  });
});

describe('the head’s titles and site names', () => {
  const headOf = (tags: string) => readHtml(`<!doctype html><html><head>${tags}</head><body><p>Text.</p></body></html>`).head;

  it('take the site’s name from the host of the first whole URL, past a relative canonical link', () => {
    const head = headOf('<title>Council passes the budget | Heraldonline</title><link rel="canonical" href="/news/1"><meta property="og:url" content="https://www.heraldonline.com/news/1">');
    expect(headTitles(head)).toEqual({titles: ['Council passes the budget'], siteNames: [], hostNames: ['heraldonline.com', 'heraldonline']});
    expect(headTitles(head, 'https://other.org/x').hostNames).toEqual(['heraldonline.com', 'heraldonline']);
  });

  it('take the name registered under a country’s second level, not the level itself', () => {
    const titled = (url: string) => headTitles(headOf('<title>Budget passes | Cityherald</title>'), url);
    expect(titled('https://www.cityherald.co.uk/news/1')).toEqual({titles: ['Budget passes'], siteNames: [], hostNames: ['cityherald.co.uk', 'cityherald']});
    expect(titled('https://cityherald.com.au/news/1').hostNames).toEqual(['cityherald.com.au', 'cityherald']);
    expect(titled('https://www.cityherald.de/news/1').hostNames).toEqual(['cityherald.de', 'cityherald']);
    expect(titled('https://co.uk/').hostNames).toEqual(['co.uk', 'co']);
  });

  it('take an international host in its letters, as the page names itself, not in its ASCII form', () => {
    const titled = headTitles(headOf('<title>Neue Romane im Herbst | Bücher</title>'), 'https://www.bücher.de/neu');
    expect(titled).toEqual({titles: ['Neue Romane im Herbst'], siteNames: [], hostNames: ['bücher.de', 'bücher']});
    expect(choosePageTitle(h1('Bücher'), {...titled, titles: ['Neue Romane im Herbst', 'Neue Romane im Herbst']})).toBe('Neue Romane im Herbst');
  });

  it('take the document’s URL where the head gives none', () => {
    const head = headOf('<title>Council passes the budget | Heraldonline</title>');
    expect(headTitles(head, 'https://heraldonline.com/news/1').titles).toEqual(['Council passes the budget']);
    expect(headTitles(head, 'not a url').titles).toEqual(['Council passes the budget | Heraldonline']);
  });
});

describe('the page’s title, chosen from the evidence', () => {
  it('is the named block where a title of the head says its words', () => {
    expect(choosePageTitle(h1('Council Passes The Budget'), head(['Council passes the budget', 'Something else']))).toBe('Council Passes The Budget');
  });

  it('is the named block without the site’s name where only that agrees with the head', () => {
    expect(choosePageTitle(h1('Council passes the budget | City Herald'), head(['Council passes the budget'], ['City Herald']))).toBe('Council passes the budget');
  });

  it('is the named block where it says the first part of a head title, even kept below other lines', () => {
    expect(choosePageTitle(h1('Budget passes', false), head(['Budget passes | Council news']))).toBe('Budget passes');
    // A later part is a section's or the site's name as often as not.
    expect(choosePageTitle(h1('Council news', false), head(['Budget passes | Council news']))).toBeNull();
  });

  it('is the headline one head source states alone and another with a section or tagline beside it', () => {
    const sectioned = head(['City desk - Council passes the budget', 'Council passes the budget']);
    // The <h1> says the section's name run into the headline, as a forum's thread title does.
    expect(choosePageTitle(h1('City desk Council passes the budget'), sectioned)).toBe('Council passes the budget');
    expect(choosePageTitle(undefined, head(['Budget passes | What it costs you', 'Budget passes']))).toBe('Budget passes');
    // A middle part is no such agreement.
    expect(choosePageTitle(undefined, head(['Vote | Budget passes | What it costs you', 'Budget passes']))).toBeNull();
  });

  it('is not the site’s name that one source states alone where the named block says the headline beside it', () => {
    const siteAsTitle = head(['City News', 'Budget passes for the city | City News']);
    expect(choosePageTitle(h1('Budget passes for the city'), siteAsTitle)).toBe('Budget passes for the city');
    expect(choosePageTitle({text: 'Budget passes for the city', by: 'stated', printed: true}, siteAsTitle)).toBe('Budget passes for the city');
    // A longer last part is the headline after a kicker; a block that says the last part names no headline.
    const kicker = head(['Budget passes for the city after a long night', 'Vote tonight - Budget passes for the city after a long night']);
    expect(choosePageTitle({text: 'Vote tonight', by: 'stated', printed: true}, kicker)).toBe('Budget passes for the city after a long night');
    const section = head(['Build your first app | Get started', 'Build your first app']);
    expect(choosePageTitle({text: 'Get started', by: 'stated', printed: true}, section)).toBe('Build your first app');
  });

  it('is the headline of a title that a template joined a tagline or an edition to', () => {
    const agreed = (title: string) => head([title, title]);
    expect(choosePageTitle(undefined, agreed('Best movers in Jackson 2025 | Top 19 companies'))).toBe('Best movers in Jackson 2025');
    expect(choosePageTitle(h1('Wool socks for cold days - (3 pairs) grey'), head([]))).toBe('Wool socks for cold days');
    // A dash is the headline's own; a short first part, or a longer one after it, is no headline alone.
    expect(choosePageTitle(undefined, agreed('How to bake bread – a primer for beginners'))).toBe('How to bake bread – a primer for beginners');
    expect(choosePageTitle(undefined, agreed('Wool socks | Warm and soft for winter'))).toBe('Wool socks | Warm and soft for winter');
    expect(choosePageTitle(undefined, agreed('Our first team squad 2024 - 2025'))).toBe('Our first team squad 2024 - 2025');
    expect(choosePageTitle(undefined, agreed('Harry Potter and the Deathly Hallows - Part 2'))).toBe('Harry Potter and the Deathly Hallows - Part 2');
    expect(choosePageTitle(undefined, agreed('Q&A with the mayor | Vol. 3'))).toBe('Q&A with the mayor | Vol. 3');
  });

  it('is the title the head agrees on where the <h1> is a slogan that shares few of its words', () => {
    const agreed = head(['Build websites visually with the Flow editor', 'Build websites visually with the Flow editor']);
    expect(choosePageTitle(h1('Your content. Your canvas.'), agreed)).toBe('Build websites visually with the Flow editor');
  });

  it('stays the <h1> where it shares many words with the head’s title, or the head does not agree with itself', () => {
    const agreed = head(['Hire movers in Jackson', 'Hire movers in Jackson']);
    expect(choosePageTitle(h1('Hire local movers in Jackson, NJ'), agreed)).toBe('Hire local movers in Jackson, NJ');
    expect(choosePageTitle(h1('Your content. Your canvas.'), head(['Build websites visually', 'A page of the site']))).toBe('Your content. Your canvas.');
  });

  it('stays the <h1> where the head’s agreed title is of several parts, as a page title of a section is', () => {
    const sectioned = head(['Pricing | Plans for teams', 'Pricing | Plans for teams']);
    expect(choosePageTitle(h1('Your content. Your canvas.'), sectioned)).toBe('Your content. Your canvas.');
    expect(choosePageTitle({text: 'Latest news', by: 'guess', printed: true}, sectioned)).toBe('Pricing | Plans for teams');
  });

  it('is the head’s agreed title over the title scorer’s guess', () => {
    const guess: NamedTitle = {text: 'Latest news', by: 'guess', printed: true};
    expect(choosePageTitle(guess, head(['Council passes the budget', 'Council passes the budget']))).toBe('Council passes the budget');
  });

  it('with no named block, is a title two sources of the head agree on, else none', () => {
    expect(choosePageTitle(undefined, head(['Council passes the budget', 'council passes the budget!']))).toBe('Council passes the budget');
    expect(choosePageTitle(undefined, head(['Council passes the budget']))).toBeNull();
  });

  it('is none for a block kept below other lines that the head does not name', () => {
    expect(choosePageTitle(h1('Council passes the budget', false), head(['Weather for the week']))).toBeNull();
  });

  it('is an <h1> kept below other lines whose words a head title says in their order, as a shop’s category or product says them', () => {
    expect(choosePageTitle(h1('Hiking Boots', false), head(['Hiking Boots: Shop Boots for Hiking & Backpacking']))).toBe('Hiking Boots');
    expect(choosePageTitle(h1('Essential Toolkit', false), head(['Fixit Essential Toolkit', 'Fixit Essential Toolkit']))).toBe('Essential Toolkit');
    expect(choosePageTitle(h1('Hire Movers in Jackson', false), head(['Hire Local Movers - Moving Help in Jackson']))).toBe('Hire Movers in Jackson');
    // The same words in another order, or fewer of them, are not the head's.
    expect(choosePageTitle(h1('Hiking Boots', false), head(['Boots for Hiking and Backpacking']))).toBeNull();
    expect(choosePageTitle(h1('Hiking Boots', false), head(['Hiking Shoes']))).toBeNull();
    // A single word opening the title names a product or a category; within it, a section or the site as often.
    expect(choosePageTitle(h1('Headlamps', false), head(['Headlamps for Camping, Hiking & Running']))).toBe('Headlamps');
    // Words a later part starts are a board's or a site's.
    expect(choosePageTitle(h1('Recipes', false), head(['Easy weeknight chicken recipes for busy families | Food Blog']))).toBe('Easy weeknight chicken recipes for busy families');
    expect(choosePageTitle(h1('Hardware Forum', false), head(['Which kernel for an old laptop? / Hardware / City Forum']))).toBe('Which kernel for an old laptop?');
    // A guess below kept lines is no <h1> the page sets.
    expect(choosePageTitle({text: 'Hiking Boots', by: 'guess', printed: false}, head(['Hiking Boots: Shop Boots for Hiking']))).toBeNull();
  });

  it('is the headline of a lone head title a template joined a tagline to, where no block is printed as the title', () => {
    expect(choosePageTitle(undefined, head(['Which kernel for an old laptop? / Hardware / Linux Forums']))).toBe('Which kernel for an old laptop?');
    // A slash before a single word that no other slash follows pairs words of the headline's own.
    expect(choosePageTitle(h1('Back in Black by AC / DC'), head(['Back in Black by AC / DC']))).toBe('Back in Black by AC / DC');
    expect(choosePageTitle(undefined, head(['Back in Black by AC / DC | Music Reviews']))).toBe('Back in Black by AC / DC');
    expect(choosePageTitle(undefined, head(['Remote work productivity tips / tricks']))).toBeNull();
    const joined = head(['How to plant tulip bulbs in autumn | Garden notes']);
    expect(choosePageTitle(undefined, joined)).toBe('How to plant tulip bulbs in autumn');
    expect(choosePageTitle(h1('Get a quote today', false), joined)).toBe('How to plant tulip bulbs in autumn');
    // A title printed first stays; a lone title without such a part says no more than before.
    expect(choosePageTitle(h1('Get a quote today'), joined)).toBe('Get a quote today');
    expect(choosePageTitle(undefined, head(['How to plant tulip bulbs in autumn']))).toBeNull();
  });
});

describe('an <h1> that sets a label, a date or a kicker before the head’s headline', () => {
  const agreed = head(['Council passes the budget', 'Council passes the budget']);

  it('gives the headline the head agrees on', () => {
    expect(choosePageTitle(h1('Blog: Council passes the budget'), agreed)).toBe('Council passes the budget');
    expect(choosePageTitle(h1('Dec 18 2025 Council passes the budget'), agreed)).toBe('Council passes the budget');
    expect(choosePageTitle({text: 'News - Council passes the budget', by: 'stated', printed: true}, agreed)).toBe('Council passes the budget');
  });

  it('stays where the words before are a number or stopwords, the headline’s own, or only one source states the headline', () => {
    const dated = head(['Software Price Guide & Hourly Rates', 'Software Price Guide & Hourly Rates']);
    expect(choosePageTitle(h1('2025 Software Price Guide & Hourly Rates'), dated)).toBe('2025 Software Price Guide & Hourly Rates');
    const best = head(['Best Electric Scooters for Commuting', 'Best Electric Scooters for Commuting']);
    expect(choosePageTitle(h1('The Best Electric Scooters for Commuting'), best)).toBe('The Best Electric Scooters for Commuting');
    expect(choosePageTitle(h1('How Much Does a Meditation Class Cost'), head(['Average Meditation Costs', 'Meditation Class Cost']))).toBe(
      'How Much Does a Meditation Class Cost',
    );
  });

  it('stays where the words before are stopwords of the page’s language: an article in French or Spanish', () => {
    const french = 'Meilleures trottinettes électriques pour aller au travail';
    const les = 'Les meilleures trottinettes électriques pour aller au travail';
    expect(choosePageTitle(h1(les), head([french, french]), stopwordsFor('fra'))).toBe(les);
    const spanish = 'Mejores patinetes eléctricos para ir al trabajo';
    const los = 'Los mejores patinetes eléctricos para ir al trabajo';
    expect(choosePageTitle(h1(los), head([spanish, spanish]), stopwordsFor('spa'))).toBe(los);
    expect(choosePageTitle(h1('Blog : ' + french), head([french, french]), stopwordsFor('fra'))).toBe(french);
  });

  it('on a French HTML page, keeps the <h1> whose article the head leaves out', () => {
    const html = [
      '<!doctype html><html lang="fr"><head>',
      '<title>Meilleures trottinettes électriques pour aller au travail | Rouler Malin</title>',
      '<meta property="og:title" content="Meilleures trottinettes électriques pour aller au travail">',
      '<meta property="og:site_name" content="Rouler Malin">',
      '</head><body><h1>Les meilleures trottinettes électriques pour aller au travail</h1>',
      '<p>' + 'Nous avons testé pendant trois mois les modèles les plus vendus, sur les pistes cyclables comme dans les rues pavées de Lyon. '.repeat(4) + '</p>',
      '</body></html>',
    ].join('');
    expect(declutter(html).title).toBe('Les meilleures trottinettes électriques pour aller au travail');
  });

  it('on an HTML page, names the headline and keeps the <h1> in its place as a heading', () => {
    const html = [
      '<!doctype html><html lang="en"><head>',
      '<title>Council passes the budget | City Herald</title>',
      '<meta property="og:title" content="Council passes the budget">',
      '<meta property="og:site_name" content="City Herald">',
      '</head><body><h1>Blog: Council passes the budget</h1>',
      '<p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6) + '</p>',
      '</body></html>',
    ].join('');
    const doc = declutter(html);
    expect(doc.title).toBe('Council passes the budget');
    expect(doc.blocks.find((block) => block.text === 'Blog: Council passes the budget')).toMatchObject({kept: true, label: 'heading'});
  });
});

describe('an <h1> that holds hidden elements or buttons', () => {
  it('names the title by the words a reader sees in it, and stays the title line with its text as read', () => {
    const heading = 'Access overview <page-actions hidden>Keep your pages in collections</page-actions> <button>Copy the link</button>';
    const body = 'Access control lets you grant roles to the people and services that use your projects. '.repeat(6);
    const doc = declutter(`<!doctype html><html lang="en"><head><title>Access overview | Cloud Docs</title></head><body><h1>${heading}</h1><p>${body}</p></body></html>`);
    expect(doc.title).toBe('Access overview');
    // The block keeps the words the scorer learned the page's lines with.
    expect(doc.titleBlock).not.toBeNull();
    expect(doc.blocks[doc.titleBlock!]!.text).toBe('Access overview Keep your pages in collections Copy the link');
  });
});

describe('an <h1> that says only the host’s name', () => {
  const hosted = (titles: string[]): HeadTitles => ({titles, siteNames: [], hostNames: ['cityherald.com', 'cityherald']});

  it('is the site’s logo, no title: the head decides', () => {
    expect(choosePageTitle(h1('CityHerald'), hosted(['Council passes the budget', 'Council passes the budget']))).toBe('Council passes the budget');
    expect(choosePageTitle(h1('cityherald.com'), hosted(['Council passes the budget']))).toBeNull();
    expect(choosePageTitle(h1('City Herald news'), hosted(['Council passes the budget']))).toBe('City Herald news');
  });

  it('on an HTML page read with its address, names no title where the head states one alone', () => {
    const html = [
      '<!doctype html><html lang="en"><head><title>Council passes the budget</title></head>',
      '<body><h1>Cityherald</h1>',
      '<p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6) + '</p>',
      '</body></html>',
    ].join('');
    expect(declutter(html).title).toBe('Cityherald');
    expect(declutter(html, {url: 'https://www.cityherald.com/news/1'}).title).toBeNull();
  });
});

describe('an HTML page whose title only its head says', () => {
  const BODY = '<p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6) + '</p>';
  const html = [
    '<!doctype html><html lang="en"><head>',
    '<title>Council passes the budget | City Herald</title>',
    '<meta property="og:title" content="Council passes the budget">',
    '<meta property="og:site_name" content="City Herald">',
    '</head><body><h1>Your voice. Your town.</h1>',
    BODY,
    '</body></html>',
  ].join('');
  const doc = declutter(html);

  it('names the head’s title in json and the metadata', () => {
    expect(doc.title).toBe('Council passes the budget');
    expect(JSON.parse(toJson(doc)).title).toBe('Council passes the budget');
    expect(doc.metadata.title).toBe('Council passes the budget');
  });

  it('prints no title line for it, and keeps the <h1> as a heading in its place', () => {
    expect(doc.titleBlock).toBeNull();
    const slogan = doc.blocks.find((block) => block.text === 'Your voice. Your town.')!;
    expect(slogan).toMatchObject({kept: true, label: 'heading'});
    expect(slogan.reasons[0]).toBe(HEAD_TITLE);
    expect(toText(doc)).toBe(doc.blocks.filter((block) => block.kept).map((block) => block.text).join('\n\n') + '\n');
  });

  it('gives it to Markdown’s front matter, not as a heading of the body', () => {
    const markdown = toMarkdown(doc, {frontMatter: true});
    expect(markdown).toContain('title: Council passes the budget\n');
    expect(markdown).not.toContain('# Council passes the budget');
  });
});

describe('the document’s URL', () => {
  const html = [
    '<!doctype html><html lang="en"><head>',
    '<title>Budget passes | Heraldonline</title>',
    '<meta property="og:title" content="Budget passes | Heraldonline">',
    '</head><body><p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(6) + '</p></body></html>',
  ].join('');

  it('names the site whose name the page’s title is read without, where the head gives no URL', () => {
    expect(declutter(html).title).toBe('Budget passes | Heraldonline');
    expect(declutter(html, {url: 'https://www.heraldonline.com/news/1'}).title).toBe('Budget passes');
  });
});

describe('a soft hyphen', () => {
  it('is left out of the title, which says its word whole, and the block that says it with one still says the title', () => {
    const hyphened = 'Home Repair Assis\u00adtance Program';
    expect(choosePageTitle(h1(hyphened), head([]))).toBe('Home Repair Assistance Program');
    expect(choosePageTitle(h1(hyphened), head(['Home Repair Assistance Program | City of Marion']))).toBe('Home Repair Assistance Program');
  });
});

describe('a block without words', () => {
  it('agrees with no title of the head, even one without words', () => {
    expect(choosePageTitle(h1('* * *'), head(['—', 'Council passes the budget']))).toBe('* * *');
    expect(choosePageTitle(h1('* * *', false), head(['—']))).toBeNull();
  });
});

describe('a block that says the title block\'s words again right after it', () => {
  const block = (text: string, label: ScoredBlock['label'], kept = true): ScoredBlock => ({text, kept, label, score: 0.9, reasons: label === 'title' ? ['page-h1'] : []});
  const body = 'Among my most enjoyable activities is helping runners train for the marathon, from the first mile on.';
  const HEAD = readHtml('<!doctype html><html><head><title>Marathon Training | Running Notes</title></head><body></body></html>').head;

  it('is removed, so that the title is printed once (a banner\'s <h1> taken for the title, the article\'s own below it)', () => {
    const blocks = [block('Plans', 'other', false), block('Marathon Training', 'title'), block('Marathon training:', 'heading'), block(body, 'body')];
    expect(settleTitle(blocks, HEAD).titleBlock).toBe(1);
    expect(blocks.map((b) => b.kept)).toEqual([false, true, false, true]);
    expect(blocks[2]!.reasons[0]).toBe(REPEATS_TITLE);
  });

  it('stays where it says other words', () => {
    const blocks = [block('Marathon Training', 'title'), block('Marathon Training Plans', 'heading'), block(body, 'body')];
    settleTitle(blocks, HEAD);
    expect(blocks.map((b) => b.kept)).toEqual([true, true, true]);
  });

  it('takes the named block for the one printed first where no kept line lies above it, though a rule dropped those lines after it was labelled a heading', () => {
    const heading = {...block('Marathon Training', 'heading'), reasons: ['page-h1']};
    const below = [block('Plans', 'other', false), heading, block(body, 'body')];
    expect(settleTitle(below, HEAD).title).toBe('Marathon Training');
    const belowKept = [block('Plans', 'other'), {...heading, reasons: ['page-h1']}, block(body, 'body')];
    expect(settleTitle(belowKept, HEAD).title).toBe('Marathon Training');
    const unnamed = [block('Plans', 'other'), {...block('Race day', 'heading'), reasons: ['page-h1']}, block(body, 'body')];
    expect(settleTitle(unnamed, HEAD).title).toBeNull();
    const first = [block('Plans', 'other', false), {...block('Race day', 'heading'), reasons: ['page-h1']}, block(body, 'body')];
    expect(settleTitle(first, HEAD).title).toBe('Race day');
  });

  it('stays in a text, whose lines say what they say', () => {
    const blocks = [block('Marathon Training', 'title'), block('Marathon Training', 'heading'), block(body, 'body')];
    settleTitle(blocks, undefined);
    expect(blocks.map((b) => b.kept)).toEqual([true, true, true]);
  });
});
