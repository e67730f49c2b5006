import {domainToUnicode} from 'node:url';
import {eng as englishStopwords} from 'stopword/src/stopwords_eng.js';
import type {PageHead} from '../read/page-head.js';
import type {FoundMetadata} from './fields.js';
import {fromJsonLd} from './json-ld.js';
import {titleMetas} from './meta-tags.js';
import {fromMicrodata} from './microdata.js';
import {fromTitleTag} from './page-tags.js';
import {hasSeparator, pairsWords, titleParts, withoutSiteNames} from './site-suffix.js';
import {SOFT_HYPHENS, titleKey, titleWords} from './title-words.js';

/**
 * The page's title, chosen from all the evidence an HTML page gives: the block the title rules named (the stated
 * title's block, the first `<h1>`, or the title scorer's pick) and the titles its head states (og:title, JSON-LD's
 * headline, microdata's, twitter:title, a meta name's and `<title>`, each without the site's name). Where one source
 * states a title that another states with a part beside it, that is the title; where the block and a stated title (or
 * its first part) agree, that is; where they do not, the evidence decides (docs/learning.md, Titles).
 * The result may be a string of the head that no block says: printers that print blocks print it only as metadata.
 */

/**
 * How the title rules came by the block they named: the page states its words (`stated`), it is the page's first
 * `<h1>` (`h1`), or the rules guessed it from the text alone, by the title scorer or the guess before it (`guess`).
 */
export type NamedBy = 'stated' | 'h1' | 'guess';

/** The block the title rules named: its text, how they came by it, and whether it is printed first (else a heading below kept lines). */
export interface NamedTitle {
  text: string;
  by: NamedBy;
  printed: boolean;
}

/** What the head says of the title: each source's title without the site's name, and the site's names. */
export interface HeadTitles {
  titles: string[];
  /** The site's names as the head's sources state them. */
  siteNames: string[];
  /** The host of the page's URL, and its name: "cityherald.com", "cityherald". */
  hostNames: string[];
}

// The sources whose titles are compared, in the order `metadata.title` prefers them: an agreed title is written as
// the first of them that states it.
const TITLE_SOURCES = ['openGraph', 'jsonLd', 'microdata', 'twitter', 'metaNames', 'titleTag'] as const;
const SITE_SOURCES = ['openGraph', 'jsonLd', 'microdata', 'metaNames'] as const;

/**
 * Below this share of words in common, an `<h1>` and the head's agreed title say different things: the `<h1>` is a
 * slogan or a section's or site's name the head does not give, and the head's title is the page's (decided on the
 * train ids: docs/learning.md, Titles).
 */
export const UNRELATED_H1 = 0.3;

const HOST_PREFIX = /^www\d*\./;

// The title rules and the choice after them both ask for a page's head titles: they are worked out once a page.
const headTitlesOfPage = new WeakMap<PageHead, {url: string | undefined; titles: HeadTitles}>();

/** The head's titles and site names; `url`, the document's own, names the site where the head gives no URL. */
export function headTitles(head: PageHead | undefined, url?: string): HeadTitles {
  if (!head) return {titles: [], siteNames: [], hostNames: []};
  const known = headTitlesOfPage.get(head);
  if (known && known.url === url) return known.titles;
  const titles = readHeadTitles(head, url);
  headTitlesOfPage.set(head, {url, titles});
  return titles;
}

function readHeadTitles(head: PageHead, url: string | undefined): HeadTitles {
  // JSON-LD and microdata are read only where the page has them: the title is chosen on every HTML page.
  const found: Record<(typeof TITLE_SOURCES)[number], FoundMetadata> = {
    ...titleMetas(head.metas),
    jsonLd: head.jsonLd.length > 0 ? fromJsonLd(head.jsonLd) : {},
    microdata: head.props.length > 0 ? fromMicrodata(head.props) : {},
    titleTag: fromTitleTag(head.title),
  };
  const siteNames: string[] = [];
  for (const source of SITE_SOURCES) if (found[source].siteName) siteNames.push(found[source].siteName!);
  const hosts = hostNames([head.canonical, found.openGraph.url, found.jsonLd.url, url]);
  const titles: string[] = [];
  for (const source of TITLE_SOURCES) {
    const title = found[source].title;
    if (title) titles.push(withoutSiteNames(title, siteNames, hosts));
  }
  return {titles, siteNames, hostNames: hosts};
}

/**
 * The page's title from the named block and the head (see the file's comment); null where the evidence is too weak.
 * `stopwords` are those of the page's language: an article before the head's headline is the headline's own.
 */
export function choosePageTitle(named: NamedTitle | undefined, head: HeadTitles, stopwords: ReadonlySet<string> = ENGLISH_STOPWORDS): string | null {
  const chosen = chooseFromEvidence(named, head, stopwords);
  return chosen === null ? null : headlineOf(chosen).replace(SOFT_HYPHENS, '');
}

