import {isoDate} from './dates.js';
import type {FoundMetadata} from './fields.js';
import type {PageHead} from '../read/page-head.js';
import {cleanText, keywordList, personName, uniqueNames} from './values.js';

/**
 * Metadata from `<meta>` tags, one function a family: OpenGraph (`og:*`, with `article:*`), Twitter cards
 * (`twitter:*`), and the plain names (`author`, `description`, `keywords`, `date`, Dublin Core `dc.*`, Highwire's
 * `citation_*`, Parse.ly's `parsely-*`...). The first tag of a key counts.
 */

type Metas = PageHead['metas'];

function firstOf(metas: Metas, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const meta = metas.find((m) => m.key === key && m.content);
    if (meta) return cleanText(meta.content);
  }
  return undefined;
}

function allOf(metas: Metas, ...keys: string[]): string[] {
  return metas.filter((m) => keys.includes(m.key)).map((m) => m.content);
}

function firstDate(metas: Metas, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const meta of metas) if (meta.key === key) {
      const date = isoDate(meta.content);
      if (date) return date;
    }
  }
  return undefined;
}

function assign(found: FoundMetadata, values: {[K in keyof FoundMetadata]: FoundMetadata[K] | undefined}): FoundMetadata {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    (found as Record<string, unknown>)[key] = value;
  }
  return found;
}

export function fromOpenGraph(metas: Metas): FoundMetadata {
  return assign({}, {
    title: firstOf(metas, 'og:title'),
    siteName: firstOf(metas, 'og:site_name'),
    description: firstOf(metas, 'og:description'),
    url: firstOf(metas, 'og:url'),
    image: firstOf(metas, 'og:image', 'og:image:url', 'og:image:secure_url'),
    language: firstOf(metas, 'og:locale'),
    author: uniqueNames(allOf(metas, 'article:author', 'og:article:author').map(personName)),
    date: firstDate(metas, 'article:published_time', 'og:article:published_time', 'og:published_time'),
    modified: firstDate(metas, 'article:modified_time', 'og:article:modified_time', 'og:updated_time'),
    tags: uniqueNames(allOf(metas, 'article:tag', 'article:section').flatMap(keywordList)),
  });
}

export function fromTwitter(metas: Metas): FoundMetadata {
  return assign({}, {
    title: firstOf(metas, 'twitter:title'),
    description: firstOf(metas, 'twitter:description'),
    image: firstOf(metas, 'twitter:image', 'twitter:image:src'),
  });
}

// The plain names of a page's title and of its site.
const NAME_TITLE_KEYS = ['citation_title', 'dc.title', 'parsely-title', 'sailthru.title'];
const NAME_SITE_KEYS = ['application-name', 'citation_journal_title', 'dc.publisher'];

/**
 * Only the titles, site names and URL of the meta tags, as the functions above read them: what choosing the page's
 * title needs, on every HTML page, without the dates, names and lists of the other fields.
 */
export function titleMetas(metas: Metas): {openGraph: FoundMetadata; twitter: FoundMetadata; metaNames: FoundMetadata} {
  return {
    openGraph: assign({}, {title: firstOf(metas, 'og:title'), siteName: firstOf(metas, 'og:site_name'), url: firstOf(metas, 'og:url')}),
    twitter: assign({}, {title: firstOf(metas, 'twitter:title')}),
    metaNames: assign({}, {title: firstOf(metas, ...NAME_TITLE_KEYS), siteName: firstOf(metas, ...NAME_SITE_KEYS)}),
  };
}

export function fromMetaNames(metas: Metas): FoundMetadata {
  return assign({}, {
    title: firstOf(metas, ...NAME_TITLE_KEYS),
    author: uniqueNames(allOf(metas, 'author', 'citation_author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl').map(personName)),
    date: firstDate(metas, 'date', 'pubdate', 'publishdate', 'publish-date', 'article.published', 'citation_publication_date', 'citation_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'og:pubdate'),
    modified: firstDate(metas, 'last-modified', 'dcterms.modified', 'dc.date.modified', 'article.updated'),
    siteName: firstOf(metas, ...NAME_SITE_KEYS),
    description: firstOf(metas, 'description', 'dc.description'),
    tags: uniqueNames([...allOf(metas, 'keywords', 'news_keywords', 'parsely-tags', 'sailthru.tags').flatMap(keywordList)]),
  });
}
