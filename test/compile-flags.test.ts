import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {projectRoot, runCommand} from './helpers/spawn.js';

// What the CLI's compile flags are for, seen in a process of their own (V8's settings are the whole process's): a
// `map` in a function V8 has optimized makes an array of the kind the same `map` made before (packed), not a holey one.
// V8 takes a flag it does not know without a word, so this also fails if the flag's name stops meaning anything.
const compileFlags = pathToFileURL(join(projectRoot, 'dist', 'cli', 'compile-flags.js')).href;

function probe(withFlags: boolean): string {
  return `
    ${withFlags ? `(await import(${JSON.stringify(compileFlags)})).useCompileFlags();` : ''}
    const made = (xs) => xs.map((x) => x + 1);
    %PrepareFunctionForOptimization(made);
    made([1, 2, 3]);
    made([1, 2, 3]);
    %OptimizeFunctionOnNextCall(made);
    const array = made([1, 2, 3]);
    console.log(%ActiveTierIsTurbofan(made) ? 'optimized' : 'not optimized', %HasHoleyElements(array) ? 'holey' : 'packed');
  `;
}

async function arrayMadeWhenOptimized(withFlags: boolean): Promise<string> {
  const run = await runCommand(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', probe(withFlags)]);
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

describe('the CLI compile flags', () => {
  it('make an optimized map give a packed array, where without them it gives a holey one', async () => {
    expect(await arrayMadeWhenOptimized(false)).toBe('optimized holey');
    expect(await arrayMadeWhenOptimized(true)).toBe('optimized packed');
  });
});
