import type {BlockDescription} from '../features/describe.js';
import {WordSet} from '../features/word-set.js';
import {mapped} from '../arrays.js';
import {addWantedWords} from './content-words.js';
import {isProse} from './prose.js';

/**
 * How much of each candidate the short line just above it, and just below it, says again: a breadcrumb's last item
 * over the headline, a headline printed twice (a page head's and the article's), a teaser line under it. The share of
 * the candidate's content words (`candidateWords[k]`, each once) that the neighbour says; 0 where the neighbour is
 * prose (the body's shares read that) or there is none.
 */
export function neighboursSay(
  page: {descriptions: readonly BlockDescription[]; texts: readonly string[]},
  candidates: readonly number[],
  candidateWords: readonly string[][],
): {above: number[]; below: number[]} {
  const {descriptions, texts} = page;
  // Each candidate's words, looked up in the line above and the line below it: made once for both.
  const wanted = mapped(candidateWords, (words) => (words.length === 0 ? undefined : new WordSet(words)));
  const says = (k: number, block: number): number => {
    const words = wanted[k];
    const d = descriptions[block];
    if (words === undefined || !d || isProse(d)) return 0;
    const said = new Set<string>();
    addWantedWords(texts[block]!, words, said, undefined);
    return said.size / candidateWords[k]!.length;
  };
  return {above: mapped(candidates, (i, k) => says(k, i - 1)), below: mapped(candidates, (i, k) => says(k, i + 1))};
}
