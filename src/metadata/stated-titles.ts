import type {PageHead} from '../read/page-head.js';
import {jsonLdNodes} from './json-ld.js';
import {titleParts} from './site-suffix.js';

const TITLE_KEYS = new Set(['og:title', 'twitter:title']);

/**
 * The titles an HTML page states for itself: og:title, twitter:title, JSON-LD's headline and `<title>`, each also
 * without what a separator sets beside its headline (" | Site", "Site - "): its longest part. The title rules look
 * for a block that says one of them. JSON-LD is parsed only where a script names a headline.
 */
export function statedTitles(head: PageHead | undefined): string[] {
  if (!head) return [];
  const titles: string[] = [];
  for (const meta of head.metas) if (TITLE_KEYS.has(meta.key) && meta.content) titles.push(meta.content);
  head.jsonLd.forEach((script, i) => {
    if (!script.includes('"headline"')) return;
    for (const node of jsonLdNodes(head.jsonLd, i)) if (typeof node['headline'] === 'string') titles.push(node['headline']);
  });
  if (head.title) titles.push(head.title);
  const variants = titles.flatMap((title) => [title, longestPart(title)]);
  return [...new Set(variants.map((title) => title.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

function longestPart(title: string): string {
  return titleParts(title).reduce((longest, part) => (part.split(/\s+/).length > longest.split(/\s+/).length ? part : longest), '');
}

