#!/usr/bin/env node
// What a cheap first tier could save, measured before it is built: a small model on the cheap features alone (the
// block's length, words, punctuation, stopword share, digits, capitals, cue matches; with --neighbours, the same of
// the blocks around it and its place in the page) learns the shipped model's final labels on the train ids; its
// thresholds are set on train ids so that the blocks it is sure of keep their final label (at most ERR of them may
// not), and on the val ids it reports how many blocks it is sure of, how many of them would change label, and the CPU
// those blocks cost in the steps a sure block would skip (the word table's terms, retext, the URL, e-mail, mention and
// hashtag patterns, the block stage's trees), against the whole of `declutter()` on the same pages, warm, in one
// process.
//
// With --weigh words, ERR is a share of the sure blocks' words rather than of the blocks: a sure cut that agrees with the
// final verdict on 99.9% of the sure blocks' words is ERR 0.001.
//
//   npm run build && node bench/tiers.mjs [--renderings paras] [--neighbours] [--trees 30] [--depth 4] [--weigh words]
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

const {values: args} = parseArgs({
  options: {
    renderings: {type: 'string', default: 'paras'},
    neighbours: {type: 'boolean', default: false},
    trees: {type: 'string', default: '30'},
    depth: {type: 'string', default: '4'},
    weigh: {type: 'string', default: 'blocks'},
    corpora: {type: 'string', default: 'wcxb-dev,traf-dev'},
    shared: {type: 'string', default: new URL('../../shared/corpus', import.meta.url).pathname},
  },
});
const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const [{declutter}, {analyze}, {judgeBlocks}, {FEATURE_NAMES}, {fitTrees, DEFAULT_BOOST}, {treesLogits}, {splitOf}, {defaultModel}, {scorerFor}, {blockScores}, {describeBlock}, {scanText}, {blockKey, matchCuesOf}, {stopwordsFor}, {termSlots}] =
  await Promise.all(
    ['index.js', 'pipeline/analyze.js', 'pipeline/judge.js', 'features/vector.js', 'learn/boost.js', 'score/trees.js', 'learn/split.js', 'pipeline/model.js', 'score/model.js', 'score/score.js', 'features/describe.js', 'features/scan.js', 'features/lexicon.js', 'features/language.js', 'features/terms.js'].map(load),
  );

const OWN = ['logChars', 'logWords', 'stopwordDensity', 'capitalised', 'upperLetters', 'allCaps', 'digits', 'punctuation', 'endsWithTerminal', 'endsWithColon', 'startsLower', 'startsWithBullet', 'hasSeparators', 'multiLine', 'veryShort', 'short', 'anyWholeCue', 'anyCue'];
const cheapNames = [...OWN, ...FEATURE_NAMES.filter((name) => name.startsWith('cue:') || name.startsWith('wholeCue:'))];
if (args.neighbours) {
  cheapNames.push(...FEATURE_NAMES.filter((name) => /^(prev|next)\d:/.test(name)), 'position', 'isFirst', 'isLast', 'wordsBefore', 'wordShare', 'docLogBlocks', 'docLongShare', 'relativeWords');
}
const columns = cheapNames.map((name) => FEATURE_NAMES.indexOf(name));
const model = defaultModel();

// Every page: its analysis, final labels and cheap rows.
const pages = [];
for (const corpus of args.corpora.split(',')) {
  for (const rendering of args.renderings.split(',')) {
    for (const page of readPages(`${args.shared}/${corpus}`, rendering)) {
      const options = rendering === 'html' ? {format: 'html'} : {};
      const analysis = analyze(page.text, options);
      const scorer = scorerFor(model, analysis.layout === 'html');
      const {verdicts} = judgeBlocks(analysis, scorer);
      pages.push({
        split: splitOf(page.id),
        text: page.text,
        options,
        analysis,
        scorer,
        kept: verdicts.map((v) => (v.kept ? 1 : 0)),
        weight: analysis.descriptions.map((d) => (args.weigh === 'words' ? d.words : 1)),
        cheap: analysis.rows.map((row) => columns.map((j) => row[j])),
      });
    }
  }
}
const train = pages.filter((p) => p.split === 'train');
const val = pages.filter((p) => p.split === 'val');
const flat = (list, key) => list.flatMap((p) => p[key]);
const trainRows = flat(train, 'cheap');
const trainLabels = flat(train, 'kept');
const trainWeights = flat(train, 'weight');
const cheapModel = fitTrees(trainRows, trainLabels, trainLabels.map(() => 1), {...DEFAULT_BOOST, trees: Number(args.trees), depth: Number(args.depth)});
const trainLogits = treesLogits(cheapModel, trainRows);

