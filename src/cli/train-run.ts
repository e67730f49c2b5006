import {accessSync, constants, existsSync, readFileSync, statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import type {Corpus} from '../learn/corpus.js';
import {DEFAULT_BOOST} from '../learn/boost.js';
import {trainingDocuments} from '../learn/dataset.js';
import {trainModel, type TrainingDocument} from '../learn/train.js';
import {htmlScorerBase, trainHtmlScorerInto} from '../learn/html-scorer-only.js';
import type {Model} from '../score/model.js';
import {writeAtomic} from './batch/write-atomic.js';
import {openCorpus} from './corpora.js';
import {UsageError} from './options.js';
import type {TrainConfig} from './train-command.js';

/** The work of `declutter train`, loaded only when the subcommand runs. */
export async function runTrain(config: TrainConfig): Promise<void> {
  const {renderings, out, quiet} = config;
  const opened = config.corpora.map(openCorpus);
  refuseUnwritable(out, opened);
  const base = config.keepText === undefined ? undefined : readBase(config.keepText);
  const started = Date.now();
  const documents: TrainingDocument[] = [];
  for (const corpus of opened) {
    for (const doc of trainingDocuments(corpus, renderings, 'train')) documents.push(doc);
    if (!quiet) process.stderr.write(`declutter train: ${corpus.name}: ${documents.length} documents so far\n`);
  }
  refuseNothingToLearn(documents, renderings);
  const seed = config.seed !== undefined ? {seed: config.seed} : {};
  const trainedOn = {corpora: opened.map((corpus) => corpus.name), split: 'train', renderings, documents: documents.length, ...seed};
  const options = {trainedOn, ...(config.seed !== undefined ? {boost: {...DEFAULT_BOOST, seed: config.seed}} : {})};
  const model = base ? trainHtmlScorerInto(base, documents, options) : trainModel(documents, options);
  // Whole or not at all: a model file cut short by a full disk or Ctrl-C would not load.
  await writeAtomic(out, JSON.stringify(model, null, 1) + '\n');
  if (!quiet) {
    process.stderr.write(`declutter train: wrote ${out} (threshold ${model.threshold}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

/** The model whose text parts `--keep-text` keeps, read and checked before minutes of training. */
function readBase(path: string): Model {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the model ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return htmlScorerBase(json);
  } catch (error) {
    throw new UsageError(`cannot keep the text parts of ${path}: ${(error as Error).message}`);
  }
}

/**
 * Know before minutes of training that the model can be written: not over a corpus's input, not onto a folder, into a
 * folder that exists and takes files.
 */
function refuseUnwritable(out: string, corpora: readonly Corpus[]): void {
  const reading = corpora.find((corpus) => corpus.holds(out));
  if (reading) throw new UsageError(`will not write the model to ${out}: it is among the files of corpus ${reading.root}`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`cannot write the model to ${out}: it is a folder (name the model's file)`);
  const folder = dirname(resolve(out));
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write the model to ${out}: ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** A model learned from no pages, or from one kind of block only, scores every block alike: refuse to write one. */
function refuseNothingToLearn(documents: readonly TrainingDocument[], renderings: readonly string[]): void {
  if (documents.length === 0) {
    throw new UsageError(`no training pages: the corpora have no train ids with a text in ${renderings.join(', ')}`);
  }
  const has = (label: 0 | 1) => documents.some((doc) => doc.labels.includes(label));
  if (!has(0) || !has(1)) {
    throw new UsageError(`nothing to learn: every labelled block of the training pages is ${has(1) ? 'body' : has(0) ? 'boilerplate' : 'unlabelled'}`);
  }
}
