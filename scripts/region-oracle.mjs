// What knowing the article's region would buy: each train page of wcxb-dev cleaned by the fold model that did not learn
// it (`scripts/cross-validate.mjs`'s models), then its kept blocks outside the region dropped, the region read from
// the corpus's region rendering (the smallest element holding nearly all of the gold body). Prints word P / R / F1
// of all pages and of articles, and snippet F, for the output as it is and with the drop: of every block whose text the
// region lacks, of the blocks outside the region's span (its first block to its last), of those below it alone and of
// those above it alone. A ceiling for the page-structure stage (docs/learning.md, "The content the markup names").
//
//   npm run build
//   node scripts/cross-validate.mjs --tag base --renderings paras,blocks,lynx,region,html   # the fold models, once
//   node scripts/region-oracle.mjs --models cv/base [--renderings paras,html] [corpus]
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {scorePage, summarize, wordFor} from '../dist/eval/aggregate.js';
import {loadGold} from '../dist/eval/run.js';
import {Corpus} from '../dist/learn/corpus.js';
import {foldOf} from '../dist/learn/split.js';
import {declutter} from '../dist/declutter.js';
import {loadModel} from '../dist/pipeline/model.js';
import {InputError} from '../dist/read/decode.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {models: {type: 'string'}, renderings: {type: 'string', default: 'paras,html'}, folds: {type: 'string', default: '2'}},
});
if (!values.models) throw new Error('name the fold models with --models DIR (model-0.json, model-1.json, ...)');
const folds = Number(values.folds);
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const models = Array.from({length: folds}, (_, k) => loadModel(JSON.parse(readFileSync(join(values.models, `model-${k}.json`), 'utf8'))));
const fold = (text) => text.replace(/\s+/g, ' ').trim();

/** The output as the text format prints it, with the kept blocks that `keep` refuses left out (the title stays). */
function printed(doc, keep) {
  const parts = doc.titleBlock === null ? [] : [doc.blocks[doc.titleBlock].text];
  doc.blocks.forEach((block, i) => {
    if (block.kept && i !== doc.titleBlock && keep(i)) parts.push(block.text);
  });
  return parts.join('\n\n');
}

/**
 * Where the region starts among the page's blocks: the first block that says its first block and is followed by its
 * second (a headline repeated in a breadcrumb or a table of contents above the article says the first alone), else the
 * first that says its first block; -1 where none does.
 */
function regionStart(texts, region) {
  const first = texts.findIndex((text, i) => text === region[0] && (region.length < 2 || texts[i + 1] === region[1]));
  return first >= 0 ? first : texts.indexOf(region[0]);
}

/** Where the region ends: the last block that says its last block and follows its last but one, else the last that says it. */
function regionEnd(texts, region) {
  const last = texts.findLastIndex((text, i) => text === region.at(-1) && (region.length < 2 || texts[i - 1] === region.at(-2)));
  return last >= 0 ? last : texts.lastIndexOf(region.at(-1));
}

for (const rendering of values.renderings.split(',')) {
  const variants = {'as it is': [], 'not in the region': [], 'outside its span': [], 'below it': [], 'above it': []};
  for (const page of loadGold(corpus, 'train')) {
    let text;
    let region;
    try {
      text = corpus.text(page.id, rendering);
      region = corpus.text(page.id, 'region');
    } catch (error) {
      if (error instanceof InputError) continue;
      throw error;
    }
    const doc = declutter(text, {model: models[foldOf(page.id, folds)]});
    const regionBlocks = region.split(/\n\s*\n/).map(fold).filter(Boolean);
    const inRegion = new Set(regionBlocks);
    const texts = doc.blocks.map((block) => fold(block.text));
    let start = regionStart(texts, regionBlocks);
    let end = start < 0 ? -1 : regionEnd(texts, regionBlocks);
    // A region whose ends the rendering does not show as blocks is taken as the whole page.
    if (start < 0 || end < start) [start, end] = [0, texts.length - 1];
    const score = (keep) => scorePage(printed(doc, keep), page);
    variants['as it is'].push(score(() => true));
    variants['not in the region'].push(score((i) => inRegion.has(texts[i])));
    variants['outside its span'].push(score((i) => i >= start && i <= end));
    variants['below it'].push(score((i) => i <= end));
    variants['above it'].push(score((i) => i >= start));
  }
  console.log(`\n${rendering}: the train ids' kept blocks, dropped when (word P / R / F1)`);
  const f = (x) => x.toFixed(4);
  for (const [name, pages] of Object.entries(variants)) {
    const summary = summarize(pages);
    const words = (type) => {
      const w = wordFor(summary, type);
      return `${f(w.precision)} / ${f(w.recall)} / ${f(w.f1)}`;
    };
    console.log(`  ${name.padEnd(18)} all ${words('all')}  articles ${words('article')}  snippet F ${f(summary.snippets.f1)}`);
  }
}
