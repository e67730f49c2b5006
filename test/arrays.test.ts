import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {mapped} from '../src/arrays.js';
import {projectRoot, runCommand} from './helpers/spawn.js';

// `mapped` is `map` whose array is packed in a function V8 has optimized as before it, seen in a process of its own
// with V8's test functions, and without the CLI's compile flags: the library runs in programs that do not set them.
const arrays = pathToFileURL(join(projectRoot, 'dist', 'arrays.js')).href;

function probe(mapper: 'map' | 'mapped'): string {
  return `
    const {mapped} = await import(${JSON.stringify(arrays)});
    const made = ${mapper === 'map' ? '(xs) => xs.map((x) => x + 1)' : '(xs) => mapped(xs, (x) => x + 1)'};
    %PrepareFunctionForOptimization(made);
    made([1, 2, 3]);
    made([1, 2, 3]);
    %OptimizeFunctionOnNextCall(made);
    const array = made([1, 2, 3]);
    console.log(%ActiveTierIsTurbofan(made) ? 'optimized' : 'not optimized', %HasHoleyElements(array) ? 'holey' : 'packed', array.join());
  `;
}

async function arrayMadeWhenOptimized(mapper: 'map' | 'mapped'): Promise<string> {
  const run = await runCommand(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', probe(mapper)]);
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

describe('mapped', () => {
  it('maps each item with its index, in order', () => {
    expect(mapped(['a', 'b', 'c'], (item, i) => `${item}${i}`)).toEqual(['a0', 'b1', 'c2']);
    expect(mapped([], () => 1)).toEqual([]);
  });

  it('gives a packed array from an optimized function, where map gives a holey one', async () => {
    expect(await arrayMadeWhenOptimized('map')).toBe('optimized holey 2,3,4');
    expect(await arrayMadeWhenOptimized('mapped')).toBe('optimized packed 2,3,4');
  });
});
