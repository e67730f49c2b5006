import {createHash} from 'node:crypto';
import {documentBlocks} from './read/document.js';
import type {DocumentFormat, SiteTemplates} from './types.js';

// Template learning: the lines a site repeats on many of its pages (menus, footers, newsletter prompts) are template,
// not article. Pages are counted by the hashes of their blocks' normal forms, so the counts hold numbers, never texts.

/** A line is template when it is on at least this many pages of its site... */
export const MIN_TEMPLATE_PAGES = 3;
/** ...and on at least this share of them: a sentence quoted on two pages, or on 3 of 100, is not template. */
export const MIN_TEMPLATE_SHARE = 0.3;

/** The form two copies of one template line share: case, spacing and numbers ("12 comments") ignored. */
export function normalizeBlock(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

/** A 53-bit hash of a block's normal form: a plain number, so the index holds numbers, never texts. */
export function blockHash(text: string): number {
  const digest = createHash('sha1').update(normalizeBlock(text)).digest();
  return Number(digest.readBigUInt64BE(0) >> 11n);
}

/** The distinct block hashes of one page, split the way `declutter` splits it (with the same `format`). */
export function pageHashes(text: string, format?: DocumentFormat): number[] {
  const {blocks} = documentBlocks(text, format);
  return [...new Set(blocks.map((block) => blockHash(block.text)))];
}

interface SiteCounts {
  pages: number;
  /** Block hash to the number of the site's pages that have the block. */
  pagesWith: Map<number, number>;
}

/** First pass of a batch: how many pages of each site (group) have each block, counted by hash. */
export class TemplateCounter {
  readonly #sites = new Map<string, SiteCounts>();

  addPage(site: string, hashes: readonly number[]): void {
    let counts = this.#sites.get(site);
    if (!counts) this.#sites.set(site, (counts = {pages: 0, pagesWith: new Map()}));
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
  const site = '';
  const counter = new TemplateCounter();
  for (const page of pages) {
    if (typeof page !== 'string') throw new TypeError(`learnTemplates takes strings, not ${page === null ? 'null' : typeof page}`);
    counter.addPage(site, pageHashes(page, options.format));
  }
  return siteTemplates(counter.templatesOf(site));
}
