// Cross-validation on a corpus's train ids: how every change to scoring is judged (docs/learning.md, "Tried and not
// shipped"), without touching the val ids that docs/accuracy.md quotes. The train ids are cut into folds by a hash of the
// page id (every rendering of a page in one fold); each fold is scored by a model trained on the other folds, and the
// per-page scores are written so that two runs can be compared page by page.
//
//   npm run build
//   node scripts/cross-validate.mjs --tag base                 # train and score both folds (one process each)
//   ...change the code, npm run build...
//   node scripts/cross-validate.mjs --tag change               # retrain: for changes to features or training
//   node scripts/cross-validate.mjs --tag rule --models base   # reuse base's fold models: for changes after scoring
//   node scripts/cross-validate.mjs --compare base,change      # paired differences per page
//   node scripts/cross-validate.mjs --tag t --models base --retrain-title --url   # a change to the title scorer alone
//   node scripts/cross-validate.mjs --tag t --models base --keep-text --renderings html --train-renderings \
//     paras,blocks,lynx,region,html                                                # a change to the HTML scorer alone
//   node scripts/cross-validate.mjs --tag t --models base --retrain-container --url --train-renderings \
//     paras,blocks,lynx,region,html --renderings paras,blocks,lynx,region,html     # the container scorer alone
//
// Options: [corpus] (default ../shared/corpus/wcxb-dev), --renderings (default paras,blocks,lynx,region; scored, and
// learned from unless --train-renderings names others), --folds
// (default 2), --dir (default cv; one folder per tag), --boost (the trees' settings to try, as `trees=200,bins=64`),
// --no-title (train without the title scorer: faster, but the text format's first line is then guessed by a rule),
// --page-weights (how much an article and a news story weigh in training against another page, as `article=1.5,news=2`),
// --url (give declutter each page's address, as a record carries it and `declutter eval` gives it), --retrain-title
// (with --models: retrain those models' title scorer alone on the fold's training pages, as scripts/train-title.mjs),
// --keep-text (with --models: retrain those models' HTML scorer alone, their text parts kept, as `declutter train
// --keep-text`; the training renderings should be all five, as the word columns are learned from all of them),
// --retrain-container (with --models: learn those models' container scorer alone, from the text renderings' blocks
// labelled by the region rendering, every other part kept, as scripts/train-container.mjs learns the bundled one; the
// training renderings should be all five, as for --keep-text).
import {fork} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {Corpus} from '../dist/learn/corpus.js';
import {trainingDocuments} from '../dist/learn/dataset.js';
import {foldOf} from '../dist/learn/split.js';
import {scorePage, summarize, wordFor} from '../dist/eval/aggregate.js';
import {declutterMethod, loadGold} from '../dist/eval/run.js';
import {loadModel} from '../dist/pipeline/model.js';
import {boostSettings, DEFAULT_BOOST} from '../dist/learn/boost.js';
import {MODEL_VERSION} from '../dist/score/model.js';
import {trainModel, trainTitleOnly} from '../dist/learn/train.js';
import {trainContainerScorerInto} from '../dist/learn/container-scorer-only.js';
import {htmlScorerBase, trainHtmlScorerInto} from '../dist/learn/html-scorer-only.js';
import {InputError} from '../dist/read/decode.js';
import {looksLikeNewsUrl} from '../dist/learn/news.js';
import {parsePageWeights} from '../dist/learn/page-weight.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    tag: {type: 'string'},
    models: {type: 'string'},
    compare: {type: 'string'},
    renderings: {type: 'string', default: 'paras,blocks,lynx,region'},
    'train-renderings': {type: 'string'},
    folds: {type: 'string', default: '2'},
    fold: {type: 'string'},
    dir: {type: 'string', default: 'cv'},
    'no-title': {type: 'boolean', default: false},
    boost: {type: 'string'},
    types: {type: 'boolean', default: false},
    'page-weights': {type: 'string'},
    url: {type: 'boolean', default: false},
    'retrain-title': {type: 'boolean', default: false},
    'keep-text': {type: 'boolean', default: false},
    'retrain-container': {type: 'boolean', default: false},
  },
});
const corpusRoot = positionals[0] ?? '../shared/corpus/wcxb-dev';
const folds = Number(values.folds);
const renderings = values.renderings.split(',');
const trainRenderings = (values['train-renderings'] ?? values.renderings).split(',');
if (values['retrain-title'] && !values.models) throw new Error('--retrain-title retrains the title scorer of the models --models names');
if (values['keep-text'] && !values.models) throw new Error('--keep-text retrains the HTML scorer of the models --models names');
if (values['retrain-container'] && !values.models) throw new Error('--retrain-container learns the container scorer of the models --models names');
if ([values['keep-text'], values['retrain-title'], values['retrain-container']].filter(Boolean).length > 1) {
  throw new Error('--keep-text, --retrain-title and --retrain-container: one scorer retrained a run');
}

