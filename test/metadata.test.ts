import {describe, expect, it} from 'vitest';
import {declutter, mergeMetadata, readHtml, toJson, toMarkdown} from '../src/index.js';
import {isoDate, dateInText} from '../src/metadata/dates.js';
import {fromJsonLd} from '../src/metadata/json-ld.js';
import {fromMetaNames, fromOpenGraph, fromTwitter} from '../src/metadata/meta-tags.js';
import {fromMicrodata} from '../src/metadata/microdata.js';
import {fromAuthorLinks, fromCanonicalLink, fromHtmlLang, fromTimeElements} from '../src/metadata/page-tags.js';
import {withoutSiteSuffix} from '../src/metadata/site-suffix.js';
import {bylineNames, fromTextBlocks, textBlocksOf} from '../src/metadata/text-blocks.js';

const headOf = (html: string) => readHtml(html).head;
const page = (head: string, body = '<p>Body text.</p>') => `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;

describe('the HTML reader gathers the page head in its one parse', () => {
  it('keeps meta tags, links, JSON-LD, <title>, <html lang>, <time> and rel=author raw', () => {
    const head = headOf(
      page(
        '<title>Headline | Site</title><meta property="og:title" content="Headline"><meta name="Author" content="Ann Lee">' +
          '<link rel="canonical" href="https://example.org/a"><script type="application/ld+json">{"@type":"Article"}</script>',
        '<time datetime="2021-02-03">3 Feb</time><a rel="author" href="/ann">Ann Lee</a><p>Text.</p>',
      ),
    );
    expect(head.lang).toBe('en-GB');
    expect(head.title).toBe('Headline | Site');
    expect(head.metas).toEqual([
      {key: 'og:title', content: 'Headline'},
      {key: 'author', content: 'Ann Lee'},
    ]);
    expect(head.links).toEqual([{rel: 'canonical', href: 'https://example.org/a'}]);
    expect(head.canonical).toBe('https://example.org/a');
    expect(head.jsonLd).toEqual(['{"@type":"Article"}']);
    expect(head.times).toEqual([{datetime: '2021-02-03', published: false}]);
    expect(head.authorLinks).toEqual(['Ann Lee']);
  });

  it('reads an hCard author (`author vcard`) as a named author and a time of class `published` as marked', () => {
    const head = headOf(
      page(
        '',
        '<div class="entry-meta"><span class="byline"><span class="author vcard"><i class="icon"></i><a class="url fn n" href="/author/ann">Ann Lee</a></span></span>' +
          '<time class="entry-date published" datetime="2020-01-20T08:40:32+01:00">20 janvier 2020</time><time class="updated" datetime="2020-01-21">21 janvier</time></div>' +
          '<p>Text.</p><div class="comment-author vcard"><b class="fn">Bo Ek</b></div><time datetime="2020-01-22">reply</time>',
      ),
    );
    expect(head.authorCards).toEqual(['Ann Lee']);
    expect(fromAuthorLinks(head.authorLinks, head.authorCards)).toEqual({author: ['Ann Lee']});
    expect(fromAuthorLinks([], ['Ann Lee', 'Bo Ek'])).toEqual({});
    expect(fromAuthorLinks(['Cy Ode'], ['Ann Lee'])).toEqual({author: ['Cy Ode']});
    expect(head.times).toEqual([
      {datetime: '2020-01-20T08:40:32+01:00', published: true},
      {datetime: '2020-01-21', published: false},
      {datetime: '2020-01-22', published: false},
    ]);
    expect(fromTimeElements(head.times)).toEqual({date: '2020-01-20T08:40:32+01:00'});
  });

  it('reads hAtom`s older published time, an <abbr class="published"> whose title is the date, and not another abbr', () => {
    const head = headOf(page('', '<p>by <span class="author vcard fn">oz</span> on <abbr class="published" title="2006-12-04">December 4, 2006</abbr> <abbr title="HyperText">HTML</abbr></p>'));
    expect(head.authorCards).toEqual(['oz']);
    expect(head.times).toEqual([{datetime: '2006-12-04', published: true}]);
  });

  it('keeps the first canonical link past the cap on links, and not a later one', () => {
    const many = Array.from({length: 250}, (_, i) => `<link rel="alternate" href="/feed/${i}">`).join('');
    const head = headOf(page(`${many}<link rel="Canonical" href=" https://example.org/story "><link rel="canonical" href="https://example.org/other">`));
    expect(head.links).toHaveLength(200);
    expect(head.canonical).toBe('https://example.org/story');
    expect(declutter(page(many + '<link rel="canonical" href="https://example.org/story">'), {format: 'html'}).metadata.url).toBe('https://example.org/story');
  });

  it('gathers microdata with the item each property belongs to', () => {
    const head = headOf(
      page('', '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Big news</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Bo Ek</span></span><meta itemprop="datePublished" content="2020-01-02"></article>'),
    );
    expect(head.props.map((p) => [p.name, p.value, p.itemType, p.parentItemType])).toEqual([
      ['headline', 'Big news', 'NewsArticle', ''],
      ['name', 'Bo Ek', 'Person', 'NewsArticle'],
      ['datePublished', '2020-01-02', 'NewsArticle', ''],
    ]);
  });

  it('leaves the page text as it was', () => {
    const html = page('<meta name="description" content="About"><script type="application/ld+json">{"headline":"x"}</script>', '<p>One.</p><p>Two.</p>');
    expect(readHtml(html).lines).toEqual(['One.', 'Two.']);
  });
});

