// Learn the bundled model's container scorer alone, on a corpus's train ids, into src/score/weights.json: the
// `container` part is written, every other part kept as it is, so that output changes only where the container scorer
// speaks (`outside-container`). The corpus needs a `region` rendering (the article's container), from which each text
// block is labelled inside the container or not (`containerLabels`); `declutter train` learns the same scorer with the
// rest of a model.
//
//   npm run build
//   NODE_OPTIONS=--max-old-space-size=12000 node scripts/train-container.mjs [corpus]   # default ../shared/corpus/wcxb-dev
//   npm run build                                                                        # bundle the new weights
//
// The word table's columns are filled as training fills them (each page's from a table that never saw it), from the
// pages of all five renderings, as `declutter train` reads them.
import {readFileSync, writeFileSync} from 'node:fs';
import {Corpus} from '../dist/learn/corpus.js';
import {trainingDocuments} from '../dist/learn/dataset.js';
import {trainContainerScorerInto} from '../dist/learn/container-scorer-only.js';
import {loadModel} from '../dist/pipeline/model.js';

const corpus = new Corpus(process.argv[2] ?? '../shared/corpus/wcxb-dev');
const weightsPath = new URL('../src/score/weights.json', import.meta.url);
const base = loadModel(JSON.parse(readFileSync(weightsPath, 'utf8')));
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
const documents = [...trainingDocuments(corpus, ['paras', 'blocks', 'lynx', 'region', 'html'], 'train')];
const labelled = documents.filter((doc) => doc.containerLabels).length;
process.stderr.write(`train-container: ${documents.length} documents read, ${labelled} with container labels, in ${seconds()} s\n`);
const trainedOn = {corpora: [corpus.name], split: 'train', renderings: ['paras', 'blocks', 'lynx'], documents: labelled};
const model = trainContainerScorerInto(base, documents, {trainedOn});
writeFileSync(weightsPath, JSON.stringify(model, null, 1) + '\n');
process.stderr.write(`train-container: written in ${seconds()} s\n`);
