// What HTML pages declare themselves (`declaredArticle`: a JSON-LD main entity of an article type, else og:type
// "article"), per page type, and on each group, where the page-structure stage's region stands: how many pages' article
// element holds what share of the page's positive evidence, and the kept words inside it and outside it by the score
// they were kept with. Scored by fold models of the cross-validation (every fold's pages by the model that did not
// learn them), so that the train ids are not judged by a model trained on them. docs/learning.md, "Page structure".
//
//   npm run build
//   node scripts/declared-evidence.mjs [corpus] --models cv/base3 [--folds 2]   # default ../shared/corpus/wcxb-dev
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {Corpus} from '../dist/learn/corpus.js';
import {foldOf} from '../dist/learn/split.js';
import {loadGold} from '../dist/eval/run.js';
import {declaredArticle} from '../dist/metadata/declared-article.js';
import {analyze} from '../dist/pipeline/analyze.js';
import {loadModel} from '../dist/pipeline/model.js';
import {scoreBlocks} from '../dist/pipeline/score-blocks.js';
import {isWithinElement} from '../dist/read/element-tree.js';
import {InputError} from '../dist/read/decode.js';
import {scorerFor} from '../dist/score/model.js';
import {pageThreshold} from '../dist/score/page-threshold.js';
import {articleContainer} from '../dist/structure/article-container.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {models: {type: 'string'}, folds: {type: 'string', default: '2'}},
});
if (!values.models) throw new Error('name the fold models with --models (a cross-validation run folder, e.g. cv/base3)');
const folds = Number(values.folds);
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const models = Array.from({length: folds}, (_, k) => loadModel(JSON.parse(readFileSync(join(values.models, `model-${k}.json`), 'utf8'))));

const SHARES = [0.5, 0.7, 0.8, 0.9];
const BARS = [0.9, 0.95, 0.97];
const groups = new Map();
for (const page of loadGold(corpus, 'train')) {
  const model = models[foldOf(page.id, folds)];
  let analysis;
  try {
    analysis = analyze(corpus.text(page.id, 'html') ?? '', {format: 'html', model});
  } catch (error) {
    if (error instanceof InputError) continue;
    throw error;
  }
  const {descriptions, markup, tree, head} = analysis;
  if (!markup || !tree) continue;
  const type = page.pageType === 'article' ? 'article' : 'other page';
  const key = `${type}, ${declaredArticle(head) ?? 'undeclared'}`;
  if (!groups.has(key)) groups.set(key, {pages: 0, shares: SHARES.map(() => 0), keptInside: 0, keptOutside: BARS.map(() => 0).concat(0)});
  const group = groups.get(key);
  // The stage's own reading: evidence from the final scores, measured from the page's threshold.
  const scorer = scorerFor(model, true);
  const scores = scoreBlocks(scorer, analysis.rows, {descriptions, markup, tree});
  const words = Int32Array.from(descriptions, (d) => d.words);
  const threshold = pageThreshold(scores, words, scorer.threshold);
  const evidence = scores.map((score, i) => words[i] * (score - threshold));
  const {element} = articleContainer(tree, markup.map((m) => m.element), evidence);
  let positive = 0;
  let inside = 0;
  scores.forEach((score, i) => {
    const within = isWithinElement(tree, element, markup[i].element);
    positive += Math.max(0, evidence[i]);
    if (within) inside += Math.max(0, evidence[i]);
    if (score < threshold) return;
    if (within) group.keptInside += words[i];
    else {
      const below = BARS.findIndex((bar) => score < bar);
      group.keptOutside[below === -1 ? BARS.length : below] += words[i];
    }
  });
  const share = positive > 0 ? inside / positive : 0;
  const band = SHARES.findIndex((limit) => share < limit);
  group.pages++;
  if (band !== -1) group.shares[band]++;
}

const bands = SHARES.map((limit, i) => (i === 0 ? `share < ${limit}` : `${SHARES[i - 1]}-${limit}`));
const bars = BARS.map((bar, i) => (i === 0 ? `kept outside, < ${bar}` : `${BARS[i - 1]}-${bar}`)).concat(`>= ${BARS.at(-1)}`);
console.log(`| page, declared by | pages | ${bands.join(' | ')} | ${bars.join(' | ')} | kept inside |`);
console.log(`|---|---|${bands.map(() => '---|').join('')}${bars.map(() => '---|').join('')}---|`);
for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`| ${key} | ${group.pages} | ${group.shares.join(' | ')} | ${group.keptOutside.join(' | ')} | ${group.keptInside} |`);
}