/**
 * The widest thresholds on each side (drop below `low`, keep above `high`) whose sure blocks disagree with the final
 * label in at most `err` of them (of their weight: one a block, or its words), on the train ids.
 */
function thresholds(logits, labels, weights, err) {
  const order = Array.from(logits.keys()).sort((a, b) => logits[a] - logits[b]);
  let low = -Infinity;
  let wrong = 0;
  let all = 0;
  for (let k = 0; k < order.length; k++) {
    wrong += labels[order[k]] * weights[order[k]];
    all += weights[order[k]];
    if (wrong <= err * all && (k + 1 === order.length || logits[order[k + 1]] > logits[order[k]])) low = logits[order[k]];
  }
  let high = Infinity;
  wrong = 0;
  all = 0;
  for (let k = order.length - 1; k >= 0; k--) {
    wrong += (1 - labels[order[k]]) * weights[order[k]];
    all += weights[order[k]];
    if (wrong <= err * all && (k === 0 || logits[order[k - 1]] < logits[order[k]])) high = logits[order[k]];
  }
  return {low, high};
}

const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const REPEATS = 3;
function timed(work) {
  work();
  const start = cpu();
  for (let r = 0; r < REPEATS; r++) work();
  return (cpu() - start) / REPEATS;
}

const valBlocks = val.reduce((sum, p) => sum + p.kept.length, 0);
const valChars = val.reduce((sum, p) => sum + p.analysis.texts.reduce((s, t) => s + t.length, 0), 0);
const whole = timed(() => {
  for (const p of val) declutter(p.text, p.options);
});
const treesAll = timed(() => {
  for (const p of val) blockScores(p.scorer.blockStage, p.analysis.rows);
});
const cheapModelCost = timed(() => {
  for (const p of val) treesLogits(cheapModel, p.cheap);
});
console.log(`${args.renderings}, ${args.corpora}; cheap columns: ${cheapNames.length}${args.neighbours ? ' (with neighbours and place)' : ''}; first model: ${args.trees} trees of depth ${args.depth}`);
console.log(`val: ${val.length} pages, ${valBlocks} blocks; declutter() ${whole.toFixed(3)} CPU s a pass; block stage trees ${treesAll.toFixed(3)} s; the first model ${cheapModelCost.toFixed(3)} s`);
console.log(`err(train, of ${args.weigh}) | sure, val blocks | of chars | label changes | of the sure blocks' words | skipped work of sure blocks, CPU s | share of declutter()`);
for (const err of [0, 0.001, 0.002, 0.005, 0.01]) {
  const {low, high} = thresholds(trainLogits, trainLabels, trainWeights, err);
  let sure = 0;
  let sureChars = 0;
  let changes = 0;
  let sureWords = 0;
  let changedWords = 0;
  const sureTexts = [];
  for (const p of val) {
    const logits = treesLogits(cheapModel, p.cheap);
    const texts = [];
    for (let i = 0; i < logits.length; i++) {
      const drop = logits[i] <= low;
      const keep = logits[i] >= high;
      if (!drop && !keep) continue;
      sure++;
      sureChars += p.analysis.texts[i].length;
      const words = p.analysis.descriptions[i].words;
      sureWords += words;
      if ((keep ? 1 : 0) !== p.kept[i]) {
        changes++;
        changedWords += words;
      }
      texts.push(p.analysis.texts[i]);
    }
    sureTexts.push({texts, language: p.analysis.language});
  }
  // What a sure block skips: its full description less the cheap pass (scan without terms, key, cues).
  const full = timed(() => {
    for (const {texts, language} of sureTexts) {
      const stopwords = stopwordsFor(language);
      for (const text of texts) {
        describeBlock(text, stopwords);
        termSlots(text, 20);
      }
    }
  });
  const cheapPass = timed(() => {
    for (const {texts, language} of sureTexts) {
      const stopwords = stopwordsFor(language);
      for (const text of texts) {
        const lower = text.toLowerCase();
        scanText(text, lower, stopwords);
        matchCuesOf(text, blockKey(text, lower), lower);
      }
    }
  });
  const skipped = full - cheapPass + (treesAll * sure) / valBlocks - cheapModelCost;
  const pct = (x, of) => `${((100 * x) / of).toFixed(1)}%`;
  console.log(
    `${err} | ${sure} (${pct(sure, valBlocks)}) | ${pct(sureChars, valChars)} | ${changes} (${pct(changes, sure)}) | ${pct(changedWords, sureWords)} | ${skipped.toFixed(3)} (describe ${(full - cheapPass).toFixed(3)}, trees ${((treesAll * sure) / valBlocks).toFixed(3)}, less the first model) | ${pct(skipped, whole)}`,
  );
}
