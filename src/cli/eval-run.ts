import {accessSync, constants, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {Presets, SingleBar} from 'cli-progress';
import type {Corpus, Rendering} from '../learn/corpus.js';
import {SPLIT_NAMES} from '../learn/split.js';
import {formatReport} from '../eval/report.js';
import {DECLUTTER, evaluate, renderingsOf, type EvalHooks} from '../eval/run.js';
import {chalkFor, wantsColor} from './color.js';
import {openCorpora} from './corpora.js';
import {OutputFailure} from './failure.js';
import type {EvalCommandConfig} from './eval-command.js';
import {UsageError} from './options.js';
import {Output, StdoutError} from './output.js';
import {removingTempsOnSignal} from './batch/interruption.js';
import {writeAtomic} from './batch/write-atomic.js';
import {describeFsError} from '../fs-errors.js';
import {Reporter} from './reporter.js';

/**
 * The work of `declutter eval`, loaded only when the subcommand runs; resolves to the exit status: 1 where a gold page
 * was no gold page (left out, and named) or no page was scored at all (and no report printed).
 */
export async function runEval(command: EvalCommandConfig): Promise<number> {
  const reporter = new Reporter(command.quiet);
  const corpora = openCorpora(command.corpora);
  const config = command.evaluation;
  if (command.out !== undefined) prepareOutFolder(command.out, corpora, config.renderings);
  noteMissingRenderings(corpora, config.renderings, reporter);
  const progress = progressBar(!command.quiet && process.stderr.isTTY === true);
  // Notes wait for the bar to go: written under it, they would be drawn over.
  const notes: Array<() => void> = [];
  const later = (note: () => void) => (progress.active ? notes.push(note) : note());
  let failed = false;
  const hooks: EvalHooks = {
    ...withOutput(progress.hooks, command.out),
    onUnreadable: ({path, reason}) => later(() => reporter.note(path, `${reason}: scored as an empty page`)),
    onMissing: ({corpus, rendering, missing, pages}) =>
      later(() => reporter.note(`${corpus} / ${rendering}`, `${missing} of ${pages} pages missing: scored as empty pages`)),
    onBadGold: (error) => {
      failed = true;
      later(() => reporter.error(error.path, `${error.reason}: left out`));
    },
  };
  let report: string;
  let scored = 0;
  try {
    // With --out, a signal removes the temporary file of the extraction being written (it reaches the handler while
    // the run waits on a write). Without, there is no file to remove, and a handler would only hold the signal back.
    const result = command.out === undefined ? await evaluate(corpora, config, hooks) : await removingTempsOnSignal(() => evaluate(corpora, config, hooks));
    scored = result.results.reduce((sum, {pages}) => sum + pages, 0);
    report = formatReport(result, command.format, {types: command.types, chalk: chalkFor(wantsColor(process.stdout))});
  } finally {
    progress.stop();
    for (const note of notes) note();
  }
  // A report of no page would read as a result: the run says why there is none instead, and prints nothing.
  if (scored === 0) {
    const ids = config.split === 'all' ? 'no ids' : `no ${config.split} ids`;
    const none = `no page scored: the corpora have ${ids} with a gold page in ${config.renderings.join(', ')}`;
    reporter.error('eval', config.split === 'all' ? none : `${none} (${SPLIT_NAMES[config.split]}; --split all scores every page)`);
    return 1;
  }
  const output = new Output(process.stdout);
  await output.write(report);
  // eval sets no exit status of its own for stdout: the CLI answers this error with status 1.
  await output.flush();
  if (output.error) throw new StdoutError(output.error);
  return failed ? 1 : 0;
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
function progressBar(enabled: boolean): {hooks: EvalHooks; active: boolean; stop: () => void} {
  if (!enabled) return {hooks: {}, active: false, stop: () => {/* no bar, nothing to stop */}};
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
    active: true,
    stop: () => bar.stop(),
  };
}

/**
 * Before any page is cleaned: `--out` is a folder that takes files, and none of the folders written under it
 * (DIR/CORPUS/RENDERING) is among a corpus's own files.
 */
function prepareOutFolder(dir: string, corpora: readonly Corpus[], renderings: readonly Rendering[]): void {
  for (const [i, corpus] of corpora.entries()) {
    const namesake = corpora.slice(0, i).find((other) => other.name === corpus.name);
    if (namesake) throw new UsageError(`two corpora are named ${corpus.name} (${namesake.root} and ${corpus.root}): their extractions would share ${join(dir, corpus.name)}`);
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
    // mkdir of a path that is a file says EEXIST.
    const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it is a file, not a folder' : describeFsError(error);
    throw new UsageError(`cannot write extractions to ${dir}: ${reason}`);
  }
}

/**
 * Add writing declutter's extraction of each page under `dir`, so that score.py can score the same texts: each whole
 * or not at all (a temporary file renamed into place, its folder made as needed), and a write that fails stops the
 * run, naming the file.
 */
function withOutput(hooks: EvalHooks, dir: string | undefined): EvalHooks {
  if (dir === undefined) return hooks;
  return {
    ...hooks,
    onPage: async (page) => {
      const path = join(dir, page.corpus, page.rendering, `${page.id}.txt`);
      await writeAtomic(path, page.extractions.get(DECLUTTER) ?? '').catch((error: unknown) => {
        throw new OutputFailure(path, error);
      });
      await hooks.onPage?.(page);
    },
  };
}
