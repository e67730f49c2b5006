// Where the article ends: what knowing it would buy, and how much of it a model reading the scorer's output finds.
// Each train page of wcxb-dev is cleaned by the fold model that did not learn it (`scripts/cross-validate.mjs`'s
// models) and its blocks are labelled by the gold body (`labelBlocks`). Printed, word P / R / F1 of all pages and of
// articles, word F1 of the other page types, and snippet F:
// - of the articles' kept words after the gold body, the share the scorer rates 0.9 or more, and on HTML the share that
//   lies inside the smallest element holding every gold block;
// - the output as it is;
// - its kept blocks after the gold body's last block dropped, or before its first (the ceilings);
// - a learned end: trees over the scorer's output (each kept block's score, size and label, its neighbours', where it
//   lies among the page's kept words, what is kept before and after it) say of each kept block whether it lies after
//   the article, fitted on the pages of one fold and run on the other's; the page's end is where the words after it
//   that the trees call tail outweigh, at `tau`, those they do not, and a kept block after it goes unless it scores
//   at least `spare`.
// docs/learning.md, "Where the article ends".
//
//   npm run build
//   node scripts/cross-validate.mjs --tag base --renderings paras,html   # the fold models, once
//   node scripts/article-end.mjs --models cv/base [--renderings paras,html] [--taus 0.5,0.6,0.7] [--spare 0.9]
import {parseArgs} from 'node:util';
import {declutter} from '../dist/declutter.js';
import {scorePage} from '../dist/eval/aggregate.js';
import {labelBlocks} from '../dist/learn/align.js';
import {DEFAULT_BOOST, fitTrees} from '../dist/learn/boost.js';
import {Corpus} from '../dist/learn/corpus.js';
import {foldOf} from '../dist/learn/split.js';
import {analyze} from '../dist/pipeline/analyze.js';
import {isWithinElement, PAGE_ROOT} from '../dist/read/element-tree.js';
import {treesLogit} from '../dist/score/trees.js';
import {foldModels, pagesWithText, printed, reportWords, wordCount} from './out-of-fold.mjs';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    models: {type: 'string'},
    renderings: {type: 'string', default: 'paras,html'},
    taus: {type: 'string', default: '0.5,0.6,0.7'},
    spare: {type: 'string', default: '0.9'},
  },
});
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const models = foldModels(values.models);
const LABELS = ['title', 'heading', 'body', 'ad', 'related', 'newsletter', 'social', 'comments', 'legal', 'caption', 'byline', 'dateline', 'navigation', 'other'];
// A block the scorer is sure is body, whose distance the columns measure.
const SURE = 0.95;
const SURE_WORDS = 15;

/** HTML: the smallest element that holds every block the gold labels body (`PAGE_ROOT` for none). */
function goldElement(tree, elements, labels) {
  const chain = (e) => {
    const up = [];
    for (let at = e; at !== PAGE_ROOT; at = tree.parents[at]) up.push(at);
    return up.reverse();
  };
  let common;
  labels.forEach((label, i) => {
    if (label !== 1) return;
    const up = chain(elements[i]);
    common = common === undefined ? up : common.filter((e, depth) => up[depth] === e);
  });
  return common?.at(-1) ?? PAGE_ROOT;
}

/** Where the articles' kept words after the gold body lie: how many, how many scored 0.9 or more, inside the gold's element. */
function tailWords(pages, corpus, rendering) {
  let all = 0;
  let sure = 0;
  let inside = 0;
  for (const page of pages) {
    if (page.gold.pageType !== 'article' || page.last < 0) continue;
    const tail = page.blocks.map((_, i) => i).filter((i) => i > page.last && page.blocks[i].kept && i !== page.titleBlock);
    if (tail.length === 0) continue;
    let within = () => false;
    if (rendering === 'html') {
      const {markup, tree} = analyze(corpus.text(page.gold.id, rendering), {format: 'html', withoutWordScores: true});
      if (markup.length !== page.blocks.length) throw new Error(`${page.gold.id}: analyze and declutter read other blocks`);
      const elements = markup.map((m) => m.element);
      const element = goldElement(tree, elements, page.labels);
      within = (i) => isWithinElement(tree, element, elements[i]);
    }
    for (const i of tail) {
      all += page.words[i];
      if (page.blocks[i].score >= 0.9) sure += page.words[i];
      if (within(i)) inside += page.words[i];
    }
  }
  const share = (n) => (n / all).toFixed(2);
  return `${all} words, ${share(sure)} of them scored 0.9 or more` + (rendering === 'html' ? `, ${share(inside)} inside the gold's element` : '');
}