function chooseFromEvidence(namedBlock: NamedTitle | undefined, head: HeadTitles, stopwords: ReadonlySet<string>): string | null {
  const {titles} = head;
  // An `<h1>` that says only the host's name is the site's logo, not the page's title.
  const named = namedBlock?.by === 'h1' && saysHostName(namedBlock.text, head.hostNames) ? undefined : namedBlock;
  const trimmed = endPartAgreed(titles, named);
  if (trimmed !== null) return trimmed;
  if (named) {
    // A head title's first part is its headline as often as not ("Azure Functions | Microsoft Learn"): a block that
    // says it says the title, even one kept below other lines.
    const keys = new Set([...titles, ...titles.flatMap((title) => (hasSeparator(title) ? [titleParts(title)[0]!] : []))].map(titleKey));
    const stated = (text: string) => {
      const key = titleKey(text);
      return key !== '' && keys.has(key);
    };
    if (stated(named.text)) return named.text;
    const bare = withoutSiteNames(named.text, head.siteNames, head.hostNames);
    if (stated(bare)) return bare;
    if (named.by === 'h1' && !named.printed && titles.some((title) => saysInOrder(title, named.text))) return named.text;
  }
  const agreed = agreedTitle(titles);
  // A block that sets a label, a date or a kicker before the headline the head agrees on says that headline.
  if (named && agreed !== null && saysAfterLabel(named.text, agreed, stopwords)) return agreed;
  // With no block printed as the title and no title the head agrees on, a head title a template joined a tagline or
  // the site's name to still says its headline ("How to plant tulip bulbs in autumn | Garden notes").
  if (agreed === null && !named?.printed) {
    const joined = titles.find((title) => headlineOf(title) !== title);
    if (joined !== undefined) return joined;
  }
  if (!named) return agreed;
  if (agreed !== null && named.by === 'guess') return agreed;
  if (agreed !== null && named.by === 'h1' && !hasSeparator(agreed) && sharedWords(named.text, agreed) < UNRELATED_H1) return agreed;
  // A block below kept lines that no source of the head names is no title to name.
  return named.printed ? named.text : null;
}

/**
 * Whether `text` says `title` after words of its own, one of them a word with letters that is none of `stopwords`: a
 * label ("Blog:"), a date ("Dec 18 2025") or a kicker ("Results for") that a page set before its headline in the
 * block, where the head states the headline alone. A number alone ("2025 Price Guide") and an article ("The Best ...")
 * are the headline's own, in the page's language ("Les meilleures ...", "Die besten ...") as in English.
 */
function saysAfterLabel(text: string, title: string, stopwords: ReadonlySet<string>): boolean {
  const words = titleWords(text);
  const end = titleWords(title);
  const before = words.length - end.length;
  if (end.length === 0 || before <= 0 || end.some((word, i) => words[before + i] !== word)) return false;
  return words.slice(0, before).some((word) => /\p{L}/u.test(word) && !stopwords.has(word));
}

/**
 * Whether `title` says every word of `text` in its order, other words between them allowed ("Hire Movers in Jackson"
 * in "Hire Local Movers - Moving Help in Jackson"), from a word of its first part on and not as a later part: words a
 * later part starts or says (after a separator) are a section's, a board's or the site's name as often as not. A
 * single word only where it opens the title, as a product's or a category's name does ("Headlamps" of "Headlamps for
 * Camping, Hiking & Running"): within it, it is a section's or the site's name as often ("Recipes" of "Easy weeknight
 * chicken recipes").
 */
function saysInOrder(title: string, text: string): boolean {
  const said = titleWords(text);
  const words = titleWords(title);
  const firstPart = titleWords(titleParts(title)[0]!).length;
  let at = words.indexOf(said[0] ?? '');
  if (at < 0 || at >= (said.length === 1 ? 1 : firstPart)) return false;
  for (const word of said.slice(1)) {
    at++;
    while (at < words.length && words[at] !== word) at++;
    if (at >= words.length) return false;
  }
  const key = titleKey(text);
  return !titleParts(title).slice(1).some((part) => titleKey(part) === key);
}

// For a caller that knows no page language: the language of most pages.
const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(englishStopwords);

/** Whether `text` is the page's host or its name alone ("Aliexpress", "davidbau.com"). */
function saysHostName(text: string, hostNames: readonly string[]): boolean {
  const folded = titleWords(text).join('');
  return folded !== '' && hostNames.some((host) => titleWords(host).join('') === folded);
}

/**
 * A title's headline where a field separator (" | ", " - ", " · ", " » ", a forum's " / ") sets something beside
 * it: the first part, where it is the longest part and of three words or more ("Best Movers in Jackson 2025 | Top 19
 * Companies", "Wool Socks - (3 pairs) Grey"). What a template joins to a headline that way is a tagline, an edition, a section or a
 * site the site's names did not give. A dash (– —) is a headline's own punctuation ("How to bake bread – a primer"),
 * a part without letters is the end of a range ("Squad 2024 - 2025"), and a word and a number ("Part 2") numbers an
 * instalment: such titles stay whole.
 */
