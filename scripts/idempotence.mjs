// Idempotence over the corpora: clean every page (the paras and html renderings of each corpus), clean the text
// output again, and count the pages whose second pass keeps the first pass's output whole. Prints the share and, for
// every page that loses something, which of its printed blocks the second pass dropped: the title, the first or last
// body block, or one in between, with the block's words (cut short) and the second pass's verdict on it; and, over
// those pages, why the clean-page step did not keep them whole: how many of the second pass's blocks the scorer is
// sure are junk, and whether a cue names the one there is.
// Run after `npm run build`:
//   node scripts/idempotence.mjs [CORPUS...]
import {join} from 'node:path';
import {declutter, matchCues, toText} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {SURE_JUNK} from '../dist/structure/clean-page.js';
import {cleanTwice} from './idempotence-check.mjs';

const root = new URL('../../shared/corpus/', import.meta.url).pathname;
const corpora = process.argv.length > 2 ? process.argv.slice(2) : ['wcxb-dev', 'traf-dev'];
const RENDERINGS = ['paras', 'html'];

let pages = 0;
let whole = 0;
const byReason = new Map();
const whyNot = new Map();
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
      const why = whyNotClean(result.second);
      whyNot.set(why, (whyNot.get(why) ?? 0) + 1);
      const lost = result.lost.map((loss) => `${loss.where} (${loss.label}, ${loss.score}): ${JSON.stringify(loss.text.slice(0, 70))}`);
      console.log(`${corpus} ${rendering} ${id}: ${lost.join('; ')}`);
    }
  }
}
console.log(`\n${whole} of ${pages} pages (${((100 * whole) / pages).toFixed(2)}%) keep their text output whole when cleaned again`);
console.log(`blocks lost: ${[...byReason].map(([where, count]) => `${where} ${count}`).join(', ') || 'none'}`);
console.log(`sure-junk blocks in their second pass: ${[...whyNot].sort().map(([why, count]) => `${why} ${count}`).join(', ') || 'none'}`);

/** Why the second pass took the output for a scraped page: its sure-junk blocks, by number, and a cue on a lone one. */
function whyNotClean(doc) {
  const sureJunk = doc.blocks.filter((block) => block.score < SURE_JUNK);
  if (sureJunk.length === 1) return matchCues(sureJunk[0].text).length > 0 ? 'one, named by a cue' : 'one, named by no cue';
  return sureJunk.length === 0 ? 'none printed under it (scores are rounded)' : sureJunk.length <= 5 ? '2 to 5' : '6 or more';
}
