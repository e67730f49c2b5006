import {isAbsolute, relative, resolve, sep} from 'node:path';

/** Whether `path` is `folder` or lies inside it, by their names alone (resolve symbolic links first where they matter). */
export function isWithin(folder: string, path: string): boolean {
  const inside = relative(resolve(folder), resolve(path));
  return inside === '' || (!isAbsolute(inside) && inside !== '..' && !inside.startsWith(`..${sep}`));
}
