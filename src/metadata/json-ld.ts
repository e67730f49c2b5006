import {isoDate} from './dates.js';
import {decodeEntities} from './entities.js';
import {CONTENT_TYPES, PAGE_TYPES} from './schema-types.js';
import type {FoundMetadata} from './fields.js';
import {cleanText, keywordList, personName, uniqueNames} from './values.js';

/**
 * Metadata from a page's JSON-LD scripts (schema.org): the first creative work of an article-like type, found at the
 * top, in an array or in an `@graph`; its authors (strings, Person objects, arrays, or `@id` references into the
 * graph), dates, publisher and keywords. A WebSite or Organization node gives the site's name when the article's
 * publisher does not. A script that is not valid JSON is passed over.
 */

export type Node = Record<string, unknown>;

const SITE_TYPES = /^(?:WebSite|Organization|NewsMediaOrganization|Corporation)$/;

export function fromJsonLd(scripts: readonly string[]): FoundMetadata {
  const nodes = scripts.flatMap((_script, i) => jsonLdNodes(scripts, i));
  if (nodes.length === 0) return {};
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as Node)['@id'];
      if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
    }
    return value;
  };
  const main = mainNode(nodes);
  const found: FoundMetadata = {};
  if (main) {
    const title = cleanText(main['headline']) ?? (types(main).some((t) => PAGE_TYPES.test(t)) ? undefined : cleanText(main['name']));
    if (title) found.title = title;
    const author = authors(main['author'], resolve);
    if (author.length) found.author = author;
    const date = isoDate(main['datePublished']) ?? isoDate(main['dateCreated']);
    if (date) found.date = date;
    const modified = isoDate(main['dateModified']);
    if (modified) found.modified = modified;
    const description = cleanText(main['description']);
    if (description) found.description = description;
    const image = imageUrl(resolve(main['image']));
    if (image) found.image = image;
    const language = cleanText(main['inLanguage']);
    if (language) found.language = language;
    const tags = keywordList(main['keywords']);
    if (tags.length) found.tags = tags;
    const publisher = resolve(first(main['publisher']));
    const siteName = publisher && typeof publisher === 'object' ? cleanText((publisher as Node)['name']) : undefined;
    if (siteName) found.siteName = siteName;
  }
  if (!found.siteName) {
    const site = nodes.find((node) => types(node).includes('WebSite')) ?? nodes.find((node) => types(node).some((t) => SITE_TYPES.test(t)));
    const siteName = site ? cleanText(site['name']) : undefined;
    if (siteName) found.siteName = siteName;
  }
  return found;
}

// A page's scripts are parsed once, when first asked for: the stated-title rule reads their headlines on every page,
// the metadata reads them all when it is asked for.
const nodesOfPage = new WeakMap<readonly string[], Node[][]>();

/**
 * The nodes of a page's JSON-LD script `i` (of `scripts`, the page head's list): the top value or its array, and
 * every `@graph`'s and `mainEntity`'s members, flattened, their strings' character references decoded.
 */
export function jsonLdNodes(scripts: readonly string[], i: number): Node[] {
  let parsed = nodesOfPage.get(scripts);
  if (!parsed) nodesOfPage.set(scripts, (parsed = []));
  return (parsed[i] ??= parseNodes(scripts[i] ?? ''));
}

function parseNodes(script: string): Node[] {
  let value: unknown;
  try {
    value = JSON.parse(script.trim().replace(/^<!--|-->$/g, ''), (_key, member: unknown) => (typeof member === 'string' ? decodeEntities(member) : member));
  } catch {
    return [];
  }
  const nodes: Node[] = [];
  const visit = (item: unknown, depth: number) => {
    if (depth > 3 || !item || typeof item !== 'object') return;
    if (Array.isArray(item)) {
      for (const member of item) visit(member, depth + 1);
      return;
    }
    nodes.push(item as Node);
    // A page node holds its article as `mainEntity`: the article counts as a node of its own.
    for (const key of ['@graph', 'mainEntity']) {
      const inner = (item as Node)[key];
      if (inner) visit(inner, depth + 1);
    }
  };
  visit(value, 0);
  return nodes;
}

/**
 * The node that describes the page's content: an article-like node before a generic page node, as a page that has
 * both describes its article with the first.
 */
export function mainNode(nodes: readonly Node[]): Node | undefined {
  return nodes.find((node) => types(node).some((t) => CONTENT_TYPES.test(t) && !PAGE_TYPES.test(t))) ?? nodes.find((node) => types(node).some((t) => PAGE_TYPES.test(t)));
}

/** A node's `@type`, one or several. */
export function types(node: Node): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function authors(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return uniqueNames(
    items.map((item) => {
      const author = resolve(item);
      if (typeof author === 'string') return personName(author);
      if (author && typeof author === 'object') return personName((author as Node)['name']);
      return undefined;
    }),
  );
}

function imageUrl(value: unknown): string | undefined {
  const image = first(value);
  if (typeof image === 'string') return cleanText(image);
  if (image && typeof image === 'object') return cleanText((image as Node)['url']) ?? cleanText((image as Node)['contentUrl']);
  return undefined;
}
