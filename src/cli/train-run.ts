import {writeFileSync} from 'node:fs';
import {trainingDocuments} from '../corpus/dataset.js';
import {trainModel, type TrainingDocument} from '../model/train.js';
import {openCorpus, parseRenderings, type TrainFlags} from './train-command.js';

/** The work of `declutter train`, loaded only when the subcommand runs. */
export function runTrain(corpora: string[], flags: TrainFlags): void {
  const renderings = parseRenderings(flags.renderings);
  const started = Date.now();
  const documents: TrainingDocument[] = [];
  const opened = corpora.map(openCorpus);
  for (const corpus of opened) {
    for (const doc of trainingDocuments(corpus, renderings, 'train')) documents.push(doc);
    if (!flags.quiet) process.stderr.write(`declutter train: ${corpus.name}: ${documents.length} documents so far\n`);
  }
  const model = trainModel(documents, {
    trainedOn: {corpora: opened.map((corpus) => corpus.name), split: 'train', renderings, documents: documents.length},
  });
  writeFileSync(flags.out, JSON.stringify(model, null, 1) + '\n');
  if (!flags.quiet) {
    process.stderr.write(`declutter train: wrote ${flags.out} (threshold ${model.threshold}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}
