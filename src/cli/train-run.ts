import {accessSync, constants, existsSync, readFileSync, statSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {dirname, resolve, sep} from 'node:path';
import {CorpusError, type Corpus} from '../learn/corpus.js';
import {InputError} from '../read/decode.js';
import {DEFAULT_BOOST} from '../learn/boost.js';
import {trainingDocuments} from '../learn/dataset.js';
import {trainModel, type TrainingDocument} from '../learn/train.js';
import {htmlScorerBase, trainHtmlScorerInto} from '../learn/html-scorer-only.js';
import type {Model} from '../score/model.js';
import {removingTempsOnSignal} from './batch/interruption.js';
import {linkDestination} from './batch/link-destination.js';
import {writeAtomic} from './batch/write-atomic.js';
import {openCorpora} from './corpora.js';
import {OutputFailure} from './failure.js';
import {describeFsError} from '../fs-errors.js';
import {UsageError} from './options.js';
import {Output, StdoutError} from './output.js';
import {Reporter} from './reporter.js';
import type {TrainConfig} from './train-command.js';

/** `-o -`: the model goes to stdout. */
const STDOUT = '-';

/** Where the model goes: stdout, a file written whole or not at all, or a pipe or device written as it is. */
type ModelTarget = {kind: 'stdout'} | {kind: 'file' | 'device'; path: string};

/**
 * The work of `declutter train`, loaded only when the subcommand runs; resolves to the exit status: 1 where a gold
 * file is no gold page (left out, and named; the model is learned from the others, and none is written if none is left).
 */
export async function runTrain(config: TrainConfig): Promise<number> {
  const {renderings, quiet} = config;
  const reporter = new Reporter(quiet);
  const opened = openCorpora(config.corpora);
  const out: ModelTarget = config.out === STDOUT ? {kind: 'stdout'} : await modelTarget(config.out, opened);
  const base = config.keepText === undefined ? undefined : readBase(config.keepText);
  if (base && !opened.some((corpus) => corpus.hasRendering('html'))) {
    throw new UsageError('--keep-text learns the HTML scorer: no corpus given has an html/ folder of pages as fetched');
  }
  const started = Date.now();
  const documents: TrainingDocument[] = [];
  // A gold page that is no gold page fails the run (status 1); a page that cannot be read is left out with a note, as
  // `eval` scores it as an empty one.
  let failed = 0;
  const skip = (error: unknown, path: string, what: 'gold' | 'page') => {
    if (!(error instanceof CorpusError || error instanceof InputError)) throw error;
    const file = error instanceof CorpusError ? error.path : path;
    const reason = `${error instanceof CorpusError ? error.reason : error.message}: left out`;
    if (what === 'gold') {
      failed++;
      reporter.error(file, reason);
    } else {
      reporter.note(file, reason);
    }
  };
  for (const corpus of opened) {
    for (const doc of trainingDocuments(corpus, renderings, 'train', skip)) documents.push(doc);
    if (!quiet) process.stderr.write(`declutter train: ${corpus.name}: ${documents.length} documents so far\n`);
  }
  // Bad input, not bad usage: the gold files named above were what left nothing to learn from (status 1).
  if (documents.length === 0 && failed > 0) {
    reporter.error('train', 'no model written: no train page is left to learn from once the bad gold files named above are left out');
    return 1;
  }
  refuseNothingToLearn(documents, renderings);
  const seed = config.seed !== undefined ? {seed: config.seed} : {};
  const trainedOn = {corpora: opened.map((corpus) => corpus.name), split: 'train', renderings, documents: documents.length, ...seed};
  const options = {trainedOn, ...(config.seed !== undefined ? {boost: {...DEFAULT_BOOST, seed: config.seed}} : {})};
  const model = base ? trainHtmlScorerInto(base, documents, options) : trainModel(documents, options);
  const whole = await writeModel(out, JSON.stringify(model, null, 1) + '\n');
  if (!quiet) {
    const where = out.kind === 'stdout' ? 'the model to stdout' : out.path;
    const took = `(threshold ${model.threshold}) in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    // A reader that leaves early is no failure (status 0, as for cleaning), but the model it left was not all written.
    process.stderr.write(whole ? `declutter train: wrote ${where} ${took}\n` : `declutter train: the reader of stdout left before the whole model was written ${took}\n`);
  }
  return failed > 0 ? 1 : 0;
}

/**
 * Write the model whole or not at all where it is a file (a temporary file renamed into place: a model cut short by a
 * full disk or Ctrl-C would not load, and a signal during the write removes the temporary file); to stdout, or into
 * a pipe or device named, as it comes. False where stdout's reader left before the whole model was written.
 */
async function writeModel(out: ModelTarget, json: string): Promise<boolean> {
  if (out.kind === 'stdout') {
    const output = new Output(process.stdout);
    await output.write(json);
    await output.flush();
    if (output.error) throw new StdoutError(output.error);
    // Closed without an error: the reader went away.
    return !output.closed;
  }
  const {path} = out;
  // A pipe or a device is written as it is: no temporary file, and a signal ends the run as it would any other.
  if (out.kind === 'device') {
    await writeFile(path, json).catch((error: unknown) => {
      throw new OutputFailure(path, error);
    });
    return true;
  }
  try {
    await removingTempsOnSignal(() => writeAtomic(path, json));
    return true;
  } catch (error) {
    throw new OutputFailure(path, error);
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
 * Know before minutes of training that the model can be written, and where: not over a corpus's input, not onto a
 * folder, into a folder that exists and takes files. A link is written through, to the file it names, which it
 * creates if it does not exist yet (the name writeAtomic writes to).
 */
async function modelTarget(named: string, corpora: readonly Corpus[]): Promise<ModelTarget> {
  if (named === '' || named.endsWith(sep) || named.endsWith('/')) throw new UsageError(`cannot write the model to "${named}": name the model's file`);
  // What is there is asked of `named`, which the system follows to the end: a link such as /dev/stdout names a pipe
  // that has no name of its own to follow it to.
  const there = existsSync(named) ? statSync(named) : undefined;
  if (there?.isDirectory()) throw new UsageError(`cannot write the model to ${named}: it is a folder (name the model's file)`);
  // A pipe or a device is written as it is, wherever it lies.
  if (there && !there.isFile()) return {kind: 'device', path: named};
  const out = await linkDestination(named);
  const reading = corpora.find((corpus) => corpus.holds(out));
  if (reading) throw new UsageError(`will not write the model to ${named}: it is among the files of corpus ${reading.root}`);
  const folder = dirname(resolve(out));
  let reason: string | undefined;
  try {
    if (!statSync(folder).isDirectory()) reason = 'not a folder';
    else accessSync(folder, constants.W_OK);
  } catch (error) {
    reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : describeFsError(error);
  }
  if (reason !== undefined) throw new UsageError(`cannot write the model to ${named}: ${folder}: ${reason}`);
  return {kind: 'file', path: out};
}

/** A model learned from no pages, or from one kind of block only, scores every block alike: refuse to write one. */
function refuseNothingToLearn(documents: readonly TrainingDocument[], renderings: readonly string[]): void {
  if (documents.length === 0) {
    throw new UsageError(`no training pages: the corpora have no train ids with a page in ${renderings.join(', ')}`);
  }
  const has = (label: 0 | 1) => documents.some((doc) => doc.labels.includes(label));
  if (!has(0) || !has(1)) {
    throw new UsageError(`nothing to learn: every labelled block of the training pages is ${has(1) ? 'body' : has(0) ? 'boilerplate' : 'unlabelled'}`);
  }
}
