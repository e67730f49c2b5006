import {Command, Option} from 'commander';
import {Corpus, RENDERINGS, type Rendering} from '../corpus/corpus.js';
import {UsageError} from './options.js';

export interface TrainFlags {
  out: string;
  renderings: string;
  quiet?: boolean;
}

/** `declutter train`: learn the scorer from corpora's training ids and write a model file. The work loads on use. */
export function trainCommand(): Command {
  return new Command('train')
    .description("learn the scorer from corpora's train ids (see docs/evaluation.md) and write a JSON model")
    .argument('<corpus...>', 'corpus folders in the layout of shared/corpus (gold/, text/RENDERING/)')
    .requiredOption('-o, --out <file>', 'where to write the model (JSON)')
    .addOption(new Option('--renderings <list>', 'comma-separated renderings to learn from').default(RENDERINGS.join(',')))
    .option('-q, --quiet', 'no progress notes on stderr')
    .action(async (corpora: string[], flags: TrainFlags) => {
      const {runTrain} = await import('./train-run.js');
      await runTrain(corpora, flags);
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
