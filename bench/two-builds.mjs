// The command line of a bench that compares two builds in one process (bench/alternate-builds.mjs,
// bench/term-pass.mjs): two checkouts with `npm run build` done, and the corpus pages both are timed on.
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';
import {DEFAULT_CORPUS} from './in-process.mjs';

/**
 * `SCRIPT BEFORE AFTER [--rendering R] [--pages N] [--passes P] [--corpus DIR]` read: the options, the two checkouts'
 * roots, the text of the rendering's first N pages and their addresses (where a bench takes `--url`), and
 * `load(root, path)`, which imports a module of a checkout's dist/ folder. `moreOptions` are a bench's own options,
 * as `parseArgs` takes them.
 */
export function twoBuildsCommand(script, defaultPasses, moreOptions = {}) {
  const {values: args, positionals: roots} = parseArgs({
    allowPositionals: true,
    options: {
      rendering: {type: 'string', default: 'paras'},
      pages: {type: 'string', default: '300'},
      passes: {type: 'string', default: String(defaultPasses)},
      corpus: {type: 'string', default: DEFAULT_CORPUS},
      ...moreOptions,
    },
  });
  if (roots.length !== 2) throw new Error(`usage: ${script} BEFORE AFTER [--rendering R] [--pages N] [--passes P]`);
  const read = readPages(args.corpus, args.rendering, Number(args.pages));
  if (read.length === 0) throw new Error(`no ${args.rendering} pages in ${args.corpus}`);
  const pages = read.map((page) => page.text);
  // With --url (a bench's own option), each page's address from its gold file, as a record carries it.
  const urls = read.map((page) => (args.url ? pageUrl(args.corpus, page.id) : undefined));
  const load = (root, path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
  return {args, roots, pages, urls, load};
}

/** The address a corpus's gold file gives a page, where it gives one that `declutter` takes (absolute). */
function pageUrl(corpus, id) {
  const {url} = JSON.parse(readFileSync(join(corpus, 'gold', `${id}.json`), 'utf8'));
  return typeof url === 'string' && URL.canParse(url) ? url : undefined;
}