/** Each block's columns: its own, its neighbours', and the kept words and scores before and after it. */
function columns(page) {
  const {blocks} = page;
  const n = blocks.length;
  const kept = blocks.map((block, i) => (block.kept ? page.words[i] : 0));
  const keptTotal = kept.reduce((sum, w) => sum + w, 0) || 1;
  const sure = (i) => blocks[i].kept && blocks[i].score >= SURE && page.words[i] >= SURE_WORDS;
  // after[i]: from block i to the end; before[i]: up to block i - 1. Kept words, their score, sure words, kept blocks.
  const after = Array.from({length: n + 1}, () => [0, 0, 0, 0]);
  for (let i = n - 1; i >= 0; i--) {
    const [w, s, sw, k] = after[i + 1];
    after[i] = [w + kept[i], s + kept[i] * blocks[i].score, sw + (sure(i) ? kept[i] : 0), k + (blocks[i].kept ? 1 : 0)];
  }
  const before = Array.from({length: n + 1}, () => [0, 0, 0, 0]);
  for (let i = 0; i < n; i++) {
    const [w, s, sw, k] = before[i];
    before[i + 1] = [w + kept[i], s + kept[i] * blocks[i].score, sw + (sure(i) ? kept[i] : 0), k + (blocks[i].kept ? 1 : 0)];
  }
  const sureTotal = before[n][2] || 1;
  const sinceSure = new Array(n);
  const dropped = new Array(n);
  for (let i = 0, last = -1, run = 0; i < n; i++) {
    sinceSure[i] = last < 0 ? 99 : Math.min(99, i - last);
    dropped[i] = run;
    if (sure(i)) last = i;
    run = blocks[i].kept ? 0 : run + 1;
  }
  const toSure = new Array(n);
  for (let i = n - 1, next = -1; i >= 0; i--) {
    toSure[i] = next < 0 ? 99 : Math.min(99, next - i);
    if (sure(i)) next = i;
  }
  const neighbour = (i) => (blocks[i] ? [blocks[i].score, blocks[i].kept ? 1 : 0, Math.log1p(page.words[i])] : [-1, -1, -1]);
  return blocks.map((block, i) => [
    block.score,
    Math.log1p(page.words[i]),
    LABELS.indexOf(block.label),
    before[i][0] / keptTotal,
    after[i][0] / keptTotal,
    i / n,
    n - i,
    after[i][0] ? after[i][1] / after[i][0] : 0,
    before[i][0] ? before[i][1] / before[i][0] : 0,
    after[i][2] / sureTotal,
    before[i][2] / sureTotal,
    after[i][3],
    before[i][3],
    sinceSure[i],
    toSure[i],
    dropped[i],
    Math.log(keptTotal),
    ...[-3, -2, -1, 1, 2, 3].flatMap((d) => neighbour(i + d)),
  ]);
}

/** Where the tail starts: the cut with the most tail evidence after it, `blocks.length` for none. */
function tailStart(page, tails, tau) {
  let best = 0;
  let cut = page.blocks.length;
  let sum = 0;
  for (let i = page.blocks.length - 1; i >= 0; i--) {
    if (page.blocks[i].kept && i !== page.titleBlock) sum += page.words[i] * (tails[i] - tau);
    if (sum > best) [best, cut] = [sum, i];
  }
  return cut;
}

const report = (name, scores) => reportWords(name, scores, 24);

for (const rendering of values.renderings.split(',')) {
  const pages = [];
  for (const {gold, text} of pagesWithText(corpus, rendering)) {
    const doc = declutter(text, {model: models[foldOf(gold.id, 2)], url: gold.url || undefined});
    const labels = gold.mainContent ? labelBlocks(doc.blocks.map((block) => block.text), corpus.gold(gold.id)) : [];
    pages.push({gold, fold: foldOf(gold.id, 2), titleBlock: doc.titleBlock, blocks: doc.blocks, labels, words: doc.blocks.map((b) => wordCount(b.text))});
  }
  for (const page of pages) {
    page.columns = columns(page);
    page.last = page.labels.lastIndexOf(1);
    page.first = page.labels.indexOf(1);
  }
  // Each fold's pages judged by trees fitted on the other fold's: whether a kept block lies after the gold body.
  for (const fold of [0, 1]) {
    const rows = [];
    const tails = [];
    const weights = [];
    for (const page of pages) {
      if (page.fold === fold || page.last < 0) continue;
      page.blocks.forEach((block, i) => {
        if (!block.kept || page.labels[i] === null || i === page.titleBlock) return;
        rows.push(page.columns[i]);
        tails.push(i > page.last ? 1 : 0);
        weights.push(Math.sqrt(1 + page.words[i]));
      });
    }
    const trees = fitTrees(rows, tails, weights, {...DEFAULT_BOOST, depth: 4});
    for (const page of pages) if (page.fold === fold) page.tails = page.columns.map((row) => 1 / (1 + Math.exp(-treesLogit(trees, row))));
  }
  const score = (keep) => pages.map((page) => scorePage(printed(page, (i) => keep(page, i)), page.gold));
  console.log(`\n${rendering}: the articles' kept blocks after the gold body: ${tailWords(pages, corpus, rendering)}`);
  console.log(`${rendering}: the train ids' kept blocks, out of fold (word P / R / F1)`);
  report('as it is', score(() => true));
  report('after the gold body', score((page, i) => page.last < 0 || i <= page.last));
  report('before the gold body', score((page, i) => page.first < 0 || i >= page.first));
  const spare = Number(values.spare);
  for (const tau of values.taus.split(',').map(Number)) {
    const cuts = new Map(pages.map((page) => [page, tailStart(page, page.tails, tau)]));
    report(`learned end, tau ${tau}`, score((page, i) => i < cuts.get(page) || page.blocks[i].score >= spare));
  }
}
