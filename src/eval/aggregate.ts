/**
 * From per-page scores to the figures of a corpus: word and shingle figures are means over the pages that have a
 * gold body, snippet figures are pooled over all snippets. Pure.
 */
import {harmonicMean, sameTitle, shingleScore, snippetCounts, wordScore, type PR, type PRF, type SnippetCounts} from './metrics.js';

/** What a page is scored against: its gold body (null where the corpus gives only snippets) and its snippets. */
export interface PageGold {
  id: string;
  url: string | null;
  /** The corpus's page type; `?` where it has none. */
  pageType: string;
  mainContent: string | null;
  /** The page's title, where the corpus gives one. */
  title: string | null;
  with: readonly string[];
  without: readonly string[];
}

/** One extraction of one page, scored. `word` and `shingle` are absent for pages without a gold body. */
export interface PageScore {
  id: string;
  url: string | null;
  pageType: string;
  word?: PRF;
  shingle?: PR;
  snippets: SnippetCounts;
  /** For a method that names titles, on a page whose gold has one: whether it named one, and whether it is the gold's. */
  title?: {found: boolean; correct: boolean};
}

/** Word figures over a group of pages (all of them, or one page type). */
export interface WordSummary extends PRF {
  pageType: string;
  pages: number;
}

export interface ShingleSummary extends PRF {
  pages: number;
}

export interface SnippetSummary extends PRF {
  snippets: number;
  accuracy: number;
}

/** Shares of the pages with a gold title: those the method named a title for, and those where it is the gold's. */
export interface TitleSummary {
  pages: number;
  found: number;
  correct: number;
}

export interface Summary {
  /** `all` first, then each page type in alphabetical order; empty where no page has a gold body. */
  word: WordSummary[];
  shingle: ShingleSummary | null;
  snippets: SnippetSummary | null;
  /** Null for a method that names no titles, or a corpus without them. */
  title: TitleSummary | null;
}

export const ALL_PAGES = 'all';

/**
 * Score one extraction against its page's gold. Pages whose gold body is null or empty get no word figures, as in
 * score.py. `title` is the title the method named (null for none), for a method that names titles.
 */
export function scorePage(extracted: string, gold: PageGold, title?: string | null): PageScore {
  const score: PageScore = {
    id: gold.id,
    url: gold.url,
    pageType: gold.pageType,
    snippets: snippetCounts(extracted, gold.with, gold.without),
  };
  if (gold.mainContent) {
    score.word = wordScore(extracted, gold.mainContent);
    score.shingle = shingleScore(extracted, gold.mainContent);
  }
  if (title !== undefined && gold.title) score.title = {found: title !== null, correct: title !== null && sameTitle(title, gold.title)};
  return score;
}

export function summarize(pages: readonly PageScore[]): Summary {
  return {word: wordSummaries(pages), shingle: shingleSummary(pages), snippets: snippetSummary(pages), title: titleSummary(pages)};
}

/** The word F1 of one page type (or `all`), if any page of it has a gold body. */
export function wordFor(summary: Summary, pageType: string): WordSummary | undefined {
  return summary.word.find((group) => group.pageType === pageType);
}

/** The n pages with the lowest word F1 (ties in id order), for error analysis. */
export function worstPages(pages: readonly PageScore[], n: number): PageScore[] {
  return pages
    .filter((page) => page.word !== undefined)
    .sort((a, b) => a.word!.f1 - b.word!.f1 || a.id.localeCompare(b.id))
    .slice(0, n);
}

function wordSummaries(pages: readonly PageScore[]): WordSummary[] {
  const groups = new Map<string, PRF[]>();
  const add = (pageType: string, word: PRF) => {
    const group = groups.get(pageType) ?? [];
    group.push(word);
    groups.set(pageType, group);
  };
  for (const page of pages) {
    if (!page.word) continue;
    add(ALL_PAGES, page.word);
    add(page.pageType, page.word);
  }
  const types = [...groups.keys()].filter((type) => type !== ALL_PAGES).sort();
  return (groups.has(ALL_PAGES) ? [ALL_PAGES, ...types] : []).map((pageType) => {
    const rows = groups.get(pageType)!;
    return {
      pageType,
      pages: rows.length,
      precision: mean(rows.map((row) => row.precision)),
      recall: mean(rows.map((row) => row.recall)),
      f1: mean(rows.map((row) => row.f1)),
    };
  });
}

/** P and R averaged over pages; F1 is the harmonic mean of the two averages, not an average of per-page F1. */
function shingleSummary(pages: readonly PageScore[]): ShingleSummary | null {
  const rows = pages.flatMap((page) => (page.shingle ? [page.shingle] : []));
  if (rows.length === 0) return null;
  const precision = mean(rows.map((row) => row.precision));
  const recall = mean(rows.map((row) => row.recall));
  return {pages: rows.length, precision, recall, f1: harmonicMean(precision, recall)};
}

function snippetSummary(pages: readonly PageScore[]): SnippetSummary | null {
  const sum: SnippetCounts = {tp: 0, fp: 0, fn: 0, tn: 0};
  for (const {snippets} of pages) {
    sum.tp += snippets.tp;
    sum.fp += snippets.fp;
    sum.fn += snippets.fn;
    sum.tn += snippets.tn;
  }
  const snippets = sum.tp + sum.fp + sum.fn + sum.tn;
  if (snippets === 0) return null;
  const precision = ratio(sum.tp, sum.tp + sum.fp);
  const recall = ratio(sum.tp, sum.tp + sum.fn);
  return {snippets, precision, recall, f1: harmonicMean(precision, recall), accuracy: (sum.tp + sum.tn) / snippets};
}

function titleSummary(pages: readonly PageScore[]): TitleSummary | null {
  const rows = pages.flatMap((page) => (page.title ? [page.title] : []));
  if (rows.length === 0) return null;
  const share = (count: number) => count / rows.length;
  return {pages: rows.length, found: share(rows.filter((row) => row.found).length), correct: share(rows.filter((row) => row.correct).length)};
}

function ratio(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
