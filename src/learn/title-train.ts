import {judgeBlocks} from '../pipeline/judge.js';
import {CONTEXT_RULES} from '../rules/index.js';
import {scorerFor, type Model} from '../score/model.js';
import {bestCandidate, TITLE_FEATURE_NAMES, titleCandidates, titleRows, type TitleContext, type TitleScorer} from '../score/title.js';
import {slugWords} from '../metadata/url-slug.js';
import {stringHash53} from '../text/string-hash.js';
import {sameTitle} from '../text/words.js';
import {fitTrees, type BoostOptions} from './boost.js';
import type {TrainingDocument} from './train.js';

// The title rules are what is learned: the candidates are read as the context pass leaves them when those rules run.
const RULES_BEFORE_TITLE = CONTEXT_RULES.slice(0, CONTEXT_RULES.findIndex((rule) => rule.name === 'learned-title'));

// A small ensemble: some 20 candidates a page, a few thousand pages. 300 trees of depth 5 named more right titles
// than 100 of depth 4 in cross-validation once the candidates reached below the first kept block (docs/learning.md).
export const TITLE_BOOST: BoostOptions = {
  trees: 300,
  depth: 5,
  learningRate: 0.05,
  subsample: 0.5,
  minLeafWeight: 5,
  l2: 1,
  bins: 32,
  seed: 1,
};

/** A page the title scorer learns from: its candidates' rows, and which candidate, if any, is the gold title. */
export interface TitlePage {
  rows: number[][];
  answers: boolean[];
  /** The threshold's folds: every rendering of a page in one. */
  fold: number;
}

// The threshold is chosen on probabilities of pages the trees did not learn from: on their own training pages they
// are surer than on new ones.
const THRESHOLD_FOLDS = 2;

/**
 * Learn which block is the title from the text documents with a gold title and their text, judged by `model`'s text
 * scorer as `declutter` judges them. Undefined when there are none.
 */
export function trainTitleScorer(documents: readonly TrainingDocument[], model: Model, boost: BoostOptions = TITLE_BOOST): TitleScorer | undefined {
  const pages = titleTrainingPages(documents, model);
  if (pages.length === 0) return undefined;
  const picks: Pick[] = [];
  for (let fold = 0; fold < THRESHOLD_FOLDS; fold++) {
    const held = pages.filter((page) => page.fold === fold);
    const rest = pages.filter((page) => page.fold !== fold);
    if (held.length === 0 || rest.length === 0) continue;
    picks.push(...bestOf(held, fitPages(rest, boost)));
  }
  const stage = fitPages(pages, boost);
  // With a single fold (a handful of pages), the trees' own pages are all there is to choose from.
  return {features: [...TITLE_FEATURE_NAMES], stage, threshold: chooseTitleThreshold(picks.length ? picks : bestOf(pages, stage))};
}

/**
 * The pages the title scorer learns from: each text document with a gold title, its candidates' rows and which is the
 * title. A page whose address carries a slug is there twice, with the slug and without: as a record gives it and as a
 * file gives it; a scorer that saw every page with its slug would lean on one that is not always there.
 */
export function titleTrainingPages(documents: readonly TrainingDocument[], model: Model): TitlePage[] {
  const pages: TitlePage[] = [];
  const textScorer = scorerFor(model, false);
  for (const doc of documents) {
    if (doc.fromHtml || !doc.texts || !doc.title) continue;
    const analysis = {texts: doc.texts, descriptions: doc.descriptions, rows: doc.rows};
    const {verdicts} = judgeBlocks(analysis, textScorer, {model}, RULES_BEFORE_TITLE);
    const context: TitleContext = {verdicts, descriptions: doc.descriptions, texts: doc.texts};
    const candidates = titleCandidates(context);
    if (candidates.length === 0) continue;
    const fold = stringHash53(doc.page ?? String(pages.length)) % THRESHOLD_FOLDS;
    const answers = candidates.map((i) => sameTitle(doc.texts![i]!, doc.title!));
    pages.push({rows: titleRows(context, candidates), answers, fold});
    const slug = slugWords(doc.url);
    if (slug.length > 0) pages.push({rows: titleRows({...context, slug}, candidates), answers, fold});
  }
  return pages;
}

function fitPages(pages: readonly TitlePage[], boost: BoostOptions): TitleScorer['stage'] {
  const rows = pages.flatMap((page) => page.rows);
  const labels = pages.flatMap((page) => page.answers.map((answer) => (answer ? 1 : 0)));
  return fitTrees(rows, labels, new Array<number>(rows.length).fill(1), boost);
}

/** A page's best candidate by `stage`: how likely it is the title, and whether it is. */
interface Pick {
  probability: number;
  right: boolean;
}

function bestOf(pages: readonly TitlePage[], stage: TitleScorer['stage']): Pick[] {
  return pages.map((page) => {
    const {index, probability} = bestCandidate(stage, page.rows);
    return {probability, right: page.answers[index]!};
  });
}


// A threshold no probability reaches: where no cut names more right titles than wrong ones, none is named.
const NEVER = 1.01;

/**
 * The probability from which the best candidate is taken for the title: the one that makes right titles outnumber
 * wrong ones by the most on the pages picked (a wrong title is as bad as a right one is good); `NEVER` where no cut
 * makes them outnumber the wrong ones at all.
 */
function chooseTitleThreshold(best: readonly Pick[]): number {
  let threshold = NEVER;
  let bestMargin = 0;
  for (let t = 0.05; t <= 0.95 + 1e-9; t += 0.05) {
    const cut = Math.round(t * 100) / 100;
    const margin = best.reduce((sum, b) => sum + (b.probability >= cut ? (b.right ? 1 : -1) : 0), 0);
    if (margin > bestMargin) [threshold, bestMargin] = [cut, margin];
  }
  return threshold;
}
