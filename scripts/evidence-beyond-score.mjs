// Whether a piece of page-level evidence would tell the junk an article page keeps from its body better than the
// block's score and its place already do: measured before a column is built and a model retrained for it. Each train
// page of wcxb-dev is cleaned by the fold model of the cross-validation that did not learn it (the whole pipeline, the
// pages' addresses given), its blocks labelled by the gold body (`labelBlocks`), and for each kept block (the printed
// title aside) the evidence is read:
// - the sure paragraphs' words: the share of its content words (`contentWords`) that the page's sure paragraphs (kept,
//   scored 0.9 or more, 20 words or more; the block itself left out) use; another story's summary says other things;
// - words two sure paragraphs use: the same, counting only words that two or more sure paragraphs use;
// - the title's words: the share of its content words that the printed title uses;
// - the container scorer's score (text renderings, every page; `Model.container`).
// A weighted logistic regression (`fitLogistic`; each block weighs its words) of the gold label on the block's score
// (as a logit) and its place (above the first sure paragraph, below the last) is fitted on the articles' kept blocks
// (and on the score alone, for what the place buys), then again with each piece of evidence added. Printed for each
// fit: its log loss on the blocks it was fitted on, the junk and body words of the blocks it gives under 0.5, and the
// junk words it drops for the body words the fit on the score and place drops (its blocks taken from the least likely
// body up), which compares the fits at one cost. A fit that is no better than the score and place cannot become a
// better column. docs/learning.md, "Evidence beyond the block's score, measured before building it".
//
//   npm run build
//   node scripts/evidence-beyond-score.mjs [corpus] --models cv/base [--renderings paras,html]
import {parseArgs} from 'node:util';
import {declutter} from '../dist/declutter.js';
import {labelBlocks} from '../dist/learn/align.js';
import {Corpus} from '../dist/learn/corpus.js';
import {fitLogistic} from '../dist/learn/fit.js';
import {foldOf} from '../dist/learn/split.js';
import {analyze} from '../dist/pipeline/analyze.js';
import {scoreBlocks} from '../dist/pipeline/score-blocks.js';
import {contentWords} from '../dist/score/content-words.js';
import {logit, sigmoid} from '../dist/score/logistic.js';
import {foldModels, pagesWithText, wordCount} from './out-of-fold.mjs';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {models: {type: 'string'}, renderings: {type: 'string', default: 'paras,html'}},
});
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const models = foldModels(values.models);
const SURE = 0.9;
const SURE_WORDS = 20;
// Blocks with fewer distinct content words say too little of their topic to be measured; their share is left at 0.5.
const MIN_CONTENT_WORDS = 3;
const clamp = (p, least) => Math.min(Math.max(p, least), 1 - least);
const asLogit = (p) => Math.log(clamp(p, 1e-4) / (1 - clamp(p, 1e-4)));
const EVIDENCE = ["the sure paragraphs' words", 'words two sure paragraphs use', "the title's words", 'the container score'];

/** The share of `own`'s words that `counts` holds `least` times or more, less `self` for the block's own use. */
function shareIn(own, counts, least, self) {
  if (own.size < MIN_CONTENT_WORDS) return 0.5;
  let hits = 0;
  for (const word of own) if ((counts.get(word) ?? 0) - (self ? 1 : 0) >= least) hits++;
  return hits / own.size;
}

