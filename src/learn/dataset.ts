import {analyze} from '../pipeline/analyze.js';
import {blockTerms} from '../features/terms.js';
import {labelBlocks, snippetBlocks} from './align.js';
import type {TrainingDocument} from './train.js';
import {WORD_BITS} from '../score/word-table.js';
import type {Corpus, Rendering} from './corpus.js';
import {inSplit, type Split} from './split.js';

/**
 * Training documents from a corpus: every page of the split in every rendering asked for, blocks labelled by gold. A
 * page whose gold or text cannot be read goes to `skip` with the error, its file and which it was, and is left out;
 * without `skip` the error is thrown.
 */
export function* trainingDocuments(
  corpus: Corpus,
  renderings: readonly Rendering[],
  split: Split,
  skip?: (error: unknown, path: string, what: 'gold' | 'page') => void,
): Generator<TrainingDocument & {id: string; rendering: Rendering}> {
  const attempt = <T>(read: () => T, path: string, what: 'gold' | 'page'): T | undefined => {
    if (!skip) return read();
    try {
      return read();
    } catch (error) {
      skip(error, path, what);
      return undefined;
    }
  };
  for (const id of corpus.ids()) {
    if (!inSplit(id, split)) continue;
    const gold = attempt(() => corpus.gold(id), corpus.goldPath(id), 'gold');
    if (gold === undefined) continue;
    for (const rendering of renderings) {
      const text = attempt(() => corpus.text(id, rendering), corpus.textPath(id, rendering), 'page');
      if (text === undefined) continue;
      const {rows, descriptions, texts, layout, language, markup, tree} = analyze(text, {withoutWordScores: true});
      const fromHtml = layout === 'html';
      yield {
        id,
        rendering,
        rows,
        descriptions,
        labels: labelBlocks(texts, gold),
        page: `${corpus.name}/${id}`,
        pageType: gold.page_type ?? null,
        url: gold.url ?? null,
        language,
        terms: texts.map((blockText) => blockTerms(blockText, WORD_BITS)),
        fromHtml,
        ...(markup && tree ? {markup, tree} : {}),
        snippets: snippetBlocks(texts, gold),
        // The title scorer learns from text documents alone (an HTML page's title is its <h1>).
        ...(fromHtml ? {} : {texts, title: gold.title ?? null}),
      };
    }
  }
}
