import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared folder (../shared from the project's root, see README). A git worktree sits deeper than the main
 * checkout, so look further up too.
 */
export function sharedRoot(): string {
  const found = findSharedRoot();
  if (found === undefined) throw new Error(`no shared/corpus folder above ${projectRoot}`);
  return found;
}

/** The shared folder, or undefined where there is none (for tests that skip without it). DECLUTTER_SHARED names it. */
export function findSharedRoot(): string | undefined {
  const named = process.env['DECLUTTER_SHARED'];
  if (named) return existsSync(join(named, 'corpus')) ? named : undefined;
  for (let dir = dirname(projectRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'corpus'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export function corpusRoot(name: string): string {
  return join(sharedRoot(), 'corpus', name);
}
