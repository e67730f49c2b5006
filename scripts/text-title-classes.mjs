// Out of fold on the train ids, the text pages' titles sorted into classes: the gold title is no block of the text (no
// rule can print it: the ceiling), named none or another; it is a block and none was named; another line was named,
// by its kind (the title with more words, a site's suffix or a kicker; a part of the title; a line within two blocks of
// the gold's; a short line of three words or fewer, a site's or a section's name; another headline); or the title is
// the gold's. Titles are compared as `declutter eval` compares them; each page is cleaned by its fold's model (the
// folds of scripts/cross-validate.mjs) with its URL from the gold. Run after `npm run build`:
//   node scripts/text-title-classes.mjs [--dir cv] [--models base] [--renderings paras,blocks,lynx]
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {declutter} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {foldOf} from '../dist/learn/split.js';
import {loadGold} from '../dist/eval/run.js';
import {loadModel} from '../dist/pipeline/model.js';
import {pythonWords, sameTitle} from '../dist/text/words.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    dir: {type: 'string', default: 'cv'},
    models: {type: 'string', default: 'base'},
    renderings: {type: 'string', default: 'paras,blocks,lynx'},
  },
});
const FOLDS = 2;
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const models = Array.from({length: FOLDS}, (_, k) => loadModel(JSON.parse(readFileSync(join(values.dir, values.models, `model-${k}.json`), 'utf8'))));
const pages = loadGold(corpus, 'train').filter((page) => page.title);
const CLASSES = ['right', 'absent, none', 'absent, another', 'present, none', 'more words', 'part', 'near', 'short', 'another headline'];

// A title's words joined, so that one title is found inside another at word bounds.
const phrase = (text) => ` ${pythonWords(text.toLowerCase()).join(' ')} `;

function classOf(doc, gold) {
  if (doc.title !== null && sameTitle(doc.title, gold)) return 'right';
  const at = doc.blocks.flatMap((block, i) => (sameTitle(block.text, gold) ? [i] : []));
  if (at.length === 0) return doc.title === null ? 'absent, none' : 'absent, another';
  if (doc.title === null) return 'present, none';
  if (phrase(doc.title).includes(phrase(gold))) return 'more words';
  if (phrase(gold).includes(phrase(doc.title))) return 'part';
  if (at.some((i) => Math.abs(i - doc.titleBlock) <= 2)) return 'near';
  return pythonWords(doc.title).length <= 3 ? 'short' : 'another headline';
}

for (const rendering of values.renderings.split(',')) {
  const counts = new Map(CLASSES.map((name) => [name, 0]));
  let read = 0;
  for (const page of pages) {
    let text;
    try {
      text = corpus.text(page.id, rendering);
    } catch {
      continue;
    }
    read++;
    const doc = declutter(text, {model: models[foldOf(page.id, FOLDS)], url: page.url || undefined});
    const name = classOf(doc, page.title);
    counts.set(name, counts.get(name) + 1);
  }
  console.log(`${rendering}, ${read} pages with a gold title`);
  for (const [name, n] of counts) console.log(`  ${name.padEnd(18)} ${String(n).padStart(4)}  ${(n / read).toFixed(3)}`);
}