describe('each source of metadata', () => {
  it('JSON-LD: the article node in a @graph, authors as objects, strings and @id references, the publisher', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'WebSite', name: 'The Site'},
        {'@type': 'Person', '@id': '#ann', name: 'Ann Lee'},
        {
          '@type': ['NewsArticle'],
          headline: 'Rates rise &amp; fall',
          author: [{'@id': '#ann'}, {'@type': 'Person', name: 'Bo Ek'}, 'By Cy Dahl'],
          datePublished: '2024-05-06T07:08:09+02:00',
          dateModified: '2024-05-07',
          publisher: {'@type': 'Organization', name: 'Daily Paper'},
          keywords: 'rates, banks',
        },
      ],
    };
    expect(fromJsonLd([JSON.stringify(graph)])).toEqual({
      title: 'Rates rise & fall',
      author: ['Ann Lee', 'Bo Ek', 'Cy Dahl'],
      date: '2024-05-06T07:08:09+02:00',
      modified: '2024-05-07',
      siteName: 'Daily Paper',
      tags: ['rates', 'banks'],
    });
  });

  it('JSON-LD: an article as a page node`s mainEntity; a script that is not JSON gives nothing', () => {
    const script = JSON.stringify({'@type': 'WebPage', mainEntity: {'@type': 'DiscussionForumPosting', author: {name: 'poster1'}, datePublished: '2023-10-28'}});
    expect(fromJsonLd([script, '{not json'])).toMatchObject({author: ['poster1'], date: '2023-10-28'});
    expect(fromJsonLd(['{not json'])).toEqual({});
  });

  it('OpenGraph: og:* and article:*, an author that is a profile URL dropped', () => {
    const metas = [
      {key: 'og:title', content: 'Title'},
      {key: 'og:site_name', content: 'Site'},
      {key: 'article:author', content: 'https://www.facebook.com/someone'},
      {key: 'article:published_time', content: '2021-08-12T14:21:36-0600'},
      {key: 'article:tag', content: 'bikes'},
    ];
    expect(fromOpenGraph(metas)).toEqual({title: 'Title', siteName: 'Site', date: '2021-08-12T14:21:36-06:00', tags: ['bikes']});
  });

  it('a profile address written without its scheme is no name; a site`s bare host name is one', () => {
    const author = (content: string) => fromOpenGraph([{key: 'article:author', content}]).author;
    expect(author('facebook.com/someone')).toBeUndefined();
    expect(author('twitter.com/some_one/')).toBeUndefined();
    expect(author('Example.it')).toEqual(['Example.it']);
    expect(author('Ann Lee')).toEqual(['Ann Lee']);
  });

  it('Twitter cards and plain meta names', () => {
    expect(fromTwitter([{key: 'twitter:title', content: 'T'}, {key: 'twitter:image', content: 'i.png'}])).toEqual({title: 'T', image: 'i.png'});
    const metas = [
      {key: 'author', content: 'Ann Lee'},
      {key: 'date', content: 'March 27, 2025'},
      {key: 'description', content: 'About it'},
      {key: 'keywords', content: 'a, b, a'},
    ];
    expect(fromMetaNames(metas)).toEqual({author: ['Ann Lee'], date: '2025-03-27', description: 'About it', tags: ['a', 'b']});
  });

  it('microdata: a content item`s properties; none from a list of several articles', () => {
    const article = (item: number) => [
      {name: 'datePublished', value: `2020-01-0${item}`, itemType: 'Article', itemProp: '', item, parentItem: 0, parentItemType: ''},
      {name: 'name', value: `Writer ${item}`, itemType: 'Person', itemProp: 'author', item: item + 10, parentItem: item, parentItemType: 'Article'},
    ];
    expect(fromMicrodata(article(1))).toEqual({author: ['Writer 1'], date: '2020-01-01'});
    expect(fromMicrodata([...article(1), ...article(2)])).toEqual({});
    const outside = [{name: 'author', value: 'Nobody', itemType: '', itemProp: '', item: 0, parentItem: 0, parentItemType: ''}];
    expect(fromMicrodata(outside)).toEqual({});
  });

  it('canonical link, html lang, rel=author', () => {
    expect(fromCanonicalLink('https://x.org/a')).toEqual({url: 'https://x.org/a'});
    expect(fromCanonicalLink(undefined)).toEqual({});
    expect(fromHtmlLang(' de-CH ')).toEqual({language: 'de-CH'});
    expect(fromAuthorLinks(['Ann Lee', 'Ann Lee', 'https://x.org/ann'])).toEqual({author: ['Ann Lee']});
    expect(fromAuthorLinks(['Author: Ann Lee', 'Posted by : Bo Ek', 'Autor Cy Ode'])).toEqual({author: ['Ann Lee', 'Bo Ek', 'Cy Ode']});
  });

  it('<time datetime>: a marked one, or the only one; none among several unmarked', () => {
    expect(fromTimeElements([{datetime: '2020-01-01', published: false}, {datetime: '2020-02-02', published: true}])).toEqual({date: '2020-02-02'});
    expect(fromTimeElements([{datetime: '2020-01-01', published: false}])).toEqual({date: '2020-01-01'});
    expect(fromTimeElements([{datetime: '2020-01-01', published: false}, {datetime: '2020-02-02', published: false}])).toEqual({});
  });

  it('text: a byline and a dateline in the article`s head', () => {
    const blocks = [
      {text: 'Menu', label: 'navigation' as const, kept: false},
      {text: 'The headline', label: 'title' as const, kept: true},
      {text: 'By Jane Doe and John Roe | Staff', label: 'byline' as const, kept: false},
      {text: 'Published 3. Mai 2020', label: 'dateline' as const, kept: false},
      {text: 'word '.repeat(40), label: 'body' as const, kept: true},
      {text: 'By Someone Else', label: 'related' as const, kept: false},
    ];
    expect(fromTextBlocks(textBlocksOf(blocks))).toEqual({author: ['Jane Doe', 'John Roe'], date: '2020-05-03'});
  });

  it('text: a byline`s list of names parted by commas, and a name with a role or place after a comma kept alone', () => {
    expect(bylineNames('Por: Ana María Ruiz, Luis Pérez Gómez, Eva Gil')).toEqual(['Ana María Ruiz', 'Luis Pérez Gómez', 'Eva Gil']);
    expect(bylineNames('Par Marie Dupont, Jean Martin et Paul Durand')).toEqual(['Marie Dupont', 'Jean Martin', 'Paul Durand']);
    expect(bylineNames('By Jane Doe, John Roe and Ann Lee | 3 May 2020')).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    expect(bylineNames('By Jane Doe, Reuters')).toEqual(['Jane Doe']);
    expect(bylineNames('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(bylineNames('By Jane Doe, staff writer, and John Roe')).toEqual(['Jane Doe']);
  });

  it('text: no author from a line that does not read as names, nor from a list of bylines', () => {
    expect(bylineNames('By clicking Subscribe you agree')).toEqual([]);
    expect(bylineNames('Von Georg Kasch')).toEqual(['Georg Kasch']);
    expect(bylineNames('Author: Stefanie Krügl')).toEqual(['Stefanie Krügl']);
    const list = [
      {text: 'Books', label: 'title' as const, kept: true},
      {text: 'By Ann Lee', label: 'body' as const, kept: true},
      {text: 'By Bo Ek', label: 'body' as const, kept: true},
    ];
    expect(fromTextBlocks(textBlocksOf(list))).toEqual({});
  });

  it('text: words parted by a no-break space count apart, so that a paragraph of prose ends the head', () => {
    const prose = `${Array.from({length: 28}, (_, k) => `word${k}`).join(' ')}\u00a0:\u00a0end`;
    const blocks = [
      {text: 'The headline', label: 'title' as const, kept: true},
      {text: prose, label: 'body' as const, kept: true},
      {text: 'By Jane Doe', label: 'body' as const, kept: true},
    ];
    expect(fromTextBlocks(textBlocksOf(blocks))).toEqual({});
  });
});

