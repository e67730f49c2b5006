// The article's container as a learned target (text): what a second scorer, trained to tell the blocks inside the
// article's container from the page around it, buys as the body span's evidence. The region rendering of wcxb-dev is
// the page's article container (the smallest element holding nearly all of the gold body, ads and captions inside it
// included), so a text block's label is whether the region's text holds it (pages whose region is the whole page are
// left out). With --train, a container model is trained for each of two folds on the train ids of the other fold
// (the trainer's own `trainModel`, text renderings, those labels) and written to --dir; then each train page is cleaned
// by its fold's model of main's code (--models) and by the container model of its fold, and printed, per rendering:
// the articles' kept words the gold lacks and has, inside the region's text and outside it (pages whose region is the
// whole page counted inside); then word P / R / F1 of all pages and articles, word F1 of the other page types and
// snippet F:
// - the output as it is;
// - with the container drop: the body's spans found from the container scores (evidence words x (score - cut), the
//   spans of `bodySpans`), and a kept block more than three blocks from them dropped unless the block scorer rates it
//   `spare` or more; only on a page whose spans hold 90% of the positive evidence, whose sure prose (0.9 or more,
//   20 words or more) reaches `sure-words`, and whose address ends in a slug of `slug-words` words or more.
// With --unseen CORPUS (traf-dev, which no model learns from), also that corpus's train ids by the first fold's models:
// snippet P / R / F as it is and with the drop.
// docs/learning.md, "The article's container as a learned target (text)".
//
//   npm run build
//   node scripts/container-spans.mjs --models cv/base --dir cv/container --train      # trains, then measures
//   node scripts/container-spans.mjs --models cv/base --dir cv/container-small --train --boost trees=30,depth=4
//   node scripts/container-spans.mjs --models cv/base --dir cv/container [--renderings paras,blocks,lynx]
//     [--cuts 0.5,0.7] [--spare 0.9] [--sure-words 300] [--slug-words 3] [--unseen ../shared/corpus/traf-dev]
//     [--boost trees=30,depth=4]
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {declutter} from '../dist/declutter.js';
import {scorePage} from '../dist/eval/aggregate.js';
import {Corpus} from '../dist/learn/corpus.js';
import {trainingDocuments} from '../dist/learn/dataset.js';
import {foldOf} from '../dist/learn/split.js';
import {trainModel} from '../dist/learn/train.js';
import {boostSettings, DEFAULT_BOOST} from '../dist/learn/boost.js';
import {loadModel} from '../dist/pipeline/model.js';
import {usableUrl} from '../dist/check-options.js';
import {InputError} from '../dist/read/decode.js';
import {labelBlocks} from '../dist/learn/align.js';
import {bodySpans, spanDistances} from '../dist/structure/body-spans.js';
import {pagesWithText, printed, reportWords, snippetFigures, wordCount} from './out-of-fold.mjs';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    models: {type: 'string'},
    dir: {type: 'string'},
    train: {type: 'boolean', default: false},
    renderings: {type: 'string', default: 'paras,blocks,lynx'},
    cuts: {type: 'string', default: '0.5,0.7'},
    spare: {type: 'string', default: '0.9'},
    'sure-words': {type: 'string', default: '300'},
    'slug-words': {type: 'string', default: '3'},
    unseen: {type: 'string'},
    boost: {type: 'string'},
  },
});
if (!values.models || !values.dir) throw new Error('usage: container-spans.mjs --models DIR --dir DIR [--train]');
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const renderings = values.renderings.split(',');
const spare = Number(values.spare);
const sureWords = Number(values['sure-words']);
const slugWords = Number(values['slug-words']);
const SLACK = 3;
const DOMINANCE = 0.9;
const SURE = 0.9;
const SURE_MIN_WORDS = 20;
const normal = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// Each page's region text, read once for training and for every rendering measured.
const regions = new Map();

/** The region's text as ` word word `, or null where the region is the whole page (no element held the body). */
function regionText(id) {
  if (!regions.has(id)) regions.set(id, readRegionText(id));
  return regions.get(id);
}

function readRegionText(id) {
  const read = (rendering) => {
    try {
      return corpus.text(id, rendering) ?? '';
    } catch (error) {
      if (error instanceof InputError) return '';
      throw error;
    }
  };
  const region = read('region');
  return region.length >= 0.9 * read('paras').length ? null : ` ${normal(region)} `;
}

if (values.train) {
  mkdirSync(values.dir, {recursive: true});
  for (const k of [0, 1]) {
    const documents = [];
    for (const doc of trainingDocuments(corpus, renderings, 'train')) {
      if (foldOf(doc.id, 2) === k) continue;
      const region = regionText(doc.id);
      if (region === null) continue;
      const labels = doc.texts.map((text) => {
        const words = normal(text);
        return words === '' ? null : region.includes(` ${words} `) ? 1 : 0;
      });
      documents.push({...doc, labels, snippets: undefined});
    }
    process.stderr.write(`fold ${k}: training a container model on ${documents.length} documents\n`);
    const boost = {...DEFAULT_BOOST, ...boostSettings(values.boost)};
    const model = trainModel(documents, {title: false, boost, trainedOn: {container: true, boost, crossValidation: {fold: k, folds: 2}}});
    writeFileSync(join(values.dir, `model-${k}.json`), JSON.stringify(model));
  }
}

