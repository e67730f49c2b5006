import {accessSync, constants, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {Presets, SingleBar} from 'cli-progress';
import type {Corpus, Rendering} from '../learn/corpus.js';
import {formatReport} from '../eval/report.js';
import {DECLUTTER, evaluate, renderingsOf, type EvalHooks, type PageDone} from '../eval/run.js';
import {chalkFor, wantsColor} from './color.js';
import {openCorpus} from './corpora.js';
import type {EvalCommandConfig} from './eval-command.js';
import {UsageError} from './options.js';
import {Output, StdoutError} from './output.js';
import {describeFsError} from './read-input.js';
import {Reporter} from './reporter.js';

/** The work of `declutter eval`, loaded only when the subcommand runs. */
export async function runEval(command: EvalCommandConfig): Promise<void> {
  const reporter = new Reporter(command.quiet);
  const corpora = command.corpora.map(openCorpus);
  const config = command.evaluation;
  if (command.out !== undefined) prepareOutFolder(command.out, corpora, config.renderings);
  noteMissingRenderings(corpora, config.renderings, reporter);
  const progress = progressBar(!command.quiet && process.stderr.isTTY === true);
  const hooks: EvalHooks = {
    ...withOutput(progress.hooks, command.out),
    onUnreadable: ({corpus, rendering, id, reason}) => reporter.note(`${corpus}/${rendering}/${id}`, `${reason}: scored as an empty page`),
  };
  let report: string;
  try {
    const result = evaluate(corpora, config, hooks);
    report = formatReport(result, command.format, {types: command.types, chalk: chalkFor(wantsColor(process.stdout))});
  } finally {
    progress.stop();
  }
  const output = new Output(process.stdout);
  await output.write(report);
  // eval sets no exit status of its own: the CLI answers this error with status 1.
  await output.flush();
  if (output.error) throw new StdoutError(output.error);
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
  if (!enabled) return {hooks: {}, stop: () => {/* no bar, nothing to stop */}};
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

/**
 * Before any page is cleaned: `--out` is a folder that takes files, and none of the folders written under it
 * (DIR/CORPUS/RENDERING) is among a corpus's own files.
 */
function prepareOutFolder(dir: string, corpora: readonly Corpus[], renderings: readonly Rendering[]): void {
  for (const corpus of corpora) {
    for (const rendering of renderings) {
      const folder = join(dir, corpus.name, rendering);
      const reading = corpora.find((other) => other.holds(folder));
      if (reading) throw new UsageError(`will not write extractions to ${folder}: it is among the files of corpus ${reading.root}`);
    }
  }
  try {
    mkdirSync(dir, {recursive: true});
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write extractions to ${dir}: ${describeFsError(error)}`);
  }
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
