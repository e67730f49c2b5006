import {Command, Option} from 'commander';
import {RENDERINGS, type Rendering} from '../learn/corpus.js';
import {CORPORA_VARIABLE, corpusPaths} from './corpora.js';
import {UsageError} from './options.js';

/** Options as commander parses them for `declutter train`. */
export interface TrainFlags {
  out?: string;
  renderings: Rendering[];
  keepText?: string;
  seed?: string;
  quiet?: boolean;
}

/** What `declutter train` does, checked once from argv and the environment: `runTrain` reads nothing else. */
export interface TrainConfig {
  corpora: string[];
  out: string;
  renderings: Rendering[];
  /** A model file whose text scorer, word table, title and container scorers are kept: only the HTML scorer is learned. */
  keepText?: string;
  /** The seed of the trees' row sampling: another one measures what retraining alone moves. */
  seed?: number;
  quiet: boolean;
}

/** `declutter train`: learn the scorer from corpora's training ids and write a model file. The work loads on use. */
export function trainCommand(setExit: (code: number) => void): Command {
  return new Command('train')
    .description("learn the scorer from corpora's train ids (see docs/evaluation.md) and write a JSON model")
    .argument('[corpus...]', `corpus folders in the layout of shared/corpus (gold/, text/RENDERING/); default: those in ${CORPORA_VARIABLE}`)
    // Checked with the other values, not by commander, whose check of it comes before an unknown option's, which is
    // the error worth naming: `train --bogus` would say -o is missing.
    .option('-o, --out <file>', 'where to write the model, required (JSON; - for stdout)')
    .addOption(
      new Option('--renderings <list>', 'comma-separated renderings to learn from')
        .argParser(parseRenderings)
        // Named as it is typed, not as the array it parses to, as eval's is.
        .default([...RENDERINGS], RENDERINGS.join(',')),
    )
    .option('--keep-text <model>', "learn only the HTML scorer, into a copy of this model file: its text scorer, word table, title and container scorers are kept as they are")
    .option('--seed <n>', "the seed of the trees' row sampling (default 1): another seed measures how much retraining alone moves a figure")
    .option('-q, --quiet', 'no progress notes on stderr')
    .action(async (corpora: string[], flags: TrainFlags) => {
      const config = buildTrainConfig(corpora, flags, process.env);
      const {runTrain} = await import('./train-run.js');
      setExit(await runTrain(config));
    });
}

export function buildTrainConfig(corpora: readonly string[], flags: TrainFlags, env: NodeJS.ProcessEnv): TrainConfig {
  if (flags.out === undefined) throw new UsageError("train needs -o, --out <file>: where to write the model (- for stdout)");
  const {renderings} = flags;
  if (flags.keepText !== undefined && !renderings.includes('html')) {
    throw new UsageError('--keep-text learns the HTML scorer alone: --renderings must include html');
  }
  return {
    corpora: corpusPaths(corpora, env),
    out: flags.out,
    renderings,
    ...(flags.keepText !== undefined ? {keepText: flags.keepText} : {}),
    ...(flags.seed !== undefined ? {seed: parseSeed(flags.seed)} : {}),
    quiet: flags.quiet === true,
  };
}

// The trees' generator takes a 32-bit seed: a larger number would train the model of a smaller one.
const MAX_SEED = 2 ** 32 - 1;

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!/^\d+$/.test(value.trim()) || seed < 1 || seed > MAX_SEED) throw new UsageError(`--seed must be a whole number from 1 to ${MAX_SEED}, not "${value}"`);
  return seed;
}

/** A comma-separated list of renderings, each once, in the order given. */
export function parseRenderings(list: string): Rendering[] {
  const names = [...new Set(list.split(',').map((name) => name.trim()).filter(Boolean))];
  if (names.length === 0) throw new UsageError(`--renderings names no rendering (choose from ${RENDERINGS.join(', ')})`);
  for (const name of names) {
    if (!(RENDERINGS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown rendering "${name}" (choose from ${RENDERINGS.join(', ')})`);
    }
  }
  return names as Rendering[];
}
