// What the benches that clean pages in memory share: the command's options for which pages, the first N pages of a
// rendering read into memory with the options `declutter()` reads them by, and the process's CPU time.
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

export const DEFAULT_CORPUS = new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname;

/** `declutter()`'s options for a rendering's pages: the pages as fetched are HTML. */
export const optionsFor = (rendering) => (rendering === 'html' ? {format: 'html'} : {});

export function cpuSeconds() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/**
 * The command line (`--rendering`, `--pages`, `--corpus` and `moreOptions`) and what it names: this checkout's
 * `declutter()`, the pages' texts, the options to clean them with and their size in MB.
 */
export async function pagesInProcess(defaultPages, moreOptions = {}) {
  const {values: args} = parseArgs({
    options: {
      rendering: {type: 'string', default: 'paras'},
      pages: {type: 'string', default: String(defaultPages)},
      corpus: {type: 'string', default: DEFAULT_CORPUS},
      ...moreOptions,
    },
  });
  const {declutter} = await import(new URL('../dist/index.js', import.meta.url).href);
  const pages = readPages(args.corpus, args.rendering, Number(args.pages)).map((page) => page.text);
  const mb = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / 1e6;
  return {args, declutter, pages, options: optionsFor(args.rendering), mb};
}
