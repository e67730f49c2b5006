import {analyze} from '../pipeline/analyze.js';
import {blockTerms} from '../features/terms.js';
import {labelBlocks, snippetBlocks, type Truth} from './align.js';
import type {TrainingDocument} from './train.js';
import {WORD_BITS} from '../score/word-table.js';
import {CorpusError, type Corpus, type Rendering} from './corpus.js';
import {inSplit, type Split} from './split.js';
import {containerLabels} from './container-labels.js';
import {InputError} from '../read/decode.js';

/**
 * Training documents from a corpus: every page of the split in every rendering asked for, blocks labelled by gold. A
 * page whose gold or text cannot be read goes to `skip` with the error, its file and which it was, and is left out;
 * without `skip` the error is thrown. Where the corpus has a `region` rendering and paras, blocks or lynx are asked
 * for, each page's region (and paras, for the page's length) is read too, whether asked for or not, and those
 * renderings' documents carry container labels (`containerLabels`).
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
    const container = containerOf(corpus, id, renderings);
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
        ...containerLabelsOf(container, rendering, texts, text),
      };
    }
  }
}

/**
 * The page's container text and whole text, where the corpus has a `region` rendering and a text rendering other than
 * it is learned from: the container scorer learns from those (`containerLabels`). A region that cannot be read (binary,
 * a folder in its place) is none: the page's other labels still serve, and its renderings report their own faults.
 */
function containerOf(corpus: Corpus, id: string, renderings: readonly Rendering[]): {region: string | undefined; page: string | undefined} | undefined {
  if (!renderings.some(learnsContainer)) return undefined;
  const read = (rendering: Rendering) => {
    try {
      return corpus.text(id, rendering);
    } catch (error) {
      if (error instanceof InputError || error instanceof CorpusError) return undefined;
      throw error;
    }
  };
  const region = read('region');
  return region === undefined ? undefined : {region, page: read('paras')};
}

/** A text rendering of the whole page: the region rendering's blocks all lie inside the container, and HTML has its elements. */
function learnsContainer(rendering: Rendering): boolean {
  return rendering !== 'region' && rendering !== 'html';
}

/** The container labels of a rendering's blocks, as the fields of its training document: none where it has none. */
function containerLabelsOf(
  container: ReturnType<typeof containerOf>,
  rendering: Rendering,
  texts: readonly string[],
  text: string,
): {containerLabels?: Truth[]} {
  if (!container || !learnsContainer(rendering)) return {};
  const labels = containerLabels(texts, container.region, container.page ?? text);
  return labels ? {containerLabels: labels} : {};
}
