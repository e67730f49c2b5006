// The command line of a bench that compares two builds in one process (bench/alternate-builds.mjs,
// bench/term-pass.mjs): two checkouts with `npm run build` done, and the corpus pages both are timed on.
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';
import {DEFAULT_CORPUS} from './in-process.mjs';

/**
 * `SCRIPT BEFORE AFTER [--rendering R] [--pages N] [--passes P] [--corpus DIR]` read: the options, the two checkouts'
 * roots, the text of the rendering's first N pages, and `load(root, path)`, which imports a module of a checkout's
 * dist/ folder. `moreOptions` are a bench's own options, as `parseArgs` takes them.
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
  const pages = readPages(args.corpus, args.rendering, Number(args.pages)).map((page) => page.text);
  if (pages.length === 0) throw new Error(`no ${args.rendering} pages in ${args.corpus}`);
  const load = (root, path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
  return {args, roots, pages, load};
}
