import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared folder (../shared from the project's root, see README). A git worktree sits deeper than the main
 * checkout, so look further up too.
 */
export function sharedRoot(): string {
  for (let dir = dirname(projectRoot); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'corpus'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`no shared/corpus folder above ${projectRoot}`);
  }
}

export function corpusRoot(name: string): string {
  return join(sharedRoot(), 'corpus', name);
}
