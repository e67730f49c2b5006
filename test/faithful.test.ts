import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {declutter, splitBlocks, toText} from '../src/index.js';
import {printedText} from '../src/pipeline/body.js';
import {isSubsequence} from './helpers/page-arbitraries.js';
import {findSharedRoot} from './helpers/shared.js';

const shared = findSharedRoot();
const RENDERINGS = ['paras', 'blocks', 'lynx', 'region'];

// Never lose or invent text: every paragraph the text format prints is one of the input's blocks, in input order, as a
// reader sees it (without the soft hyphens and zero-width spaces no reader sees).
describe.skipIf(!shared)('output is a subsequence of the input blocks', () => {
  for (const rendering of RENDERINGS) {
    it(`on 25 wcxb-dev pages, ${rendering} rendering`, () => {
      const dir = join(shared!, 'corpus', 'wcxb-dev', 'text', rendering);
      for (const name of readdirSync(dir).sort().slice(0, 25)) {
        const text = readFileSync(join(dir, name), 'utf8');
        const blocks = splitBlocks(text).blocks.map((block) => printedText(block.text));
        const printed = toText(declutter(text)).replace(/\n$/, '');
        const paragraphs = printed === '' ? [] : printed.split('\n\n');
        expect(isSubsequence(paragraphs, blocks), `${rendering}/${name}`).toBe(true);
      }
    });
  }
});
