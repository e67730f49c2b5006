import {mkdir, stat} from 'node:fs/promises';
import {dirname} from 'node:path';

/**
 * `mkdir -p`, one folder at a time, settling on every file system. Node's own `mkdir(path, {recursive: true})` never
 * settles under /proc: there mkdir of a new name answers ENOENT though the parent exists, and Node makes the parent
 * again and retries, forever, on a thread of its pool that nothing can stop. Here each folder is made at most twice
 * (before and after its parent), so every failure ends in the error the file system gave.
 */
export async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await isFolder(path))) return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    await makeFolder(parent);
    try {
      await mkdir(path);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'EEXIST' && (await isFolder(path))) return; // made meanwhile by another write
      throw again;
    }
  }
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
