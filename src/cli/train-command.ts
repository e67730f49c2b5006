import {writeFileSync} from 'node:fs';
import {Command, Option} from 'commander';
import {Corpus, RENDERINGS, type Rendering} from '../corpus/corpus.js';
import {trainingDocuments} from '../corpus/dataset.js';
import {trainModel, type TrainingDocument} from '../model/train.js';
import {UsageError} from './options.js';

interface TrainFlags {
  out: string;
  renderings: string;
  quiet?: boolean;
}

/** `declutter train`: learn the scorer from corpora's training ids and write a model file. */
export function trainCommand(): Command {
  return new Command('train')
    .description("learn the scorer from corpora's train ids (see README, Evaluation and training) and write a JSON model")
    .argument('<corpus...>', 'corpus folders in the layout of shared/corpus (gold/, text/RENDERING/)')
    .requiredOption('-o, --out <file>', 'where to write the model (JSON)')
    .addOption(new Option('--renderings <list>', 'comma-separated renderings to learn from').default(RENDERINGS.join(',')))
    .option('-q, --quiet', 'no progress notes on stderr')
    .action((corpora: string[], flags: TrainFlags) => {
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
    });
}

export function parseRenderings(list: string): Rendering[] {
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(RENDERINGS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown rendering "${name}" (choose from ${RENDERINGS.join(', ')})`);
    }
  }
  return names as Rendering[];
}

/** A corpus folder, or a usage error that says why it is not one. */
export function openCorpus(root: string): Corpus {
  try {
    return new Corpus(root);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
