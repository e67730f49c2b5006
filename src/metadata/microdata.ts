import {isoDate} from './dates.js';
import {CONTENT_TYPES} from './schema-types.js';
import type {FoundMetadata} from './fields.js';
import type {MicrodataProp} from '../read/page-head.js';
import {cleanText, keywordList, personName, uniqueNames} from './values.js';

/**
 * Metadata from microdata (`itemprop`): the properties of the items that describe the page's content (an Article, a
 * BlogPosting, a WebPage...), not those of a property outside every item. A page with several article items is a
 * list of teasers (or an article beside its related ones, which no markup tells apart): none of them speaks for the
 * page. A thread's posts are items too: the first is the thread's. An author is an `author` property's text, or the `name` inside an
 * item that is an `author` (or `creator`); only the first item that names authors counts, so that a thread's replies
 * or a list's teasers do not add theirs.
 */

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report)$/;

export function fromMicrodata(props: readonly MicrodataProp[]): FoundMetadata {
  const articles = new Set(props.filter((p) => ARTICLE_TYPES.test(p.itemType)).map((p) => p.item));
  if (articles.size > 1) return {};
  const own = props.filter((p) => CONTENT_TYPES.test(p.itemType));
  // A Person or Organization item inside a content item: its author or publisher.
  const within = props.filter((p) => p.name === 'name' && CONTENT_TYPES.test(p.parentItemType));
  const value = (name: string) => own.find((p) => p.name === name && p.value)?.value;
  const found: FoundMetadata = {};
  const title = cleanText(value('headline'));
  if (title) found.title = title;
  const isAuthor = (name: string) => name === 'author' || name === 'creator';
  // Each author with the item it is the author of: the item holding the property, or holding the Person item.
  const authors = own.flatMap((p) => {
    if (isAuthor(p.name)) return [{of: p.item, name: personName(p.value)}];
    return [];
  });
  for (const p of within) if (isAuthor(p.itemProp)) authors.push({of: p.parentItem, name: personName(p.value)});
  const firstItem = authors.find((a) => a.name)?.of;
  const author = uniqueNames(authors.filter((a) => a.of === firstItem).map((a) => a.name));
  if (author.length) found.author = author;
  const date = isoDate(value('datePublished')) ?? isoDate(value('dateCreated'));
  if (date) found.date = date;
  const modified = isoDate(value('dateModified'));
  if (modified) found.modified = modified;
  const siteName = cleanText(within.find((p) => p.itemProp === 'publisher')?.value);
  if (siteName) found.siteName = siteName;
  const description = cleanText(value('description'));
  if (description) found.description = description;
  const tags = keywordList(value('keywords'));
  if (tags.length) found.tags = tags;
  return found;
}
