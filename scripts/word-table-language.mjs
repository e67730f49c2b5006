// A word table for a language the model's table does not serve, learned from a snippet corpus's labels (its `with`
// snippets body, its `without` snippets boilerplate) and merged into the bundled table where that has no weight, the
// language added to those it serves; or, with --flag-only, the bundled table read on that language's pages as it is.
// Scored by the snippet metric of `declutter eval` on the language's pages and on all pages: two folds of the train
// ids (each fold's table learned from the other's pages), then with --val the table of all train ids on the val ids.
// Run after `npm run build`:
//   node scripts/word-table-language.mjs [--corpus ../shared/corpus/traf-dev] [--language deu]
//     [--renderings paras,blocks,lynx,region,html] [--flag-only] [--val]
import {parseArgs} from 'node:util';
import {declutter, toText} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {foldOf, inSplit} from '../dist/learn/split.js';
import {labelBlocks} from '../dist/learn/align.js';
import {trainWordTable} from '../dist/learn/word-table-train.js';
import {blockTerms} from '../dist/features/terms.js';
import {defaultModel, loadModel} from '../dist/pipeline/model.js';
import {harmonicMean, snippetCounts} from '../dist/eval/metrics.js';

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: new URL('../../shared/corpus/traf-dev', import.meta.url).pathname},
    language: {type: 'string', default: 'deu'},
    renderings: {type: 'string', default: 'paras,blocks,lynx,region,html'},
    'flag-only': {type: 'boolean', default: false},
    val: {type: 'boolean', default: false},
  },
});
const RENDERINGS = ['paras', 'blocks', 'lynx', 'region', 'html'];
const renderings = values.renderings.split(',');
const corpus = new Corpus(values.corpus);
const bundled = structuredClone(defaultModel());
const {bits} = bundled.words;
const optionsFor = (rendering) => ({format: rendering === 'html' ? 'html' : 'text'});

/** A page's blocks' terms and labels over all its renderings, and its language as declutter detects it. */
function tablePage(id) {
  const gold = corpus.gold(id);
  const documents = [];
  let language;
  for (const rendering of RENDERINGS) {
    const text = corpus.text(id, rendering);
    if (text === undefined) continue;
    const doc = declutter(text, optionsFor(rendering));
    language ??= doc.language;
    const texts = doc.blocks.map((block) => block.text);
    documents.push({terms: texts.map((text) => blockTerms(text, bits)), labels: labelBlocks(texts, gold)});
  }
  return {language, documents};
}

function modelLearnedFrom(ids) {
  const weights = Buffer.from(bundled.words.weights, 'base64');
  if (!values['flag-only']) {
    const pages = ids.map(tablePage).filter((page) => page.language === values.language);
    const learned = Buffer.from(trainWordTable(pages, bits).weights, 'base64');
    let added = 0;
    for (let slot = 0; slot < weights.length; slot++) {
      if (weights[slot] === 0 && learned[slot] !== 0) {
        weights[slot] = learned[slot];
        added++;
      }
    }
    console.log(`a table learned from ${pages.length} pages in ${values.language}: ${added} slots added`);
  }
  const languages = [...new Set([...bundled.words.languages, values.language])].sort();
  return loadModel({...structuredClone(bundled), words: {...bundled.words, languages, weights: weights.toString('base64')}});
}

/** Snippet counts of the bundled model and the other, by rendering and language ("all" too). */
function scored(ids, model, sums) {
  for (const id of ids) {
    const gold = corpus.gold(id);
    for (const rendering of renderings) {
      const text = corpus.text(id, rendering);
      if (text === undefined) continue;
      for (const [name, options] of [['bundled', {}], ['learned', {model}]]) {
        const doc = declutter(text, {...optionsFor(rendering), ...options});
        const counts = snippetCounts(toText(doc), gold.with ?? [], gold.without ?? []);
        const languages = doc.language === values.language ? [values.language, 'all'] : ['all'];
        for (const language of languages) {
          const sum = (sums[`${rendering} ${language} ${name}`] ??= {tp: 0, fp: 0, fn: 0});
          sum.tp += counts.tp;
          sum.fp += counts.fp;
          sum.fn += counts.fn;
        }
      }
    }
  }
  return sums;
}

const figures = ({tp, fp, fn}) => {
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return `${precision.toFixed(3)} / ${recall.toFixed(3)} / ${harmonicMean(precision, recall).toFixed(4)}`;
};
function report(title, sums) {
  console.log(`${title}: rendering, language, snippet P / R / F bundled -> learned`);
  for (const rendering of renderings) {
    for (const language of [values.language, 'all']) {
      const [before, after] = ['bundled', 'learned'].map((name) => sums[`${rendering} ${language} ${name}`]);
      if (before) console.log(`${rendering}\t${language}\t${figures(before)} -> ${figures(after)}`);
    }
  }
}

const train = corpus.ids().filter((id) => inSplit(id, 'train'));
const outOfFold = {};
for (const fold of [0, 1]) {
  scored(train.filter((id) => foldOf(id, 2) === fold), modelLearnedFrom(train.filter((id) => foldOf(id, 2) !== fold)), outOfFold);
}
report('train ids, out of fold', outOfFold);
if (values.val) report('val ids', scored(corpus.ids().filter((id) => inSplit(id, 'val')), modelLearnedFrom(train), {}));
