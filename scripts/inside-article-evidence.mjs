// What HTML pages that declare themselves articles (`declaredArticle`) keep inside their article's element that the
// gold lacks, grouped by what marks it in the markup: a box of a link-led card list, a branch of the element (its
// child holding the block) whose words are mostly link text, a figure or its caption, an aside, a class that names
// related stories, sharing, the author, tags, a newsletter or comments, a list of links, the rest. For each group:
// the kept words the gold lacks (blocks aligned with the gold as training labels are, `labelBlocks`), on how many
// pages, and the kept gold words the group would take with it. Each page is judged by the fold model of the
// cross-validation that did not learn it, with the whole pipeline (stage and rules). docs/learning.md, "Page
// structure".
//
//   npm run build
//   node scripts/inside-article-evidence.mjs [corpus] --models cv/base3 [--folds 2]   # default ../shared/corpus/wcxb-dev
//
// --show-rest writes each kept block of the rest that the gold lacks to stderr (page, where, score, its start).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {Corpus} from '../dist/learn/corpus.js';
import {labelBlocks} from '../dist/learn/align.js';
import {foldOf} from '../dist/learn/split.js';
import {loadGold} from '../dist/eval/run.js';
import {declaredArticle} from '../dist/metadata/declared-article.js';
import {analyze} from '../dist/pipeline/analyze.js';
import {judgeBlocks} from '../dist/pipeline/judge.js';
import {loadModel} from '../dist/pipeline/model.js';
import {scoreBlocks} from '../dist/pipeline/score-blocks.js';
import {isWithinElement, PAGE_ROOT} from '../dist/read/element-tree.js';
import {MARKUP_CONTEXTS} from '../dist/read/markup.js';
import {InputError} from '../dist/read/decode.js';
import {scorerFor} from '../dist/score/model.js';
import {pageThreshold} from '../dist/score/page-threshold.js';
import {articleContainer} from '../dist/structure/article-container.js';
import {linkLedCards} from '../dist/structure/card-boxes.js';
import {contextsBetween} from '../dist/structure/inside-article.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {models: {type: 'string'}, folds: {type: 'string', default: '2'}, 'show-rest': {type: 'boolean', default: false}},
});
if (!values.models) throw new Error('name the fold models with --models (a cross-validation run folder, e.g. cv/base3)');
const folds = Number(values.folds);
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const models = Array.from({length: folds}, (_, k) => loadModel(JSON.parse(readFileSync(join(values.models, `model-${k}.json`), 'utf8'))));

const bit = (context) => 1 << MARKUP_CONTEXTS.indexOf(context);
const NAMED_JUNK = ['related', 'social', 'author', 'meta', 'prompt', 'comments'];
// A branch is mostly links at this share of its words in link text; a block is a link when this much of it is.
const LINK_BRANCH = 0.5;
const LINK_BLOCK = 0.9;
// The bar a decision would keep blocks from: the words under it are what it would drop.
const BAR = 0.9;
const GROUPS = ['card list', 'link branch, < 20% of the element', 'link branch, larger', 'figure or caption', 'aside', ...NAMED_JUNK.map((n) => `named:${n}`), 'list of links', 'the rest'];

/** The child of `container` that holds `element` (itself when it is that child), or undefined for the container. */
function branchOf(tree, element, container) {
  let e = element;
  if (e === container || e === PAGE_ROOT) return undefined;
  while (tree.parents[e] !== container && tree.parents[e] !== PAGE_ROOT) e = tree.parents[e];
  return tree.parents[e] === container ? e : container === PAGE_ROOT ? e : undefined;
}

