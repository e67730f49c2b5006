import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeBytes, declutter, toText} from '../src/index.js';
// @ts-expect-error: a plain script module, shared with scripts/idempotence.mjs, has no types.
import {cleanTwice} from '../scripts/idempotence-check.mjs';
import {isSubsequence, printedParagraphs} from './helpers/page-arbitraries.js';
import {findSharedRoot} from './helpers/shared.js';

const shared = findSharedRoot();
// The share of sample pages whose text output is printed whole when cleaned again, less a margin for retraining;
// scripts/idempotence.mjs measures every page and says which blocks a second pass drops.
const MIN_WHOLE_SHARE = 0.9;

interface Page {
  name: string;
  input: string;
}

function samplePages(): Page[] {
  const dir = join(shared!, 'corpus', 'wcxb-dev');
  const ids = readdirSync(join(dir, 'gold')).map((name) => name.replace(/\.json$/, '')).sort();
  const paras = ids.slice(0, 30).map((id) => ({name: `paras/${id}`, input: readFileSync(join(dir, 'text', 'paras', `${id}.txt`), 'utf8')}));
  const html = ids.slice(30, 50).map((id) => ({name: `html/${id}`, input: decodeBytes(readFileSync(join(dir, 'html', `${id}.html.gz`))).text}));
  return [...paras, ...html];
}

describe.skipIf(!shared)('cleaning the text output again', () => {
  it('prints a subsequence of its blocks, and prints it whole on most pages', {timeout: 60_000}, () => {
    let whole = 0;
    const pages = samplePages();
    for (const {name, input} of pages) {
      const once = toText(declutter(input));
      const twice = toText(declutter(once));
      expect(isSubsequence(printedParagraphs(twice), printedParagraphs(once)), name).toBe(true);
      const result = cleanTwice(input, {declutter, toText}) as {whole: boolean};
      expect(result.whole, name).toBe(twice === once);
      if (result.whole) whole++;
    }
    expect(whole / pages.length).toBeGreaterThanOrEqual(MIN_WHOLE_SHARE);
  });
});
