import {isoDate} from './dates.js';
import type {FoundMetadata} from './fields.js';
import type {PageHead} from '../read/page-head.js';
import {cleanText, personName, uniqueNames} from './values.js';

/** `<link rel="canonical">`: the page's URL. */
export function fromCanonicalLink(canonical: PageHead['canonical']): FoundMetadata {
  return canonical ? {url: canonical} : {};
}

/** `<html lang>`: the page's language. */
export function fromHtmlLang(lang: string | undefined): FoundMetadata {
  const language = cleanText(lang);
  return language ? {language} : {};
}

/**
 * `<time datetime>`: the date of a time element that says it is the publication date (`pubdate`, `itemprop`), else
 * of the page's only time element. A page with several and none marked (an article's date beside its comments'
 * and its related links') names no date this way.
 */
export function fromTimeElements(times: PageHead['times']): FoundMetadata {
  const marked = times.find((time) => time.published && isoDate(time.datetime));
  const chosen = marked ?? (times.length === 1 ? times[0] : undefined);
  const date = chosen ? isoDate(chosen.datetime) : undefined;
  return date ? {date} : {};
}

/**
 * `<a rel="author">`: the authors' names; else an hCard author (`class="author vcard"`) where the page's cards name one
 * alone, since a page whose cards name several is most often a list of posts, each with its author.
 */
export function fromAuthorLinks(authorLinks: PageHead['authorLinks'], authorCards: PageHead['authorCards'] = []): FoundMetadata {
  const author = uniqueNames(authorLinks.map(personName));
  if (author.length) return {author};
  const carded = uniqueNames(authorCards.map(personName));
  return carded.length === 1 ? {author: carded} : {};
}

/** `<title>`, with the site's name after a separator taken off when another source names the site. */
export function fromTitleTag(title: string | undefined): FoundMetadata {
  const text = cleanText(title);
  return text ? {title: text} : {};
}