const table = new Map();
const cache = new Map();
for (const page of loadGold(corpus, 'train')) {
  if (page.pageType !== 'article' || !page.mainContent) continue;
  let analysis;
  try {
    analysis = analyze(corpus.text(page.id, 'html') ?? '', {format: 'html', model: models[foldOf(page.id, folds)]});
  } catch (error) {
    if (error instanceof InputError) continue;
    throw error;
  }
  const {descriptions, markup, tree, head, texts} = analysis;
  const source = declaredArticle(head);
  if (!markup || !tree || !source) continue;
  const model = models[foldOf(page.id, folds)];
  const scorer = scorerFor(model, true);
  // The stage's own element: evidence from the scores, measured from the page's threshold.
  const scores = scoreBlocks(scorer, analysis.rows, {descriptions, markup, tree});
  const words = Int32Array.from(descriptions, (d) => d.words);
  const threshold = pageThreshold(scores, words, scorer.threshold);
  const {element: container} = articleContainer(tree, markup.map((m) => m.element), scores.map((s, i) => words[i] * (s - threshold)));
  const {verdicts} = judgeBlocks(analysis, scorer, {model});
  const labels = labelBlocks(texts, corpus.gold(page.id));
  const cards = linkLedCards(tree, markup);
  // Where the gold's body lies in the element: its first and last blocks that align with it.
  const goldInside = labels.map((label, i) => label === 1 && verdicts[i].kept && isWithinElement(tree, container, markup[i].element));
  const firstGold = goldInside.indexOf(true);
  const lastGold = goldInside.lastIndexOf(true);
  // Each branch's words and link words, over all its blocks.
  const branchWords = new Map();
  let elementWords = 0;
  const branches = markup.map((m, i) => {
    if (!isWithinElement(tree, container, m.element)) return null;
    elementWords += words[i];
    const branch = branchOf(tree, m.element, container);
    if (branch === undefined) return undefined;
    const sums = branchWords.get(branch) ?? {words: 0, links: 0};
    sums.words += words[i];
    sums.links += words[i] * m.linkShare;
    branchWords.set(branch, sums);
    return branch;
  });
  for (const key of [source, 'either']) {
    if (!table.has(key)) table.set(key, {pages: 0, keptInside: 0, junkInside: 0, rest: new Map(), groups: new Map(GROUPS.map((g) => [g, {junk: 0, gold: 0, unsure: 0, pages: new Set(), junkUnder: 0, goldUnder: 0}]))});
    const row = table.get(key);
    row.pages++;
    verdicts.forEach((v, i) => {
      if (!v.kept || branches[i] === null) return;
      row.keptInside += words[i];
      if (labels[i] === 0) row.junkInside += words[i];
      const m = markup[i];
      const named = contextsBetween(tree, m.element, container, cache);
      const branch = branches[i] === undefined ? undefined : branchWords.get(branches[i]);
      const linkBranch = branch && branch.links >= LINK_BRANCH * branch.words;
      const marks = [];
      if (cards.repeats[i] >= 3 && cards.linkLed[i]) marks.push('card list');
      if (linkBranch && branch.words < 0.2 * elementWords) marks.push('link branch, < 20% of the element');
      else if (linkBranch) marks.push('link branch, larger');
      if (m.contexts & bit('figure') || named & bit('named:caption')) marks.push('figure or caption');
      if (m.contexts & bit('aside')) marks.push('aside');
      for (const n of NAMED_JUNK) if (named & bit(`named:${n}`)) marks.push(`named:${n}`);
      if (m.contexts & bit('listItem') && m.linkShare >= LINK_BLOCK) marks.push('list of links');
      if (!marks.length) marks.push('the rest');
      if (marks[0] === 'the rest' && labels[i] === 0) {
        const where = firstGold === -1 ? 'no gold kept in the element' : i < firstGold ? 'above the gold body' : i > lastGold ? 'below the gold body' : 'between gold blocks';
        const size = words[i] < 10 ? 'under 10 words' : words[i] < 40 ? '10 to 39 words' : '40 words or more';
        for (const kind of [where, size, `${where}, ${size}`]) {
          const sums = row.rest.get(kind) ?? {words: 0, pages: new Set()};
          sums.words += words[i];
          sums.pages.add(page.id);
          row.rest.set(kind, sums);
        }
        if (values['show-rest'] && key === 'either') console.error(`${page.id}\t${where}\t${v.score.toFixed(2)}\t${texts[i].slice(0, 140).replace(/\s+/g, ' ')}`);
      }
      for (const mark of marks) {
        const group = row.groups.get(mark);
        if (v.score < BAR) {
          if (labels[i] === 0) group.junkUnder += words[i];
          if (labels[i] === 1) group.goldUnder += words[i];
        }
        if (labels[i] === 0) {
          group.junk += words[i];
          group.pages.add(page.id);
        } else if (labels[i] === 1) group.gold += words[i];
        else group.unsure += words[i];
      }
    });
  }
}

for (const [key, row] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`\ndeclared by ${key}: ${row.pages} articles, ${row.keptInside} words kept inside the element, ${row.junkInside} of them not in the gold`);
  console.log(`| marked as (a block may carry several marks) | kept words the gold lacks | pages | gold words kept | unsure words | the gold lacks, under ${BAR} | gold, under ${BAR} |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, g] of row.groups) console.log(`| ${name} | ${g.junk} | ${g.pages.size} | ${g.gold} | ${g.unsure} | ${g.junkUnder} | ${g.goldUnder} |`);
  console.log('\n| the rest, by where it lies and its length | kept words the gold lacks | pages |\n|---|---|---|');
  for (const [kind, sums] of [...row.rest].sort(([a], [b]) => a.localeCompare(b))) console.log(`| ${kind} | ${sums.words} | ${sums.pages.size} |`);
}
