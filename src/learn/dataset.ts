import {analyze} from '../pipeline/analyze.js';
import {blockTerms} from '../features/terms.js';
import {labelBlocks, snippetBlocks} from './align.js';
import type {TrainingDocument} from './train.js';
import {WORD_BITS} from '../score/word-table.js';
import type {Corpus, Rendering} from './corpus.js';
import {inSplit, type Split} from './split.js';

/** Training documents from a corpus: every page of the split in every rendering asked for, blocks labelled by gold. */
export function* trainingDocuments(
  corpus: Corpus,
  renderings: readonly Rendering[],
  split: Split,
): Generator<TrainingDocument & {id: string; rendering: Rendering}> {
  for (const id of corpus.ids()) {
    if (!inSplit(id, split)) continue;
    const gold = corpus.gold(id);
    for (const rendering of renderings) {
      const text = corpus.text(id, rendering);
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
