// Where a right title is on HTML pages: the title the cleaned document names (`doc.title`, chosen from its blocks and
// head), the one the metadata names (`metadata.title`: that title, else og:title, JSON-LD's headline, `<title>` without
// the site's name), and what taking the metadata's where the document names none would give. Over the pages of a split with a
// gold title, compared as `declutter eval` compares titles. Run after `npm run build`:
//   node scripts/title-sources.mjs [train|val] [CORPUS]
import {declutter} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {sameTitle} from '../dist/text/words.js';

const split = process.argv[2] ?? 'val';
const corpus = new Corpus(process.argv[3] ?? new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
const count = {pages: 0, named: 0, right: 0, stated: 0, statedRight: 0, either: 0, fallbackRight: 0, fallbackWrong: 0};
for (const id of corpus.ids()) {
  if (!inSplit(id, split)) continue;
  const gold = corpus.gold(id);
  if (!gold.title) continue;
  const doc = declutter(corpus.text(id, 'html'), {format: 'html'});
  const right = doc.title !== null && sameTitle(doc.title, gold.title);
  const stated = doc.metadata.title;
  const statedRight = stated !== null && sameTitle(stated, gold.title);
  count.pages++;
  count.named += doc.title !== null;
  count.right += right;
  count.stated += stated !== null;
  count.statedRight += statedRight;
  count.either += right || statedRight;
  if (doc.title === null && stated !== null) {
    if (statedRight) count.fallbackRight++;
    else count.fallbackWrong++;
  }
}
const share = (n) => (n / count.pages).toFixed(3);
console.log(`${split}, ${count.pages} HTML pages with a gold title`);
console.log(`doc.title:       right ${share(count.right)}, named ${share(count.named)}`);
console.log(`metadata.title:  right ${share(count.statedRight)}, named ${share(count.stated)}`);
console.log(`either right:    ${share(count.either)}`);
console.log(`doc.title, else metadata.title: right ${share(count.right + count.fallbackRight)}, wrong ${share(count.named - count.right + count.fallbackWrong)}`);