if (values.compare) compare(...values.compare.split(','));
else if (values.fold !== undefined) runFold(Number(values.fold));
else await runAll();

function tagDir(tag) {
  if (!tag) throw new Error('name the run with --tag');
  return join(values.dir, tag);
}

/** One process a fold, as many at once as there are cores; then the folds' pages together. */
async function runAll() {
  const dir = tagDir(values.tag);
  mkdirSync(dir, {recursive: true});
  const started = Date.now();
  const script = fileURLToPath(import.meta.url);
  const args = process.argv.slice(2);
  const pending = Array.from({length: folds}, (_, k) => k);
  const worker = async () => {
    for (let k = pending.shift(); k !== undefined; k = pending.shift()) {
      const child = fork(script, [...args, '--fold', String(k)], {execArgv: ['--max-old-space-size=10000']});
      const code = await new Promise((resolve) => child.on('exit', resolve));
      if (code !== 0) throw new Error(`fold ${k} failed (exit ${code})`);
    }
  };
  await Promise.all(Array.from({length: Math.min(folds, availableParallelism())}, worker));
  const pages = Array.from({length: folds}, (_, k) => JSON.parse(readFileSync(join(dir, `fold-${k}.json`), 'utf8'))).flat();
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(pages));
  console.log(`${values.tag}: ${pages.length} page renderings in ${((Date.now() - started) / 60000).toFixed(1)} min`);
  printSummary(pages);
}

/** Train on the other folds (or load that model) and score this fold's pages. */
function runFold(k) {
  const dir = tagDir(values.tag);
  const corpus = new Corpus(corpusRoot);
  const note = (line) => process.stderr.write(`fold ${k}: ${line}\n`);
  let model;
  if (values.models) {
    const stored = JSON.parse(readFileSync(join(tagDir(values.models), `model-${k}.json`), 'utf8'));
    const retrain = values['retrain-title'] ? 'title' : values['keep-text'] ? 'HTML' : values['retrain-container'] ? 'container' : undefined;
    if (retrain) {
      const documents = foldTrainingDocuments(corpus, k);
      note(`${retrain} scorer of ${values.models}'s model retrained on ${documents.length} documents`);
      const retrained =
        retrain === 'title'
          ? withTitleRetrained(stored, documents, k)
          : retrain === 'container'
            ? trainContainerScorerInto(loadModel(stored), documents, {boost: boostFromArgs()})
            : trainHtmlScorerInto(htmlScorerBase(stored), documents, {boost: boostFromArgs()});
      writeFileSync(join(dir, `model-${k}.json`), JSON.stringify(retrained));
      model = loadModel(retrained);
    } else {
      note(`model of ${values.models}`);
      model = loadModel(stored);
    }
  } else {
    const documents = foldTrainingDocuments(corpus, k);
    note(`training on ${documents.length} documents`);
    const boost = boostFromArgs();
    const pageWeights = values['page-weights'] ? {pageWeights: parsePageWeights(values['page-weights'])} : {};
    const trainedOn = {corpora: [corpus.name], crossValidation: {fold: k, folds}, boost, ...pageWeights};
    model = trainModel(documents, {boost, title: !values['no-title'], trainedOn, ...pageWeights});
    writeFileSync(join(dir, `model-${k}.json`), JSON.stringify(model));
  }
  const method = declutterMethod({declutter: {model}, title: true, url: values.url});
  const gold = loadGold(corpus, 'train').filter((page) => foldOf(page.id, folds) === k);
  const pages = [];
  for (const rendering of renderings) {
    for (const page of gold) {
      const text = readable(() => corpus.text(page.id, rendering)) ?? '';
      const {text: extraction, title} = method.extractWithTitle(text, page.url ?? undefined);
      pages.push({rendering, ...scorePage(extraction, page, title)});
    }
  }
  writeFileSync(join(dir, `fold-${k}.json`), JSON.stringify(pages));
  note(`scored ${gold.length} pages in ${renderings.length} renderings`);
}

/** `stored` with its title scorer learned again from `documents`; the title's columns are part of the model format. */
function withTitleRetrained(stored, documents, k) {
  const title = trainTitleOnly(documents, stored);
  if (!title) throw new Error(`fold ${k}: no text page with a gold title to learn the title from`);
  return {...stored, title, version: MODEL_VERSION};
}

/** The trees' settings: the shipped ones, with what `--boost` changes. */
function boostFromArgs() {
  return {...DEFAULT_BOOST, ...boostSettings(values.boost)};
}

