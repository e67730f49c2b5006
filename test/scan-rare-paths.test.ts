import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {projectRoot, runCommand} from './helpers/spawn.js';

// The block scan, optimized by V8 on plain text, keeps its optimized code when it then meets the rare paths (a
// surrogate pair or one alone, a capital that lower-cases longer, runs of sentence ends and quotes, a new stopword
// list): the module takes them once as it loads. Seen in a process of its own, with V8's test functions.
const scan = pathToFileURL(join(projectRoot, 'dist', 'features', 'scan.js')).href;

const probe = `
  const {scanText} = await import(${JSON.stringify(scan)});
  const plain = 'The cat sat on the mat. A dog ran';
  const stopwords = new Set(['the', 'a']);
  %PrepareFunctionForOptimization(scanText);
  for (let i = 0; i < 3; i++) scanText(plain, plain.toLowerCase(), stopwords);
  %OptimizeFunctionOnNextCall(scanText);
  scanText(plain, plain.toLowerCase(), stopwords);
  const before = %ActiveTierIsTurbofan(scanText);
  for (const text of ['Smile 😀 now.', 'İstanbul is here', 'What?! “Yes…” Done', 'A surrogate \\uDE00 alone']) {
    scanText(text, text.toLowerCase(), new Set(['is']));
  }
  console.log(before ? 'optimized' : 'not optimized', %ActiveTierIsTurbofan(scanText) ? 'optimized' : 'thrown away');
`;

describe('the block scan', () => {
  it('stays optimized when a page first meets its rare paths', async () => {
    const run = await runCommand(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', probe]);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('optimized optimized');
  });
});
