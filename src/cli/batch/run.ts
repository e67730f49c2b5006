import {setMaxListeners} from 'node:events';
import {existsSync} from 'node:fs';
import type {Reporter} from '../reporter.js';
import {forEachConcurrent} from './concurrent.js';
import {extensionMatcher} from './extensions.js';
import {exitStatusOf, internalFault} from '../failure.js';
import {InputOrder, walkPlaces} from './input-order.js';
import {Interruption} from './interruption.js';
import type {BatchConfig} from './options.js';
import {checkOutputSafety, planJobs, type BatchJob} from './plan.js';
import {CleanPool, stopThreads} from './pool.js';
import type {TaskFailure} from './tasks.js';
import {Progress} from './progress.js';
import {formatSummary, Tally} from './summary.js';
import {TemplateCounter} from '../../templates.js';
import {KeptPages, type KeptPage} from './kept-pages.js';
import {noFilesNote, walkInputs} from './walk.js';
import {removePendingTemps, writeAtomic} from './write-atomic.js';

/** Tasks handed to the pool ahead of the one being written: keeps every worker busy while the main thread writes. */
const QUEUE_PER_WORKER = 2;

/**
 * Clean files and folders into an output folder that mirrors them. Every check that can refuse the run (output
 * collisions, an output folder inside an input) is made before any work. Returns the exit status: 0 all cleaned,
 * 1 some failed, 70 declutter itself failed on some, 128 + the signal's number if interrupted. Usage errors are thrown.
 */
export async function runBatch(inputs: readonly string[], config: BatchConfig, reporter: Reporter): Promise<number> {
  const walk = await walkInputs(inputs, extensionMatcher(config.extensions));
  const jobs = planJobs(walk.files, config.outDir, config.outExt, config.siteKey, walk.folders.length > 0);
  const todo = config.skipExisting ? jobs.filter((job) => !existsSync(job.output)) : jobs;
  checkOutputSafety(config.outDir, walk.folders, walk.files, jobs, todo);

  const tally = new Tally();
  const progress = new Progress(config.clean.quiet);
  tally.skipped = jobs.length - todo.length;

  // Failures and notes are said in the walk's order, what the walk could not clean and the folders that hold no file
  // to clean in their places among the files.
  const order = new InputOrder();
  const places = walkPlaces(jobs.length, walk.remarks.map((remark) => remark.at));
  const placeOf = new Map(jobs.map((job, index) => [job, places.files[index]!]));
  const tell: Tell = (job, say) => order.settle(placeOf.get(job)!, say && (() => progress.print(say)));
  walk.remarks.forEach((remark, index) => {
    if (remark.kind === 'problem') tally.failed++;
    const say =
      remark.kind === 'problem'
        ? () => reporter.error(remark.path, remark.reason)
        : () => reporter.note(remark.path, noFilesNote(config.extensions));
    order.settle(places.remarks[index]!, () => progress.print(say));
  });
  const pending = new Set(todo);
  for (const job of jobs) if (!pending.has(job)) tell(job);

  const interruption = new Interruption(stopThreads);
  let done = 0;
  try {
    if (todo.length > 0) done = await cleanAll(jobs, todo, config, {progress, reporter, tally, tell, signal: interruption.signal});
  } finally {
    interruption.dispose();
    order.flush();
  }
  if (interruption.exitStatus !== undefined) {
    process.stderr.write(`declutter: interrupted: ${done} of ${todo.length} files done\n`);
    return interruption.exitStatus;
  }
  if (!config.clean.quiet) process.stderr.write(`declutter: ${formatSummary(tally)}\n`);
  return exitStatusOf(tally);
}

/** Say what is to be said of a job (nothing, with no words) in its place among the inputs. */
type Tell = (job: BatchJob, say?: () => void) => void;

interface RunContext {
  progress: Progress;
  reporter: Reporter;
  tally: Tally;
  tell: Tell;
  signal: AbortSignal;
}

interface PoolContext extends RunContext {
  pool: CleanPool;
  /** Tasks under way at most. */
  limit: number;
}