export function headlineOf(title: string): string {
  const field = [...title.matchAll(FIELD_SEPARATOR)].find((match) => match[1] !== '/' || !pairsWords(title.slice(match.index + match[0].length)));
  if (!field) return title;
  const first = title.slice(0, field.index);
  if (hasSeparator(first)) return title;
  const parts = titleParts(title);
  const words = parts.map((part) => titleWords(part).length);
  if (words[0]! < HEADLINE_WORDS || words.some((n) => n > words[0]!)) return title;
  if (parts.slice(1).some((part) => !/\p{L}/u.test(part) || INSTALMENT.test(part.trim()))) return title;
  return first.trim();
}

// A word and a number ("Part 2", "Vol. 3", "March 2026"): which instalment or edition of the headline's work the page
// is, part of its title, where cutting it would name another work.
const INSTALMENT = /^\p{L}+\.?\s+\p{N}+$/u;

// The separators a template joins a title's fields with.
const FIELD_SEPARATOR = /\s+([|·•»/-]|::)\s+/gu;
const HEADLINE_WORDS = 3;

/** Whether `text` says `title`: the same words in order, the site's name aside. */
export function saysTitle(text: string, title: string, head: Pick<HeadTitles, 'siteNames' | 'hostNames'>): boolean {
  const key = titleKey(title);
  return titleKey(text) === key || titleKey(withoutSiteNames(text, head.siteNames, head.hostNames)) === key;
}

/**
 * The first title that another source states with a part beside it: one source says "Headline", another "Section -
 * Headline" or "Headline | Subtitle". Both say the headline; what only one adds is a forum's section, a tagline or a
 * site's name that `withoutSiteNames` did not know. Where the named block says the first part of such a title, a
 * shorter last part that a source states alone is the site's name ("City News" beside "Budget passes for the city |
 * City News"), no agreement; a longer one is the headline after a kicker.
 */
export function endPartAgreed(titles: readonly string[], named: NamedTitle | undefined): string | null {
  const namedKey = named ? titleKey(named.text) : '';
  const ends = new Set<string>();
  for (const title of titles) {
    if (!hasSeparator(title)) continue;
    const parts = titleParts(title);
    const first = parts[0]!;
    const last = parts.at(-1)!;
    ends.add(titleKey(first));
    const siteBeside = titleKey(first) === namedKey && titleWords(last).length < titleWords(first).length;
    if (!siteBeside) ends.add(titleKey(last));
  }
  if (ends.size === 0) return null;
  return titles.find((title) => {
    const key = titleKey(title);
    return key !== '' && ends.has(key);
  }) ?? null;
}

/** The first title that another source states too (by their words), or null. */
export function agreedTitle(titles: readonly string[]): string | null {
  const keys = titles.map(titleKey);
  const i = keys.findIndex((key, at) => key !== '' && keys.some((other, j) => j !== at && other === key));
  return i < 0 ? null : titles[i]!;
}

/** The share of the two titles' distinct words that both use (Jaccard). */
export function sharedWords(a: string, b: string): number {
  const first = new Set(titleWords(a));
  const second = new Set(titleWords(b));
  let both = 0;
  for (const word of first) if (second.has(word)) both++;
  const either = first.size + second.size - both;
  return either === 0 ? 0 : both / either;
}

/**
 * The host of the first of `urls` that is a whole URL, as site names: "www.move.org" gives "move.org" and "move",
 * "www.abc.net.au" gives "abc.net.au" and "abc". A relative canonical link ("/news/1") names no host, so the next URL
 * is asked.
 */
function hostNames(urls: readonly (string | null | undefined)[]): string[] {
  const host = urls.map(hostOf).find((name) => name !== undefined);
  if (!host) return [];
  const labels = host.split('.');
  // Under a country's domain the registered name often sits below a second level of its own (co.uk, com.au, gov.in):
  // "co" or "com" is no site's name.
  const underSecondLevel = labels.length >= 3 && labels.at(-1)!.length === 2 && COUNTRY_SECOND_LEVELS.has(labels.at(-2)!);
  const name = labels.at(underSecondLevel ? -3 : -2);
  return name === undefined ? [host] : [host, name];
}

/** The second levels that countries' domains register names under, as their registries define them. */
const COUNTRY_SECOND_LEVELS: ReadonlySet<string> = new Set(['ac', 'co', 'com', 'edu', 'go', 'gob', 'gov', 'ltd', 'mil', 'ne', 'net', 'nic', 'or', 'org', 'plc', 'sch']);

// A URL keeps an international host in its ASCII form ("xn--bcher-kva.de"); the page names itself in its letters ("Bücher").
function hostOf(url: string | null | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const host = new URL(url).hostname;
  return (domainToUnicode(host) || host).replace(HOST_PREFIX, '') || undefined;
}
