import {judgeBlocks} from '../pipeline/judge.js';
import {CONTEXT_RULES} from '../rules/index.js';
import {scorerFor, type Model} from '../score/model.js';
import {bestCandidate, TITLE_FEATURE_NAMES, titleCandidates, titleRows, type TitleContext, type TitleScorer} from '../score/title.js';
import {sameTitle} from '../text/words.js';
import {fitTrees, type BoostOptions} from './boost.js';
import type {TrainingDocument} from './train.js';

// The title rules are what is learned: the candidates are read as the context pass leaves them when those rules run.
const RULES_BEFORE_TITLE = CONTEXT_RULES.slice(0, CONTEXT_RULES.findIndex((rule) => rule.name === 'learned-title'));

// A small ensemble: some 20 candidates a page, a few thousand pages.
export const TITLE_BOOST: BoostOptions = {
  trees: 100,
  depth: 4,
  learningRate: 0.1,
  subsample: 0.5,
  minLeafWeight: 5,
  l2: 1,
  bins: 32,
  seed: 1,
};

/** A page the title scorer learns from: its candidates' rows, and which candidate, if any, is the gold title. */
interface TitlePage {
  rows: number[][];
  answers: boolean[];
}

/**
 * Learn which block is the title from the text documents with a gold title and their text, judged by `model`'s text
 * scorer as `declutter` judges them. Undefined when there are none.
 */
export function trainTitleScorer(documents: readonly TrainingDocument[], model: Model, boost: BoostOptions = TITLE_BOOST): TitleScorer | undefined {
  const pages: TitlePage[] = [];
  const textScorer = scorerFor(model, false);
  for (const doc of documents) {
    if (doc.fromHtml || !doc.texts || !doc.title) continue;
    const analysis = {texts: doc.texts, descriptions: doc.descriptions, rows: doc.rows};
    const {verdicts} = judgeBlocks(analysis, textScorer, {model}, RULES_BEFORE_TITLE);
    const context: TitleContext = {verdicts, descriptions: doc.descriptions, texts: doc.texts};
    const candidates = titleCandidates(context);
    if (candidates.length === 0) continue;
    pages.push({rows: titleRows(context, candidates), answers: candidates.map((i) => sameTitle(doc.texts![i]!, doc.title!))});
  }
  if (pages.length === 0) return undefined;
  const rows = pages.flatMap((page) => page.rows);
  const labels = pages.flatMap((page) => page.answers.map((answer) => (answer ? 1 : 0)));
  const stage = fitTrees(rows, labels, new Array<number>(rows.length).fill(1), boost);
  return {features: [...TITLE_FEATURE_NAMES], stage, threshold: chooseTitleThreshold(pages, stage)};
}

// A threshold no probability reaches: where no cut names more right titles than wrong ones, none is named.
const NEVER = 1.01;

/**
 * The probability from which the best candidate is taken for the title: the one that makes right titles outnumber
 * wrong ones by the most on the training pages (a wrong title is as bad as a right one is good); `NEVER` where no
 * cut makes them outnumber the wrong ones at all.
 */
function chooseTitleThreshold(pages: readonly TitlePage[], stage: TitleScorer['stage']): number {
  const best = pages.map((page) => {
    const {index, probability} = bestCandidate(stage, page.rows);
    return {probability, right: page.answers[index]!};
  });
  let threshold = NEVER;
  let bestMargin = 0;
  for (let t = 0.05; t <= 0.95 + 1e-9; t += 0.05) {
    const cut = Math.round(t * 100) / 100;
    const margin = best.reduce((sum, b) => sum + (b.probability >= cut ? (b.right ? 1 : -1) : 0), 0);
    if (margin > bestMargin) [threshold, bestMargin] = [cut, margin];
  }
  return threshold;
}