/** Both passes over a pool of workers, which is stopped at the end whatever happens. Returns the files done. */
async function cleanAll(jobs: readonly BatchJob[], todo: readonly BatchJob[], config: BatchConfig, run: RunContext): Promise<number> {
  const workers = Math.min(config.jobs, todo.length);
  const pool = new CleanPool(workers, {format: config.clean.format, declutter: config.clean.declutter, maxInputBytes: config.clean.maxInputBytes, markdown: config.clean.markdown});
  const context: PoolContext = {...run, pool, limit: workers * QUEUE_PER_WORKER};
  // Each task under way listens to the run's signal, and each pass waits on it once: more than Node's warning of ten
  // on a machine of five cores or more, which is no leak.
  setMaxListeners(context.limit + 2, run.signal);
  let done = 0;
  try {
    const kept = new KeptPages<BatchJob>();
    const templates = config.templates ? await learnTemplates(jobs, new Set(todo), kept, context) : undefined;
    run.progress.start('cleaning', todo.length);
    await forEachConcurrent(todo, context.limit, run.signal, async (job) => {
      const site = templates?.get(job.site);
      if (await cleanJob(job, site?.hashes.length ? site : undefined, kept.take(job), context)) done++;
    });
  } finally {
    run.progress.stop();
    await pool.destroy();
    removePendingTemps();
  }
  return done;
}

/** A site's template lines: their hashes for the worker, and as a set to mark the blocks of pages the first pass kept. */
interface SiteTemplateHashes {
  hashes: number[];
  set: Set<number>;
}

/**
 * First pass: count, per site, the pages that have each block (by hash), and keep each site's template hashes. All
 * pages count, including those --skip-existing passes over, so a resumed run learns what a whole run learns. The pages
 * to clean are kept in `kept` (within its budget) for the second pass.
 */
async function learnTemplates(
  jobs: readonly BatchJob[],
  todo: ReadonlySet<BatchJob>,
  kept: KeptPages<BatchJob>,
  {pool, progress, signal, limit}: PoolContext,
): Promise<Map<string, SiteTemplateHashes>> {
  const counter = new TemplateCounter();
  progress.start('learning templates', jobs.length);
  await forEachConcurrent(jobs, limit, signal, async (job) => {
    // A page that cannot be read is reported by the cleaning pass; here it just does not count.
    const result = await pool.hash({path: job.input}, signal).catch(() => undefined);
    if (result?.ok) {
      counter.addPage(job.site, [...new Set(result.blockHashes)]);
      if (todo.has(job)) kept.keep(job, result.blockHashes, result.decoded);
    }
    progress.tick(job.size);
  });
  const sites = new Set(jobs.map((job) => job.site));
  return new Map(
    [...sites].map((site) => {
      const hashes = counter.templatesOf(site);
      return [site, {hashes, set: new Set(hashes)}];
    }),
  );
}

/**
 * Second pass, one file: clean it in a worker (from the first pass's text and hashes when they were kept), write it
 * here. Returns whether the file is done (written or failed).
 */
async function cleanJob(job: BatchJob, templates: SiteTemplateHashes | undefined, page: KeptPage | undefined, context: PoolContext): Promise<boolean> {
  const {pool, progress, reporter, tally, tell, signal} = context;
  const known = templates && page ? {templateBlocks: Uint8Array.from(page.blockHashes, (hash) => (templates.set.has(hash) ? 1 : 0))} : {};
  const task = {path: job.input, ...(templates ? {templates: templates.hashes} : {}), ...(page?.decoded ? {decoded: page.decoded} : {}), ...known};
  const result = await pool
    .clean(task, signal)
    .catch((error: unknown): TaskFailure => {
      const fault = internalFault(error);
      return {ok: false, reason: fault.message, internal: {...fault, message: `the worker failed: ${fault.message}`}};
    });
  if (signal.aborted) return false;
  if (!result.ok) {
    tally.failed++;
    if (result.internal) tally.internal++;
    const {internal} = result;
    tell(job, () => (internal ? reporter.internalError(job.input, internal) : reporter.error(job.input, result.reason)));
  } else {
    try {
      await writeAtomic(job.output, result.output);
    } catch (error) {
      // An interrupted run removes the temporary files under way, which fails their writes: not the output's fault.
      if (signal.aborted) return false;
      tally.failed++;
      // Read and cleaned all the same: the bytes in are the inputs', whatever became of their outputs.
      tally.bytesIn += job.size;
      tell(job, () => reporter.error(job.output, `cannot write: ${(error as Error).message}`));
      return true;
    }
    const {note} = result;
    tell(job, note ? () => reporter.note(job.input, note) : undefined);
    tally.cleaned++;
    tally.bytesIn += job.size;
    tally.bytesOut += Buffer.byteLength(result.output);
    tally.textChars += result.textChars;
    tally.keptChars += result.keptChars;
  }
  progress.tick(job.size);
  return true;
}
