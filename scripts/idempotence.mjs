// Idempotence over the corpora: clean every page (the paras and html renderings of each corpus), clean the text
// output again, and count the pages whose second pass keeps the first pass's output whole. Prints the share and, for
// every page that loses something, which of its printed blocks the second pass dropped: the title, the first or last
// body block, or one in between, with the block's words (cut short) and the second pass's verdict on it.
// Run after `npm run build`:
//   node scripts/idempotence.mjs [CORPUS...]
import {join} from 'node:path';
import {declutter, toText} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {cleanTwice} from './idempotence-check.mjs';

const root = new URL('../../shared/corpus/', import.meta.url).pathname;
const corpora = process.argv.length > 2 ? process.argv.slice(2) : ['wcxb-dev', 'traf-dev'];
const RENDERINGS = ['paras', 'html'];

let pages = 0;
let whole = 0;
const byReason = new Map();
for (const corpus of corpora) {
  const pagesOf = new Corpus(join(root, corpus));
  for (const rendering of RENDERINGS) {
    for (const id of pagesOf.ids()) {
      const result = cleanTwice(pagesOf.text(id, rendering), {declutter, toText});
      pages++;
      if (result.whole) {
        whole++;
        continue;
      }
      for (const loss of result.lost) byReason.set(loss.where, (byReason.get(loss.where) ?? 0) + 1);
      const lost = result.lost.map((loss) => `${loss.where} (${loss.label}, ${loss.score}): ${JSON.stringify(loss.text.slice(0, 70))}`);
      console.log(`${corpus} ${rendering} ${id}: ${lost.join('; ')}`);
    }
  }
}
console.log(`\n${whole} of ${pages} pages (${((100 * whole) / pages).toFixed(2)}%) keep their text output whole when cleaned again`);
console.log(`blocks lost: ${[...byReason].map(([where, count]) => `${where} ${count}`).join(', ') || 'none'}`);