/** Each kept block of the articles of `rendering`: its label, words, score, place and the evidence. */
function keptBlocks(rendering) {
  const blocks = [];
  for (const {gold, text = ''} of pagesWithText(corpus, rendering)) {
    if (!gold.mainContent || gold.pageType !== 'article') continue;
    const model = models[foldOf(gold.id, 2)];
    const doc = declutter(text, {model, url: gold.url || undefined});
    const texts = doc.blocks.map((b) => b.text);
    const labels = labelBlocks(texts, corpus.gold(gold.id));
    const words = texts.map(wordCount);
    const own = texts.map((t) => new Set(contentWords(t)));
    const sure = doc.blocks.flatMap((b, i) => (b.kept && b.score >= SURE && words[i] >= SURE_WORDS ? [i] : []));
    const isSure = new Set(sure);
    const topic = new Map();
    for (const i of sure) for (const word of own[i]) topic.set(word, (topic.get(word) ?? 0) + 1);
    const headline = new Map(doc.titleBlock === null ? [] : [...own[doc.titleBlock]].map((word) => [word, 1]));
    // Read as the pipeline reads it: on text, where the model has a container scorer.
    let container;
    if (model.container) {
      const analysis = analyze(text, {model});
      if (!analysis.markup) container = scoreBlocks(model.container, analysis.rows, {descriptions: analysis.descriptions});
    }
    doc.blocks.forEach((b, i) => {
      if (!b.kept || labels[i] === null || i === doc.titleBlock) return;
      blocks.push({
        label: labels[i],
        words: words[i],
        base: [asLogit(b.score), i < (sure[0] ?? -1) ? 1 : 0, i > (sure.at(-1) ?? Infinity) ? 1 : 0],
        evidence: [
          sure.length >= 2 ? shareIn(own[i], topic, 1, isSure.has(i)) : 0.5,
          sure.length >= 3 ? shareIn(own[i], topic, 2, isSure.has(i)) : 0.5,
          headline.size ? shareIn(own[i], headline, 1, false) : 0.5,
          container ? asLogit(container[i]) : undefined,
        ],
      });
    });
  }
  return blocks;
}

/**
 * The fit of the label on `columns` of the blocks: its log loss, the junk and body words it would drop, and the junk
 * words it drops for `bodyCost` body words, its least likely body first.
 */
function fitted(blocks, columns, bodyCost) {
  const rows = blocks.map(columns);
  const labels = blocks.map((b) => b.label);
  const weights = blocks.map((b) => b.words);
  const stage = fitLogistic(rows, labels, weights);
  let loss = 0;
  let total = 0;
  const dropped = [0, 0];
  const probabilities = rows.map((row, i) => {
    const p = clamp(sigmoid(logit(stage, row)), 1e-9);
    loss -= weights[i] * (labels[i] ? Math.log(p) : Math.log(1 - p));
    total += weights[i];
    if (p < 0.5) dropped[labels[i]] += weights[i];
    return p;
  });
  let junkAtCost = 0;
  let body = 0;
  for (const i of probabilities.map((_, i) => i).sort((a, b) => probabilities[a] - probabilities[b])) {
    if (labels[i]) body += weights[i];
    else junkAtCost += weights[i];
    if (body >= bodyCost) break;
  }
  return {loss: loss / total, dropped, junkAtCost};
}

for (const rendering of values.renderings.split(',')) {
  const blocks = keptBlocks(rendering);
  const junk = blocks.reduce((sum, b) => sum + (b.label ? 0 : b.words), 0);
  const body = blocks.reduce((sum, b) => sum + (b.label ? b.words : 0), 0);
  console.log(`\n${rendering}: ${blocks.length} kept blocks of articles, ${junk} words the gold lacks, ${body} it has`);
  // A piece of evidence counts where every block has it (the container score: text pages of a model that has one).
  const read = EVIDENCE.flatMap((name, k) => (blocks.length && blocks.every((b) => b.evidence[k] !== undefined) ? [k] : []));
  const rowsOf = {'the score alone': (b) => [b.base[0]], 'the score and place': (b) => b.base};
  for (const k of read) rowsOf[`+ ${EVIDENCE[k]}`] = (b) => [...b.base, b.evidence[k]];
  if (read.length > 1) rowsOf['+ all of them'] = (b) => [...b.base, ...read.map((k) => b.evidence[k])];
  const bodyCost = fitted(blocks, rowsOf['the score and place'], Infinity).dropped[1];
  console.log(`| columns | log loss | words it drops: the gold lacks / has | junk it drops for ${bodyCost} of body |\n|---|---|---|---|`);
  for (const [name, columns] of Object.entries(rowsOf)) {
    const {loss, dropped, junkAtCost} = fitted(blocks, columns, bodyCost);
    console.log(`| ${name} | ${loss.toFixed(4)} | ${dropped[0]} / ${dropped[1]} | ${junkAtCost} |`);
  }
}
