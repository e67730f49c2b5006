import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * The shared folder (corpora, score.py) for tests that need it, or undefined where it is missing (tests skip).
 * It sits at ../shared beside a checkout; a git worktree under ../wt/NAME finds it one level further up, and
 * DECLUTTER_SHARED names it anywhere else.
 */
export function sharedDir(): string | undefined {
  const candidates = [
    process.env['DECLUTTER_SHARED'],
    fileURLToPath(new URL('../../shared/', import.meta.url)),
    fileURLToPath(new URL('../../../shared/', import.meta.url)),
  ];
  return candidates.find((dir) => dir !== undefined && dir !== '' && existsSync(join(dir, 'corpus', 'README.md')));
}

/** The project's root folder (where package.json and bin/ are). */
export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
