import {documentBlocks} from './read/document.js';
import {stringHash53} from './text/string-hash.js';
import type {DocumentFormat, SiteTemplates} from './types.js';
import {checkDocumentFormat, checkOptions, checkString, describeValue} from './arguments.js';

// Template learning: the lines a site repeats on many of its pages (menus, footers, newsletter prompts) are template,
// not article. Pages are counted by the hashes of their blocks' normal forms, so the counts hold numbers, never texts.

/** A line is template when it is on at least this many pages of its site... */
export const MIN_TEMPLATE_PAGES = 3;
/** ...and on at least this share of them: a sentence quoted on two pages, or on 3 of 100, is not template. */
export const MIN_TEMPLATE_SHARE = 0.3;

/** The form two copies of one template line share: case, spacing and numbers ("12 comments") ignored. */
export function normalizeBlock(text: string): string {
  // Spacing to one space: runs of two or more, or one that is not a plain space (a lone space is left as it is, which
  // spares rewriting every word gap).
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** A 53-bit hash of a block's normal form: a plain number, so the index holds numbers, never texts. */
export function blockHash(text: string): number {
  return stringHash53(normalizeBlock(text));
}

/** The hash of each block of one page, in order, split the way `declutter` splits it (with the same `format`). */
export function blockHashes(text: string, format?: DocumentFormat): number[] {
  return documentBlocks(text, format).blocks.map((block) => blockHash(block.text));
}

/** The distinct block hashes of one page, split the way `declutter` splits it (with the same `format`). */
export function pageHashes(text: string, format?: DocumentFormat): number[] {
  checkString('pageHashes', 'text', text);
  checkDocumentFormat('pageHashes', format);
  return [...new Set(blockHashes(text, format))];
}

interface SiteCounts {
  pages: number;
  /** Block hash to the number of the site's pages that have the block. */
  pagesWith: Map<number, number>;
  /** The pages counted, each by the fingerprint of its lines (`pageFingerprint`). */
  seen: Set<string>;
}

/**
 * First pass of a batch: how many pages of each site (group) have each block, counted by hash. A page whose lines are
 * those of a page counted already (a copy saved twice, a page re-crawled, pages a generator filled with other
 * numbers) counts once: otherwise three copies of one article make its every line a template line.
 */
export class TemplateCounter {
  readonly #sites = new Map<string, SiteCounts>();

  /** `hashes`: the page's distinct block hashes (`pageHashes`). */
  addPage(site: string, hashes: readonly number[]): void {
    let counts = this.#sites.get(site);
    if (!counts) this.#sites.set(site, (counts = {pages: 0, pagesWith: new Map(), seen: new Set()}));
    const fingerprint = pageFingerprint(hashes);
    if (counts.seen.has(fingerprint)) return;
    counts.seen.add(fingerprint);
    counts.pages++;
    for (const hash of hashes) counts.pagesWith.set(hash, (counts.pagesWith.get(hash) ?? 0) + 1);
  }

  /** The hashes of a site's template lines: on enough of its pages, both in number and in share. */
  templatesOf(site: string): number[] {
    const counts = this.#sites.get(site);
    if (!counts) return [];
    const needed = Math.max(MIN_TEMPLATE_PAGES, Math.ceil(counts.pages * MIN_TEMPLATE_SHARE));
    const templates: number[] = [];
    for (const [hash, pages] of counts.pagesWith) if (pages >= needed) templates.push(hash);
    return templates;
  }
}

/** Which lines a page has, in any order, as a key: the number of its lines and a hash of their hashes, sorted. */
function pageFingerprint(hashes: readonly number[]): string {
  return `${hashes.length}:${stringHash53([...hashes].sort((a, b) => a - b).join(','))}`;
}

/** The scorer's view of a site's template lines. */
export function siteTemplates(hashes: readonly number[]): SiteTemplates {
  const set = new Set(hashes);
  return {isTemplate: (blockText) => set.has(blockHash(blockText))};
}

/** How `learnTemplates` splits pages into blocks: as `declutter` is told to read them (`auto` by default). */
export interface LearnTemplatesOptions {
  format?: DocumentFormat | undefined;
}

/**
 * The template lines of one site, learned from its pages (text or HTML, as `declutter` takes them): the blocks on at
 * least `MIN_TEMPLATE_PAGES` of them and on `MIN_TEMPLATE_SHARE` of them. Pass the result as `declutter`'s `templates`
 * option when cleaning the site's pages. Batch mode does the same per folder, in two passes over the files
 * (`pageHashes` in the first, `TemplateCounter` to count them by site).
 */
export function learnTemplates(pages: Iterable<string>, options: LearnTemplatesOptions = {}): SiteTemplates {
  // A string is an iterable of strings too: its characters would be learned as pages of one letter each.
  if (typeof pages === 'string' || typeof (pages as Partial<Iterable<string>> | null)?.[Symbol.iterator] !== 'function') {
    throw new TypeError(`learnTemplates takes the site's pages, an iterable of strings (an array), not ${typeof pages === 'string' ? 'one string' : describeValue(pages)}`);
  }
  checkOptions('learnTemplates', options, {others: ['format']});
  checkDocumentFormat('learnTemplates', options.format);
  const site = '';
  const counter = new TemplateCounter();
  for (const page of pages) {
    if (typeof page !== 'string') throw new TypeError(`learnTemplates takes strings, not ${page === null ? 'null' : typeof page}`);
    counter.addPage(site, pageHashes(page, options.format));
  }
  return siteTemplates(counter.templatesOf(site));
}

/**
 * The scorer's view of a page whose blocks the first pass hashed already: `templateBlocks[i]` is 1 when block i is a
 * template line, so no block is hashed twice. Only for the same text split the same way: the caller checks that the
 * cleaned page has as many blocks.
 */
export function knownTemplateBlocks(templateBlocks: Uint8Array): SiteTemplates {
  return {isTemplate: (_blockText, index) => templateBlocks[index] === 1};
}
