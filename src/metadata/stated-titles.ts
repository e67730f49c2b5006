import type {PageHead} from '../read/page-head.js';
import {jsonLdNodes} from './json-ld.js';
import {isSitePart, titleParts, withoutSiteNames} from './site-suffix.js';

const TITLE_KEYS = new Set(['og:title', 'twitter:title']);

/**
 * A title the page states, whole (`part` 0) or as one of its parts between separators: its first part (1), a middle
 * one (2) or its last (3). A page title's first part is most often its headline ("Quickstart — Civic Docs", "What is a
 * budget? - The Civic Handbook"), its last most often the site's, a book's or a section's name.
 */
export interface StatedTitle {
  text: string;
  part: 0 | 1 | 2 | 3;
}

/**
 * The titles an HTML page states for itself: og:title, twitter:title, JSON-LD's headline and `<title>`, each whole,
 * without the parts at its ends that name the site (`site`: the names `headTitles` finds), and as each of its parts
 * but those (" | Site", "Site - " set beside its headline). The title rules look for a block that says one of them.
 * JSON-LD is parsed only where a script names a headline.
 */
export function statedTitles(head: PageHead | undefined, site: {siteNames: readonly string[]; hostNames: readonly string[]} = {siteNames: [], hostNames: []}): StatedTitle[] {
  if (!head) return [];
  const titles: string[] = [];
  for (const meta of head.metas) if (TITLE_KEYS.has(meta.key) && meta.content) titles.push(meta.content);
  head.jsonLd.forEach((script, i) => {
    if (!script.includes('"headline"')) return;
    for (const node of jsonLdNodes(head.jsonLd, i)) if (typeof node['headline'] === 'string') titles.push(node['headline']);
  });
  if (head.title) titles.push(head.title);
  const variants: StatedTitle[] = [];
  const bares = titles.map((title) => withoutSiteNames(title, site.siteNames, site.hostNames));
  titles.forEach((title, i) => variants.push({text: title, part: 0}, {text: bares[i]!, part: 0}));
  titles.forEach((title, i) => {
    const bare = bares[i]!;
    const parts = titleParts(bare);
    if (parts.length < 2) return;
    // Once the site's name is taken off the end, the last part left is no longer where pages put it; taken off the
    // start only ("Site | Headline | Section"), the last part is still the title's last.
    const last = title.trimEnd().endsWith(bare.trimEnd()) ? parts.length - 1 : parts.length;
    parts.forEach((text, at) => {
      if (!isSitePart(text, site.siteNames, site.hostNames)) variants.push({text, part: at === 0 ? 1 : at === last ? 3 : 2});
    });
  });
  // Each text once, as its most whole variant: a first part that another title has as a later one is a first part.
  const stated = new Map<string, StatedTitle['part']>();
  for (const variant of variants) {
    const text = variant.text.replace(/\s+/g, ' ').trim();
    if (text) stated.set(text, Math.min(variant.part, stated.get(text) ?? 3) as StatedTitle['part']);
  }
  return [...stated].map(([text, part]) => ({text, part}));
}
