import type {PageHead} from '../read/page-head.js';
import type {FoundMetadata} from './fields.js';
import {fromJsonLd} from './json-ld.js';
import {titleMetas} from './meta-tags.js';
import {fromMicrodata} from './microdata.js';
import {fromTitleTag} from './page-tags.js';
import {withoutSiteNames} from './site-suffix.js';

/**
 * The page's title, chosen from all the evidence an HTML page gives: the block the title rules named (the stated
 * title's block, the first `<h1>`, or the title scorer's pick) and the titles its head states (og:title, JSON-LD's
 * headline, microdata's, twitter:title, a meta name's and `<title>`, each without the site's name). Where the block
 * and a stated title agree, that is the title; where they do not, the evidence decides (docs/learning.md, Titles).
 * The result may be a string of the head that no block says: printers that print blocks print it only as metadata.
 */

/** The block the title rules named: its text, the rule, and whether it is printed first (else a heading below kept lines). */
export interface NamedTitle {
  text: string;
  rule: string;
  printed: boolean;
}

/** What the head says of the title: each source's title without the site's name, and the site's names. */
export interface HeadTitles {
  titles: string[];
  siteNames: string[];
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
const UNRELATED_H1 = 0.3;

const HOST_PREFIX = /^www\d*\./;
const SEPARATOR = /\s[|–—·•:»-]\s|\s::\s/u;

/** The head's titles and site names; `url`, the document's own, names the site where the head gives no URL. */
export function headTitles(head: PageHead | undefined, url?: string): HeadTitles {
  if (!head) return {titles: [], siteNames: []};
  // JSON-LD and microdata are read only where the page has them: the title is chosen on every HTML page.
  const found: Record<(typeof TITLE_SOURCES)[number], FoundMetadata> = {
    ...titleMetas(head.metas),
    jsonLd: head.jsonLd.length > 0 ? fromJsonLd(head.jsonLd) : {},
    microdata: head.props.length > 0 ? fromMicrodata(head.props) : {},
    titleTag: fromTitleTag(head.title),
  };
  const siteNames: string[] = [];
  for (const source of SITE_SOURCES) if (found[source].siteName) siteNames.push(found[source].siteName!);
  siteNames.push(...hostNames(head.canonical ?? found.openGraph.url ?? found.jsonLd.url ?? url));
  const titles: string[] = [];
  for (const source of TITLE_SOURCES) {
    const title = found[source].title;
    if (title) titles.push(withoutSiteNames(title, siteNames));
  }
  return {titles, siteNames};
}

/** The page's title from the named block and the head (see the file's comment); null where the evidence is too weak. */
export function choosePageTitle(named: NamedTitle | undefined, head: HeadTitles): string | null {
  const {titles, siteNames} = head;
  if (named) {
    const says = (text: string) => {
      const key = titleWords(text).join(' ');
      return key !== '' && titles.some((title) => titleWords(title).join(' ') === key);
    };
    if (says(named.text)) return named.text;
    const bare = withoutSiteNames(named.text, siteNames);
    if (says(bare)) return bare;
  }
  const agreed = agreedTitle(titles);
  if (!named) return agreed;
  if (agreed !== null && isGuess(named.rule)) return agreed;
  if (agreed !== null && named.rule === 'page-h1' && wholeTitle(agreed) && sharedWords(named.text, agreed) < UNRELATED_H1) return agreed;
  // A block below kept lines that no source of the head names is no title to name.
  return named.printed ? named.text : null;
}

/** Whether `text` says `title`: the same words in order, the site's name aside. */
export function saysTitle(text: string, title: string, siteNames: readonly string[]): boolean {
  const key = titleWords(title).join(' ');
  return titleWords(text).join(' ') === key || titleWords(withoutSiteNames(text, siteNames)).join(' ') === key;
}

/** The first title that another source states too (by their words), or null. */
function agreedTitle(titles: readonly string[]): string | null {
  const keys = titles.map((title) => titleWords(title).join(' '));
  const i = keys.findIndex((key, at) => key !== '' && keys.some((other, j) => j !== at && other === key));
  return i < 0 ? null : titles[i]!;
}

/** The title rules' picks from the text alone, without the page saying so: the title scorer's, or the guess before it. */
function isGuess(rule: string): boolean {
  return rule === 'learned-title' || rule === 'title-before-body';
}

/** A title of one part: no separator left in it, as in a page title of several ("Product | Category"). */
function wholeTitle(title: string): boolean {
  return !SEPARATOR.test(title);
}

/** The share of the two titles' distinct words that both use (Jaccard). */
function sharedWords(a: string, b: string): number {
  const first = new Set(titleWords(a));
  const second = new Set(titleWords(b));
  let both = 0;
  for (const word of first) if (second.has(word)) both++;
  const either = first.size + second.size - both;
  return either === 0 ? 0 : both / either;
}

/** A title's words, lower-cased: case, punctuation, quotes, dashes and spacing aside. */
function titleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A URL's host as site names: "www.move.org" gives "move.org" and "move". */
function hostNames(url: string | undefined): string[] {
  if (!url) return [];
  let host: string;
  try {
    host = new URL(url).hostname.replace(HOST_PREFIX, '');
  } catch {
    return [];
  }
  const labels = host.split('.');
  return labels.length >= 2 ? [host, labels[labels.length - 2]!] : [host];
}