describe('dates', () => {
  it('reads Polish month names, written in the genitive after the day', () => {
    expect(dateInText('22 kwietnia 2021')).toBe('2021-04-22');
    expect(dateInText('Opublikowano 3 października 2020, 10:15')).toBe('2020-10-03');
    expect(dateInText('1 maja 2019')).toBe('2019-05-01');
    expect(dateInText('15 grudnia 2018')).toBe('2018-12-15');
    expect(dateInText('lutego 5, 2020')).toBeUndefined();
  });

  it('keeps an ISO date`s precision and zone, and reads common written forms', () => {
    expect(isoDate('2024-03-12T11:15:01-0400')).toBe('2024-03-12T11:15:01-04:00');
    expect(isoDate('2024-06-11 11:06:04+00:00')).toBe('2024-06-11T11:06:04+00:00');
    expect(isoDate('2020-01-10')).toBe('2020-01-10');
    expect(isoDate('Tue, 03 May 2022 10:00:00 GMT')).toBe('2022-05-03');
    expect(dateInText('by oz on December 4, 2006')).toBe('2006-12-04');
    expect(dateInText('31.10.2023')).toBe('2023-10-31');
    expect(dateInText('6. November 2023 um 13:03 Uhr')).toBe('2023-11-06');
    expect(dateInText('Publié le 1er juillet 2021')).toBe('2021-07-01');
    expect(dateInText('le 3 juin 2021')).toBe('2021-06-03');
    expect(dateInText('14 février 2022')).toBe('2022-02-14');
    expect(dateInText('miércoles, 4 de mayo de 2022 10:30 hs')).toBe('2022-05-04');
    expect(dateInText('Actualizado el 9 de agosto de 2021')).toBe('2021-08-09');
    expect(dateInText('17 décembre 2020')).toBe('2020-12-17');
  });

  it('gives no date for what is not one', () => {
    expect(isoDate('2024-02-30')).toBeUndefined();
    expect(isoDate('yesterday')).toBeUndefined();
    expect(dateInText('May 3')).toBeUndefined();
    expect(dateInText('set 12, 2019')).toBeUndefined();
    expect(dateInText('ago 5, 2020')).toBeUndefined();
    expect(dateInText('Mars 12, 2020')).toBeUndefined();
    expect(dateInText('March 12, 2020')).toBe('2020-03-12');
  });
});

