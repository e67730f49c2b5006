// Retrain the bundled model's title scorer alone, on a corpus's train ids, over the bundled block scorers: the
// `title` part of src/score/weights.json is rewritten, every other part kept as it is. For a change to the title
// scorer's columns or training, where retraining the whole model (`declutter train`) would change the block scores.
//
//   npm run build
//   NODE_OPTIONS=--max-old-space-size=12000 node scripts/train-title.mjs [corpus]   # default ../shared/corpus/wcxb-dev
//   npm run build                                                                    # bundle the new weights
//
// The word table's columns are filled as training fills them (each page's from a table that never saw it), from the
// pages of all five renderings, as `declutter train` reads them.
import {readFileSync, writeFileSync} from 'node:fs';
import {Corpus} from '../dist/learn/corpus.js';
import {trainingDocuments} from '../dist/learn/dataset.js';
import {trainTitleOnly} from '../dist/learn/train.js';
import {MODEL_VERSION} from '../dist/score/model.js';
import {TITLE_FEATURE_NAMES} from '../dist/score/title.js';

const corpus = new Corpus(process.argv[2] ?? '../shared/corpus/wcxb-dev');
const weightsPath = new URL('../src/score/weights.json', import.meta.url);
const model = JSON.parse(readFileSync(weightsPath, 'utf8'));
const started = Date.now();
const documents = [...trainingDocuments(corpus, ['paras', 'blocks', 'lynx', 'region', 'html'], 'train')];
process.stderr.write(`train-title: ${documents.length} documents read in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
const title = trainTitleOnly(documents, model);
if (!title) throw new Error('no text page with a gold title to learn from');
// The title's columns are part of the model format: a model with other title columns is of another version.
model.version = MODEL_VERSION;
model.title = title;
writeFileSync(weightsPath, JSON.stringify(model, null, 1) + '\n');
process.stderr.write(`train-title: ${TITLE_FEATURE_NAMES.length} columns, threshold ${title.threshold}, in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
