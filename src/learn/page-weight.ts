import {looksLikeNewsUrl} from './news.js';

/**
 * How much a training page weighs, as a multiple of an ordinary page, by what it is: an article, and among articles a
 * news story (an article whose address looks like a news story's). The corpus is mostly not news, where most of what
 * users clean is; weighing these pages up asks the scorer to do better on them. Within a page the blocks keep their
 * weights relative to each other.
 */
export interface PageWeights {
  article: number;
  news: number;
}

/** Every page alike: the weights training uses unless told otherwise (docs/learning.md, Tried and not shipped). */
export const EVEN_PAGE_WEIGHTS: PageWeights = {article: 1, news: 1};

/** What a page weight reads of the gold: its page type and its address. */
export interface WeighedPage {
  pageType?: string | null;
  url?: string | null;
}

export function pageWeight(page: WeighedPage, weights: PageWeights): number {
  if (page.pageType !== 'article') return 1;
  return looksLikeNewsUrl(page.url) ? weights.news : weights.article;
}

/** `article=1.5,news=2`: the weights to try (either may be left out, and stays 1). */
export function parsePageWeights(list: string): PageWeights {
  const weights = {...EVEN_PAGE_WEIGHTS};
  for (const pair of list.split(',')) {
    const [key, value] = pair.split('=');
    const weight = Number(value);
    if ((key !== 'article' && key !== 'news') || value === undefined || !(weight > 0) || !Number.isFinite(weight)) {
      throw new Error(`not a page weight: ${pair} (give article=N and news=N, each a positive number)`);
    }
    weights[key] = weight;
  }
  return weights;
}
