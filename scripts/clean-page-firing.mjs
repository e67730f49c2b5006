// How often the page-structure stage takes a scraped page for clean text (`src/structure/clean-page.ts`) and keeps
// all of it: over the train ids of both corpora, every rendering, the pages where it kept a block the scorer or the
// page structure had dropped, and how many such blocks. Cleaned text should trigger it; scraped pages almost never.
// Run after `npm run build`:
//   node scripts/clean-page-firing.mjs [CORPUS...]
import {join} from 'node:path';
import {declutter} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {splitOf} from '../dist/learn/split.js';
import {CLEAN_PAGE} from '../dist/structure/clean-page.js';

const root = new URL('../../shared/corpus/', import.meta.url).pathname;
const corpora = process.argv.length > 2 ? process.argv.slice(2) : ['wcxb-dev', 'traf-dev'];
const RENDERINGS = ['paras', 'blocks', 'lynx', 'region', 'html'];

for (const rendering of RENDERINGS) {
  let pages = 0;
  let fired = 0;
  let blocks = 0;
  for (const corpus of corpora) {
    const pagesOf = new Corpus(join(root, corpus));
    for (const id of pagesOf.ids().filter((id) => splitOf(id) === 'train')) {
      let doc;
      try {
        doc = declutter(pagesOf.text(id, rendering));
      } catch {
        continue; // a page that cannot be read (NUL bytes) is no scraped page to judge
      }
      pages++;
      const kept = doc.blocks.filter((block) => block.reasons.includes(CLEAN_PAGE)).length;
      if (kept > 0) fired++;
      blocks += kept;
    }
  }
  console.log(`${rendering.padEnd(7)} ${fired} of ${pages} train pages (${((100 * fired) / pages).toFixed(1)}%) taken for clean text, ${blocks} blocks kept by it`);
}
