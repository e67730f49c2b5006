import {Command, Option} from 'commander';
import type {DeclutterOptions, Favor} from '../declutter.js';
import {RENDERINGS, TEXT_RENDERINGS, type Rendering} from '../learn/corpus.js';
import {SPLITS, type Split} from '../learn/split.js';
import {REPORT_FORMATS, type ReportFormat} from '../eval/formats.js';
import type {EvalConfig} from '../eval/run.js';
import {CORPORA_VARIABLE, corpusPaths} from './corpora.js';
import {FAVORS, parseThreshold, readModel, UsageError} from './options.js';
import {parseRenderings} from './train-command.js';

/** Options as commander parses them for `declutter eval`. */
export interface EvalFlags {
  renderings: Rendering[];
  split: Split;
  format: ReportFormat;
  worst: number;
  types?: boolean;
  title: boolean;
  url: boolean;
  references: boolean;
  out?: string;
  model?: string;
  favor: Favor;
  threshold?: number;
  quiet?: boolean;
}

/** What `declutter eval` does, checked once from argv and the environment: `runEval` reads nothing else. */
export interface EvalCommandConfig {
  corpora: string[];
  /** What to clean and score: renderings, split, declutter's options, the references. */
  evaluation: EvalConfig;
  format: ReportFormat;
  types: boolean;
  /** Where to write declutter's extraction of each page, if anywhere. */
  out?: string;
  quiet: boolean;
}

/**
 * `declutter eval`: measure declutter and the reference methods on corpora with gold answers. The program adds it
 * with its own settings (exit override, help after errors). The work (`eval-run.ts`) loads only when it runs, so
 * that cleaning does not pay for it at start-up.
 */
export function evalCommand(setExit: (code: number) => void): Command {
  return new Command('eval')
    .description('score declutter and simple reference methods against corpora with gold bodies and snippets')
    .argument('[corpus...]', `corpus folders in the layout of shared/corpus (default: those in ${CORPORA_VARIABLE})`)
    .addOption(
      new Option('--renderings <list>', `comma-separated renderings (${RENDERINGS.join(',')}; html is the page as fetched, read as HTML)`)
        .argParser(parseRenderings)
        // Named as it is typed, not as the array it parses to.
        .default([...TEXT_RENDERINGS], TEXT_RENDERINGS.join(',')),
    )
    .addOption(new Option('--split <split>', 'which ids to score: 8 and 9 as last digit are val').choices(SPLITS).default('val'))
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('table'))
    .option('--worst <n>', "list declutter's N worst pages by word F1, per corpus and rendering", parseCount, 0)
    .option('--types', 'add word F1 by page type, and declutter\'s word precision and recall beside it')
    .option('--no-title', 'score the body alone, not the title and body that the text format prints')
    .option('--no-url', "clean each page without its URL (the gold's), as a file piped without --url: titles and the article's head are read from the page only")
    .option('--no-references', 'skip the reference methods (keep everything, keep >= 20 words, C4 rules)')
    .option('--out <dir>', "also write declutter's extraction of each page to DIR/CORPUS/RENDERING/ID.txt")
    .option('--model <file>', 'use a model written by `declutter train` instead of the bundled one')
    .addOption(new Option('--favor <side>', 'trade recall for precision or back').choices(FAVORS).default('balanced'))
    .option('--threshold <score>', 'keep blocks scoring at least this (0 to 1); overrides --favor', parseThreshold)
    .option('-q, --quiet', 'no progress bar and no notes on stderr')
    .action(async (paths: string[], flags: EvalFlags) => {
      const config = buildEvalCommandConfig(paths, flags, process.env);
      const {runEval} = await import('./eval-run.js');
      setExit(await runEval(config));
    });
}

export function buildEvalCommandConfig(paths: readonly string[], flags: EvalFlags, env: NodeJS.ProcessEnv): EvalCommandConfig {
  const corpora = corpusPaths(paths, env);
  return {
    corpora,
    evaluation: buildEvalConfig(flags),
    format: flags.format,
    types: flags.types === true,
    ...(flags.out !== undefined ? {out: flags.out} : {}),
    quiet: flags.quiet === true,
  };
}

export function buildEvalConfig(flags: EvalFlags): EvalConfig {
  const declutter: DeclutterOptions = {favor: flags.favor};
  if (flags.threshold !== undefined) declutter.threshold = flags.threshold;
  if (flags.model !== undefined) declutter.model = readModel(flags.model);
  return {
    ...(flags.model !== undefined ? {modelFile: flags.model} : {}),
    renderings: flags.renderings,
    split: flags.split,
    declutter,
    title: flags.title,
    url: flags.url,
    references: flags.references,
    worst: flags.worst,
  };
}

export function parseCount(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) throw new UsageError(`--worst takes a whole number, not "${value}"`);
  return number;
}