describe('the precedence of sources', () => {
  it('takes each field from the first source in its order', () => {
    const merged = mergeMetadata({
      jsonLd: {title: 'LD headline', author: ['LD Author'], date: '2020-01-01'},
      openGraph: {title: 'OG title', date: '2021-01-01', url: 'https://og.example/a', siteName: 'Site'},
      canonicalLink: {url: 'https://canonical.example/a'},
      htmlLang: {language: 'en'},
      text: {author: ['Text Author']},
    });
    expect(merged).toEqual({
      title: 'OG title',
      author: ['LD Author'],
      date: '2020-01-01',
      modified: null,
      siteName: 'Site',
      description: null,
      url: 'https://canonical.example/a',
      image: null,
      language: 'en',
      tags: [],
    });
  });

  it('falls back to later sources, the text last', () => {
    expect(mergeMetadata({text: {author: ['Text Author'], date: '2019-09-09'}})).toMatchObject({author: ['Text Author'], date: '2019-09-09'});
  });

  it('makes a relative canonical link and lead image absolute against the page`s own address, and nothing without one', () => {
    const head = '<link rel="canonical" href="/news/story-1"><meta property="og:image" content="/img/lead.png">';
    const withAddress = declutter(page(head), {url: 'https://city.example/a/b'}).metadata;
    expect(withAddress).toMatchObject({url: 'https://city.example/news/story-1', image: 'https://city.example/img/lead.png'});
    // Without it, as the page gives them: no address is guessed.
    expect(declutter(page(head)).metadata).toMatchObject({url: '/news/story-1', image: '/img/lead.png'});
    // An image beside an absolute canonical link is read against it.
    expect(declutter(page('<link rel="canonical" href="https://y.example/s/t"><meta property="og:image" content="i.png">')).metadata.image).toBe('https://y.example/s/i.png');
  });

  it('writes og:locale`s locale as a BCP 47 tag', () => {
    expect(mergeMetadata({openGraph: {language: 'en_GB'}}).language).toBe('en-GB');
    expect(mergeMetadata({openGraph: {language: 'zh_Hant_TW'}}).language).toBe('zh-Hant-TW');
    expect(mergeMetadata({htmlLang: {language: 'de-DE'}}).language).toBe('de-DE');
  });

  it('takes the site`s name off a title', () => {
    expect(withoutSiteSuffix("A Letter on Justice | Harper's Magazine", "Harper's Magazine")).toBe('A Letter on Justice');
    expect(withoutSiteSuffix('GearLab - The Ultimate Checklist', 'GearLab')).toBe('The Ultimate Checklist');
    expect(withoutSiteSuffix('Spider-Man - A Review', 'Cinema Daily')).toBe('Spider-Man - A Review');
    expect(withoutSiteSuffix('Headline | Site', null)).toBe('Headline | Site');
  });
});

