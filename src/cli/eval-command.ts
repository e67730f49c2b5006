import {Command, Option} from 'commander';
import type {DeclutterOptions, Favor} from '../declutter.js';
import {RENDERINGS, TEXT_RENDERINGS, type Rendering} from '../learn/corpus.js';
import {SPLITS, type Split} from '../learn/split.js';
import {REPORT_FORMATS, type ReportFormat} from '../eval/formats.js';
import type {EvalConfig} from '../eval/run.js';
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
  references: boolean;
  out?: string;
  model?: string;
  favor: Favor;
  threshold?: number;
  quiet?: boolean;
}

/** Where the shared corpora sit beside a checkout: the defaults when no corpus is named. */
export const DEFAULT_CORPORA = ['../shared/corpus/wcxb-dev', '../shared/corpus/traf-dev'];

/**
 * `declutter eval`: measure declutter and the reference methods on corpora with gold answers. The program adds it
 * with its own settings (exit override, help after errors). The work (`eval-run.ts`) loads only when it runs, so
 * that cleaning does not pay for it at start-up.
 */
export function evalCommand(): Command {
  return new Command('eval')
    .description('score declutter and simple reference methods against corpora with gold bodies and snippets')
    .argument('[corpus...]', `corpus folders in the layout of shared/corpus (default: ${DEFAULT_CORPORA.join(' and ')}, where they exist)`)
    .addOption(
      new Option('--renderings <list>', `comma-separated renderings (${RENDERINGS.join(',')}; html is the page as fetched, read as HTML)`)
        .argParser(parseRenderings)
        // Named as it is typed, not as the array it parses to.
        .default([...TEXT_RENDERINGS], TEXT_RENDERINGS.join(',')),
    )
    .addOption(new Option('--split <split>', 'which ids to score: 8 and 9 as last digit are val').choices(SPLITS).default('val'))
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('table'))
    .option('--worst <n>', "list declutter's N worst pages by word F1, per corpus and rendering", parseCount, 0)
    .option('--types', 'add word F1 by page type')
    .option('--no-title', 'score the body alone, not the title and body that the text format prints')
    .option('--no-references', 'skip the reference methods (keep everything, keep >= 20 words, C4 rules)')
    .option('--out <dir>', "also write declutter's extraction of each page to DIR/CORPUS/RENDERING/ID.txt")
    .option('--model <file>', 'use a model written by `declutter train` instead of the bundled one')
    .addOption(new Option('--favor <side>', 'trade recall for precision or back').choices(FAVORS).default('balanced'))
    .option('--threshold <score>', 'keep blocks scoring at least this (0 to 1); overrides --favor', parseThreshold)
    .option('-q, --quiet', 'no progress bar and no notes on stderr')
    .action(async (paths: string[], flags: EvalFlags) => {
      const {runEval} = await import('./eval-run.js');
      await runEval(paths, flags);
    });
}

export function buildEvalConfig(flags: EvalFlags): EvalConfig {
  const declutter: DeclutterOptions = {favor: flags.favor};
  if (flags.threshold !== undefined) declutter.threshold = flags.threshold;
  if (flags.model !== undefined) declutter.model = readModel(flags.model);
  return {
    renderings: flags.renderings,
    split: flags.split,
    declutter,
    title: flags.title,
    references: flags.references,
    worst: flags.worst,
  };
}

export function parseCount(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) throw new UsageError(`--worst takes a whole number, not "${value}"`);
  return number;
}
