import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {Presets, SingleBar} from 'cli-progress';
import {Command, Option} from 'commander';
import type {DeclutterOptions, Favor} from '../clean.js';
import {Corpus, RENDERINGS, type Rendering} from '../corpus/corpus.js';
import {SPLITS, type Split} from '../corpus/split.js';
import {formatReport, REPORT_FORMATS, type ReportFormat} from '../eval/report.js';
import {DECLUTTER, evaluate, renderingsOf, type EvalConfig, type EvalHooks, type PageDone} from '../eval/run.js';
import {chalkFor, wantsColor} from './color.js';
import {FAVORS, parseThreshold, readModel, UsageError} from './options.js';
import {Output} from './output.js';
import {Reporter} from './reporter.js';
import {openCorpus, parseRenderings} from './train-command.js';

/** Options as commander parses them for `declutter eval`. */
interface EvalFlags {
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
 * with its own settings (exit override, help after errors).
 */
export function evalCommand(): Command {
  return new Command('eval')
    .description('Score declutter and simple reference methods against corpora with gold bodies and snippets.')
    .argument('[corpus...]', `corpus folders in the layout of shared/corpus (default: ${DEFAULT_CORPORA.join(' and ')}, where they exist)`)
    .option('--renderings <list>', `comma-separated text renderings (${RENDERINGS.join(',')})`, parseRenderings, [...RENDERINGS])
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
      const reporter = new Reporter(flags.quiet === true);
      const corpora = (paths.length ? paths : defaultCorpora()).map(openCorpus);
      const config = buildEvalConfig(flags);
      noteMissingRenderings(corpora, config.renderings, reporter);
      const progress = progressBar(flags.quiet !== true && process.stderr.isTTY === true);
      const hooks = withOutput(progress.hooks, flags.out);
      let report: string;
      try {
        const result = evaluate(corpora, config, hooks);
        report = formatReport(result, flags.format, {types: flags.types === true, chalk: chalkFor(wantsColor(process.stdout))});
      } finally {
        progress.stop();
      }
      await new Output(process.stdout).write(report);
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

function defaultCorpora(): string[] {
  const found = DEFAULT_CORPORA.map((path) => resolve(path)).filter((path) => existsSync(path));
  if (found.length === 0) throw new UsageError(`no corpus given, and none at ${DEFAULT_CORPORA.join(' or ')}`);
  return found;
}


function noteMissingRenderings(corpora: readonly Corpus[], renderings: readonly Rendering[], reporter: Reporter): void {
  for (const corpus of corpora) {
    const present = renderingsOf(corpus, renderings);
    for (const rendering of renderings.filter((r) => !present.includes(r))) {
      reporter.note(corpus.root, `has no ${rendering} rendering: skipped`);
    }
  }
}

/** A bar on stderr counting cleaned pages; hooks that do nothing when it is off (not a terminal, or --quiet). */
function progressBar(enabled: boolean): {hooks: EvalHooks; stop: () => void} {
  if (!enabled) return {hooks: {}, stop: () => {}};
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'eval [{bar}] {value}/{total} pages | {corpus} {rendering} | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  return {
    hooks: {
      onStart: (pages) => bar.start(pages, 0, {corpus: '', rendering: ''}),
      onPage: (page) => bar.increment({corpus: page.corpus, rendering: page.rendering}),
    },
    stop: () => bar.stop(),
  };
}

/** Add writing declutter's extraction of each page under `dir`, so that score.py can score the same texts. */
function withOutput(hooks: EvalHooks, dir: string | undefined): EvalHooks {
  if (dir === undefined) return hooks;
  const made = new Set<string>();
  const write = (page: PageDone) => {
    const folder = join(dir, page.corpus, page.rendering);
    if (!made.has(folder)) mkdirSync(folder, {recursive: true});
    made.add(folder);
    writeFileSync(join(folder, `${page.id}.txt`), page.extractions.get(DECLUTTER) ?? '');
  };
  return {
    ...hooks,
    onPage: (page) => {
      write(page);
      hooks.onPage?.(page);
    },
  };
}