/** The documents of the train ids outside fold `k`, in the renderings learned from. */
function foldTrainingDocuments(corpus, k) {
  const documents = [];
  for (const doc of trainingDocuments(corpus, trainRenderings, 'train')) if (foldOf(doc.id, folds) !== k) documents.push(doc);
  return documents;
}

/** A page that cannot be read (the corpus has one of NUL bytes) is scored as an empty one, as `declutter eval` does. */
function readable(read) {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function byRendering(pages) {
  const groups = new Map();
  for (const page of pages) {
    if (!groups.has(page.rendering)) groups.set(page.rendering, []);
    groups.get(page.rendering).push(page);
  }
  return groups;
}

function printSummary(pages) {
  for (const [rendering, group] of byRendering(pages)) {
    const summary = summarize(group);
    const f = (x) => (x === undefined ? '-' : x.toFixed(4));
    console.log(
      `${rendering.padEnd(7)} word F1 ${f(wordFor(summary, 'all')?.f1)}  articles ${f(wordFor(summary, 'article')?.f1)}  ` +
        `snippet F ${f(summary.snippets?.f1)}  shingle F1 ${f(summary.shingle?.f1)}  ${titleFigures(summary)}  (${group.length} pages)`,
    );
  }
}

/** Paired per page: the mean difference of word F1 with its standard error, and the pooled snippet F of each run. */
function compare(base, change) {
  const load = (tag) => JSON.parse(readFileSync(join(tagDir(tag), 'pages.json'), 'utf8'));
  const before = new Map(load(base).map((page) => [`${page.rendering}/${page.id}`, page]));
  const after = load(change);
  console.log(`${change} against ${base} (paired per page; ± one standard error)`);
  for (const [rendering, group] of byRendering(after)) {
    const pairs = group.map((page) => [before.get(`${rendering}/${page.id}`), page]).filter(([b]) => b);
    const paired = (filter, figure = 'f1') =>
      meanAndError(pairs.filter(([b, a]) => b.word && a.word && filter(a)).map(([b, a]) => a.word[figure] - b.word[figure]));
    const snippetF = (side) => summarize(pairs.map((pair) => pair[side])).snippets?.f1 ?? 0;
    const changed = pairs.filter(([b, a]) => (b.word?.f1 ?? 0) !== (a.word?.f1 ?? 0)).length;
    console.log(
      `${rendering.padEnd(7)} word F1 ${paired(() => true)}  articles ${paired((page) => page.pageType === 'article')}  ` +
        `snippet F ${snippetF(0).toFixed(4)} -> ${snippetF(1).toFixed(4)} (${signed(snippetF(1) - snippetF(0))})  ${changed} pages changed`,
    );
    const article = (page) => page.pageType === 'article';
    const titles = (side) => titleFigures(summarize(pairs.map((pair) => pair[side])));
    const titled = pairs.filter(([b, a]) => b.title && a.title);
    const titleDiff = meanAndError(titled.map(([b, a]) => titleValue(a.title) - titleValue(b.title)));
    console.log(`${''.padEnd(7)} ${titles(0)} -> ${titles(1)}; right less wrong ${titleDiff}`);
    console.log(
      `${''.padEnd(7)} precision ${paired(() => true, 'precision')}  articles ${paired(article, 'precision')}  ` +
        `recall ${paired(() => true, 'recall')}  articles ${paired(article, 'recall')}`,
    );
    if (values.types) {
      const types = [...new Set(pairs.map(([, a]) => a.pageType))].filter((type) => type !== 'article').sort();
      console.log(`${''.padEnd(7)} ${types.map((type) => `${type} ${paired((page) => page.pageType === type)}`).join('  ')}`);
      const news = (page) => page.pageType === 'article' && looksLikeNewsUrl(page.url);
      console.log(`${''.padEnd(7)} news stories: F1 ${paired(news)}  precision ${paired(news, 'precision')}  recall ${paired(news, 'recall')}`);
    }
  }
}

/** A page's title, paired between two runs: right 1, none 0, wrong -1 (right less wrong, a page at a time). */
function titleValue(title) {
  return title.correct ? 1 : title.found ? -1 : 0;
}

/** Titles right and wrong among the pages with a gold title (`declutter eval`'s same, and found less same). */
function titleFigures(summary) {
  const title = summary.title;
  if (!title) return 'titles -';
  return `titles same ${title.correct.toFixed(3)} wrong ${(title.found - title.correct).toFixed(3)}`;
}

function meanAndError(diffs) {
  const n = diffs.length;
  if (n < 2) return 'n/a';
  const mean = diffs.reduce((sum, d) => sum + d, 0) / n;
  const variance = diffs.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (n - 1);
  return `${signed(mean)} ± ${Math.sqrt(variance / n).toFixed(4)}`;
}

function signed(x) {
  return `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;
}
