import type {PageHead} from '../read/page-head.js';
import {decodeEntities} from './entities.js';

/**
 * The titles an HTML page states for itself: og:title, twitter:title, JSON-LD's headline and `<title>`, each also
 * without what a separator sets beside its headline (" | Site", "Site - "): its longest part. The title rules look
 * for a block that says one of them. JSON-LD is parsed only where a script names a headline.
 */
const SEPARATOR = /\s+[|–—·•:»-]\s+|\s+::\s+/u;
const TITLE_KEYS = new Set(['og:title', 'twitter:title']);

export function statedTitles(head: PageHead | undefined): string[] {
  if (!head) return [];
  const titles: string[] = [];
  for (const meta of head.metas) if (TITLE_KEYS.has(meta.key) && meta.content) titles.push(meta.content);
  for (const script of head.jsonLd) if (script.includes('"headline"')) titles.push(...headlines(script));
  if (head.title) titles.push(head.title);
  const variants = titles.flatMap((title) => [title, longestPart(title)]);
  return [...new Set(variants.map((title) => title.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

function longestPart(title: string): string {
  const parts = title.split(SEPARATOR);
  return parts.reduce((longest, part) => (part.split(/\s+/).length > longest.split(/\s+/).length ? part : longest), '');
}

function headlines(script: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const headline = (value as Record<string, unknown>)['headline'];
    if (typeof headline === 'string') found.push(decodeEntities(headline));
    for (const key of ['@graph', 'mainEntity']) visit((value as Record<string, unknown>)[key], depth + 1);
  };
  try {
    visit(JSON.parse(script.trim()), 0);
  } catch {
    // A script that is not JSON states nothing.
  }
  return found;
}