describe('where metadata shows', () => {
  const html = page('<title>Headline | Site</title><meta property="og:site_name" content="Site"><meta name="author" content="Ann Lee">', '<h1>Headline</h1><p>' + 'Some words of the body. '.repeat(20) + '</p>');

  it('the cleaned document and -f json carry it', () => {
    const doc = declutter(html);
    expect(doc.metadata).toMatchObject({title: 'Headline', author: ['Ann Lee'], siteName: 'Site', language: 'en-GB'});
    expect(JSON.parse(toJson(doc)).metadata).toEqual(doc.metadata);
  });

  it('a text document has metadata only from its text', () => {
    const doc = declutter('Headline\n\nBy Ann Lee\n\n' + 'Some words of the body. '.repeat(20));
    expect(doc.metadata.siteName).toBeNull();
    expect(doc.metadata.url).toBeNull();
  });

  it('names the title the document names, text as HTML, so that every output names one', () => {
    const text = [
      'Council approves new river budget',
      'By Jane Doe',
      'March 3, 2025',
      'The town council approved a new budget for the river restoration on Tuesday, after months of debate among residents and officials about the cost.',
      'The plan will remove two weirs and plant willows along the banks, the council said in a statement released after the vote.',
    ].join('\n\n');
    const doc = declutter(text);
    expect(doc.title).toBe('Council approves new river budget');
    expect(doc.metadata.title).toBe(doc.title);
    expect(toMarkdown(doc, {frontMatter: true})).toMatch(/^---\ntitle: Council approves new river budget\n/);
  });
});