const load = (dir, k) => loadModel(JSON.parse(readFileSync(join(dir, `model-${k}.json`), 'utf8')));
const models = [0, 1].map((k) => load(values.models, k));
const containers = [0, 1].map((k) => load(values.dir, k));

/** How many words the last segment of the address's path has ("how-to-build-a-desk" 5). */
function slugLength(url) {
  if (!url || !URL.canParse(url)) return 0;
  const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  return last.split(/[-_]/).filter((word) => /\p{L}/u.test(word)).length;
}

/** The kept blocks the container drop would take out at `cut`. */
function containerDrop(doc, container, words, gold, cut) {
  const drop = doc.blocks.map(() => false);
  const sure = doc.blocks.reduce((sum, b, i) => sum + (b.kept && b.score >= SURE && words[i] >= SURE_MIN_WORDS ? words[i] : 0), 0);
  if (sure < sureWords || slugLength(gold.url) < slugWords) return drop;
  const evidence = container.blocks.map((b, i) => words[i] * (b.score - cut));
  const spans = bodySpans(evidence, 0.5);
  if (spans.length === 0) return drop;
  const distances = spanDistances(spans, evidence.length);
  let positive = 0;
  let inside = 0;
  evidence.forEach((e, i) => {
    positive += Math.max(0, e);
    if (distances[i] === 0) inside += Math.max(0, e);
  });
  if (inside < DOMINANCE * positive) return drop;
  return doc.blocks.map((b, i) => b.kept && i !== doc.titleBlock && distances[i] > SLACK && b.score < spare);
}

const cuts = values.cuts.split(',').map(Number);
const unseen = values.unseen ? new Corpus(values.unseen) : undefined;
const noScores = () => ({base: [], ...Object.fromEntries(cuts.map((cut) => [cut, []]))});

/**
 * Clean `text` with `model` and score it as it is and with the container drop at each cut, into `scores`; the page's
 * title scored too where `withTitle`. Returns the cleaned page and its blocks' word counts.
 */
function scoreDrops(text, gold, model, container, scores, withTitle) {
  const doc = declutter(text, {model, url: usableUrl(gold.url ?? undefined)});
  const containerDoc = declutter(text, {model: container});
  const words = doc.blocks.map((b) => wordCount(b.text));
  const title = withTitle ? doc.title : undefined;
  scores.base.push(scorePage(printed(doc, () => true), gold, title));
  for (const cut of cuts) {
    const drop = containerDrop(doc, containerDoc, words, gold, cut);
    scores[cut].push(scorePage(printed(doc, (i) => !drop[i]), gold, title));
  }
  return {doc, words};
}

for (const rendering of renderings) {
  const scores = noScores();
  // The articles' kept words, [the gold lacks, the gold has], inside the region's text and outside it.
  const kept = {inside: [0, 0], outside: [0, 0]};
  for (const {gold, text = ''} of pagesWithText(corpus, rendering)) {
    const k = foldOf(gold.id, 2);
    const {doc, words} = scoreDrops(text, gold, models[k], containers[k], scores, true);
    if (gold.pageType === 'article' && gold.mainContent) {
      const region = regionText(gold.id);
      const labels = labelBlocks(doc.blocks.map((b) => b.text), corpus.gold(gold.id));
      doc.blocks.forEach((b, i) => {
        if (!b.kept || labels[i] === null) return;
        const where = region === null || region.includes(` ${normal(b.text)} `) ? 'inside' : 'outside';
        kept[where][labels[i]] += words[i];
      });
    }
  }
  console.log(`${rendering}: the articles' kept words the gold lacks / has, inside the region ${kept.inside.join(' / ')}, outside it ${kept.outside.join(' / ')}`);
  reportWords('as it is', scores.base, 16);
  for (const cut of cuts) reportWords(`container ${cut}`, scores[cut], 16);
  if (unseen) reportUnseen(rendering);
}

/** Snippet P / R / F of the unseen corpus's train ids, cleaned by the first fold's models, as it is and with the drop. */
function reportUnseen(rendering) {
  const scores = noScores();
  for (const {gold, text} of pagesWithText(unseen, rendering)) {
    if (text !== undefined) scoreDrops(text, gold, models[0], containers[0], scores, false);
  }
  for (const [name, pages] of Object.entries(scores)) {
    console.log(`  ${`${unseen.name} ${name === 'base' ? 'as it is' : `container ${name}`}`.padEnd(26)} snippet P / R / F ${snippetFigures(pages)}`);
  }
}
