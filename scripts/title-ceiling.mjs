// How far the text renderings' titles can go: of the pages of a split with a gold title, the share whose gold title
// is a block of the text at all (same words in order, as `declutter eval` compares titles), and, where the document's
// title is not the gold one, where the gold block lies. Each page is cleaned with its URL from the gold, as
// `declutter eval` cleans it; `--no-url` cleans the text alone. Run after `npm run build`:
//   node scripts/title-ceiling.mjs [train|val] [RENDERING,...] [CORPUS] [--no-url]
import {declutter} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {sameTitle} from '../dist/text/words.js';

const withUrl = !process.argv.includes('--no-url');
const args = process.argv.slice(2).filter((arg) => arg !== '--no-url');
const split = args[0] ?? 'val';
const renderings = (args[1] ?? 'paras,blocks,lynx,region').split(',');
const corpus = new Corpus(args[2] ?? new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
// How far above the first kept block the title scorer looks (LOOK_BACK in src/score/title.ts).
const LOOK_BACK = 40;

for (const rendering of renderings) {
  const count = {pages: 0, right: 0, wrong: 0, block: 0};
  const misses = {keptNotTitle: 0, droppedNear: 0, droppedFar: 0, belowKept: 0, noBlock: 0};
  for (const id of corpus.ids()) {
    if (!inSplit(id, split)) continue;
    const gold = corpus.gold(id);
    const text = gold.title ? corpus.text(id, rendering) : undefined;
    if (text === undefined) continue;
    const url = withUrl && gold.url ? {url: gold.url} : {};
    const doc = declutter(text, {format: rendering === 'html' ? 'html' : 'text', ...url});
    count.pages++;
    const right = doc.title !== null && sameTitle(doc.title, gold.title);
    if (right) count.right++;
    else if (doc.title !== null) count.wrong++;
    const at = doc.blocks.findIndex((block) => sameTitle(block.text, gold.title));
    if (at >= 0) count.block++;
    if (right) continue;
    const firstKept = doc.blocks.findIndex((block) => block.kept);
    if (at < 0) misses.noBlock++;
    else if (doc.blocks[at].kept) misses.keptNotTitle++;
    else if (firstKept >= 0 && at > firstKept) misses.belowKept++;
    else if (firstKept - at <= LOOK_BACK) misses.droppedNear++;
    else misses.droppedFar++;
  }
  const share = (n) => (n / count.pages).toFixed(3);
  console.log(`${split} ${rendering}${withUrl ? '' : ' (no url)'}, ${count.pages} pages with a gold title`);
  console.log(`  title same ${share(count.right)}, wrong ${share(count.wrong)}; gold title a block of the text ${share(count.block)}`);
  console.log(
    `  not same, the gold block: kept but not the title ${share(misses.keptNotTitle)}, dropped within ${LOOK_BACK} blocks above the first kept ` +
      `${share(misses.droppedNear)}, further up ${share(misses.droppedFar)}, dropped below the first kept ${share(misses.belowKept)}, no block ${share(misses.noBlock)}`,
  );
}
