import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {projectRoot} from './helpers/spawn.js';

// The library's reference is docs/library.md with the pages it sends to (markdown.md, metadata.md): a name exported
// from the package's entry points and said nowhere there is an API its users cannot find.
const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

/** The names a module's `export {...}` and `export type {...}` lists give out, `type` markers and `as` renames read. */
function exportedNames(source: string): string[] {
  const names: string[] = [];
  for (const [, list] of source.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const item of list!.split(',')) {
      const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)!.trim();
      if (name !== '') names.push(name);
    }
  }
  return names;
}

describe('the library’s documentation', () => {
  it('names every export of the package’s entry points', () => {
    const docs = ['docs/library.md', 'docs/markdown.md', 'docs/metadata.md'].map(read).join('\n');
    const names = [...exportedNames(read('src/index.ts')), ...exportedNames(read('src/rehype.ts')), 'RehypeDeclutterOptions'];
    expect(names).toContain('declutter');
    expect(names).toContain('learnTemplates');
    const unnamed = names.filter((name) => !new RegExp(`\\b${name}\\b`).test(docs));
    expect(unnamed).toEqual([]);
  });
});
