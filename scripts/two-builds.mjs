// The command line of a script that compares two builds over a corpus (scripts/cue-changes.mjs, rule-firing.mjs,
// snippets-by-language.mjs): BEFORE and AFTER, two checkouts with `npm run build` done, then the script's options.
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';

/**
 * The options (`parseArgs` options) and the two checkouts' roots of `usage`'s command line, and `load(root, path)`,
 * which imports a module of a checkout's dist/ folder. Throws the usage where there are not two checkouts.
 */
export function twoBuildsCommand(usage, options) {
  const {values, positionals: roots} = parseArgs({allowPositionals: true, options});
  if (roots.length !== 2) throw new Error(`usage: ${usage}`);
  const load = (root, path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
  return {values, roots, load};
}
