import {isoDate} from './dates.js';
import type {FoundMetadata} from './fields.js';
import type {MicrodataProp} from '../read/page-head.js';
import {cleanText, keywordList, personName, uniqueNames} from './values.js';

/**
 * Metadata from microdata (`itemprop`): the properties of the page's items, a comment's and a review's own left out
 * (their authors and dates are not the page's). An author is an `author` property's text, or the `name` inside an
 * item that is an `author` (or `creator`).
 */
const FOREIGN_ITEMS = /^(?:Comment|UserComments|Review|Answer)$/;

export function fromMicrodata(props: readonly MicrodataProp[]): FoundMetadata {
  const own = props.filter((p) => !FOREIGN_ITEMS.test(p.itemType));
  const value = (name: string) => own.find((p) => p.name === name && p.value)?.value;
  const found: FoundMetadata = {};
  const title = cleanText(value('headline'));
  if (title) found.title = title;
  const author = uniqueNames([
    ...own.filter((p) => p.name === 'author' || p.name === 'creator').map((p) => personName(p.value)),
    ...own.filter((p) => p.name === 'name' && (p.itemProp === 'author' || p.itemProp === 'creator')).map((p) => personName(p.value)),
  ]);
  if (author.length) found.author = author;
  const date = isoDate(value('datePublished')) ?? isoDate(value('dateCreated'));
  if (date) found.date = date;
  const modified = isoDate(value('dateModified'));
  if (modified) found.modified = modified;
  const siteName = cleanText(own.find((p) => p.name === 'name' && p.itemProp === 'publisher')?.value);
  if (siteName) found.siteName = siteName;
  const description = cleanText(value('description'));
  if (description) found.description = description;
  const tags = keywordList(value('keywords'));
  if (tags.length) found.tags = tags;
  return found;
}
