import type {PageHead} from '../read/page-head.js';
import type {Label} from '../types.js';
import {emptyMetadata, LIST_FIELDS, SCALAR_FIELDS, type FoundMetadata, type MetadataField, type PageMetadata} from './fields.js';
import {fromJsonLd} from './json-ld.js';
import {fromMetaNames, fromOpenGraph, fromTwitter} from './meta-tags.js';
import {fromMicrodata} from './microdata.js';
import {fromAuthorLinks, fromCanonicalLink, fromHtmlLang, fromTimeElements, fromTitleTag} from './page-tags.js';
import {fromTextBlocks, textBlocksOf} from './text-blocks.js';
import {withoutSiteSuffix} from './site-suffix.js';
import {resolveUrl} from '../urls.js';

/**
 * A page's metadata, merged from every source that states it. Each field takes the first source in its order that
 * gives it: the structured data a publisher writes for machines (JSON-LD, microdata) before the tags written for
 * social sites (OpenGraph, Twitter) and the plain meta names, those before what the markup shows in passing (`<time>`,
 * `rel=author`, `<title>`), and the text's byline and dateline last. Title, URL and language have orders of their own
 * (see `FIELD_ORDER`). Pure: the head is what the HTML reader gathered, the blocks what the cleaner labelled.
 */
export type MetadataSource =
  | 'jsonLd'
  | 'microdata'
  | 'openGraph'
  | 'metaNames'
  | 'twitter'
  | 'canonicalLink'
  | 'timeElements'
  | 'authorLinks'
  | 'htmlLang'
  | 'titleTag'
  | 'text';

// Frozen, as every shared list of the library is: a caller that changed one would change every later call's metadata.
export const DEFAULT_ORDER: readonly MetadataSource[] = Object.freeze([
  'jsonLd', 'microdata', 'openGraph', 'metaNames', 'twitter', 'canonicalLink', 'timeElements', 'authorLinks', 'htmlLang', 'titleTag', 'text',
] as const);

export const FIELD_ORDER: Readonly<Partial<Record<MetadataField, readonly MetadataSource[]>>> = Object.freeze({
  // The headline written for sharing is the one most often kept free of the site's name.
  title: Object.freeze(['openGraph', 'jsonLd', 'microdata', 'twitter', 'metaNames', 'titleTag'] as const),
  // The canonical link is the URL's own tag; og:url and JSON-LD's are copies of it.
  url: Object.freeze(['canonicalLink', 'openGraph', 'jsonLd'] as const),
  // `<html lang>` is a language tag by definition; og:locale and inLanguage are often a default left in a template.
  language: Object.freeze(['htmlLang', 'jsonLd', 'openGraph'] as const),
});

/**
 * `title`, where given, is the page's title as the cleaner chose it from all the evidence (`choosePageTitle`): it takes
 * the place of the title the head states, so that every output names one title. `pageUrl`, the document's own address
 * where it is known, makes a relative canonical link absolute, and the lead image's address with it.
 */
export function pageMetadata(
  head: PageHead | undefined,
  blocks: readonly {text: string; label: Label; kept: boolean}[] = [],
  title?: string | null,
  pageUrl?: string,
): PageMetadata {
  const found = {text: fromTextBlocks(textBlocksOf(blocks))} as Record<MetadataSource, FoundMetadata>;
  for (const source of HEAD_SOURCES) found[source] = head ? FROM_HEAD[source](head) : {};
  const metadata = mergeMetadata(found);
  if (title) metadata.title = title;
  metadata.url = absolute(metadata.url, pageUrl);
  metadata.image = absolute(metadata.image, metadata.url ?? pageUrl);
  return metadata;
}

/** An address made absolute against `base` where it is relative and `base` is a whole URL; else as it was. */
function absolute(address: string | null, base: string | undefined): string | null {
  if (address === null || base === undefined || URL.canParse(address) || !URL.canParse(base)) return address;
  return resolveUrl(address, base) ?? address;
}

/**
 * The authors the page's head states, by the sources' order for `author`: read before the page is judged, by the
 * `author-line` rule, so that only the sources up to the first that names authors are read.
 */
export function statedAuthors(head: PageHead): string[] {
  for (const source of FIELD_ORDER.author ?? DEFAULT_ORDER) {
    if (source === 'text') continue;
    const author = FROM_HEAD[source](head).author;
    if (author !== undefined) return author;
  }
  return [];
}

type HeadSource = Exclude<MetadataSource, 'text'>;

// What each source of the head says, read from the part of the head it lies in.
const FROM_HEAD: Record<HeadSource, (head: PageHead) => FoundMetadata> = {
  jsonLd: (head) => fromJsonLd(head.jsonLd),
  microdata: (head) => fromMicrodata(head.props),
  openGraph: (head) => fromOpenGraph(head.metas),
  metaNames: (head) => fromMetaNames(head.metas),
  twitter: (head) => fromTwitter(head.metas),
  canonicalLink: (head) => fromCanonicalLink(head.canonical),
  timeElements: (head) => fromTimeElements(head.times),
  authorLinks: (head) => fromAuthorLinks(head.authorLinks, head.authorCards),
  htmlLang: (head) => fromHtmlLang(head.lang),
  titleTag: (head) => fromTitleTag(head.title),
};
const HEAD_SOURCES = Object.keys(FROM_HEAD) as HeadSource[];

/** The fields of each source merged by `FIELD_ORDER` (else `DEFAULT_ORDER`), the title without its site suffix. */
export function mergeMetadata(found: Partial<Record<MetadataSource, FoundMetadata>>): PageMetadata {
  const metadata = emptyMetadata();
  const pick = <F extends MetadataField>(field: F) => {
    for (const source of FIELD_ORDER[field] ?? DEFAULT_ORDER) {
      const value = found[source]?.[field];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  for (const field of SCALAR_FIELDS) metadata[field] = (pick(field) as string | undefined) ?? null;
  for (const field of LIST_FIELDS) metadata[field] = (pick(field) as string[] | undefined) ?? [];
  if (metadata.title) metadata.title = withoutSiteSuffix(metadata.title, metadata.siteName);
  // og:locale writes a locale as POSIX does ("en_GB"); BCP 47 joins its parts with a hyphen.
  if (metadata.language && LOCALE.test(metadata.language)) metadata.language = metadata.language.replace(/_/g, '-');
  return metadata;
}

const LOCALE = /^[a-z]{2,3}(?:_[a-z\d]{2,8})+$/i;
