// Where a reason fires (a context rule's or the page-structure stage's name, as `-f explain` shows it): over a corpus's
// pages of one rendering, the pages and blocks that carry it in each of two builds, and the pages where the count
// differs. Run after `npm run build` in both checkouts:
//   node scripts/rule-firing.mjs BEFORE AFTER --reason readers-comments [--corpus ../shared/corpus/traf-dev]
//     [--rendering paras] [--split all]
import {twoBuildsCommand} from './two-builds.mjs';

const USAGE = 'node scripts/rule-firing.mjs BEFORE AFTER --reason NAME [options]';
const {values, roots, load} = twoBuildsCommand(USAGE, {
  reason: {type: 'string'},
  corpus: {type: 'string', default: new URL('../../shared/corpus/traf-dev', import.meta.url).pathname},
  rendering: {type: 'string', default: 'paras'},
  split: {type: 'string', default: 'all'},
});
if (!values.reason) throw new Error(`usage: ${USAGE}`);
const builds = await Promise.all(roots.map((root) => load(root, 'index.js')));
const {Corpus} = await load(roots[1], 'learn/corpus.js');
const {inSplit} = await load(roots[1], 'learn/split.js');
const corpus = new Corpus(values.corpus);
const totals = builds.map(() => ({pages: 0, blocks: 0}));
const changed = [];
for (const id of corpus.ids()) {
  if (!inSplit(id, values.split)) continue;
  const text = corpus.text(id, values.rendering);
  if (text === undefined) continue;
  const counts = builds.map((build, b) => {
    const doc = build.declutter(text, {format: values.rendering === 'html' ? 'html' : 'text'});
    const blocks = doc.blocks.filter((block) => block.reasons.includes(values.reason)).length;
    totals[b].blocks += blocks;
    if (blocks > 0) totals[b].pages++;
    return blocks;
  });
  if (counts[0] !== counts[1]) changed.push(`${id} ${counts[0]} -> ${counts[1]}`);
}
console.log(`${values.reason} on ${values.rendering}: before ${totals[0].pages} pages, ${totals[0].blocks} blocks; after ${totals[1].pages} pages, ${totals[1].blocks} blocks`);
console.log(`pages that changed (blocks before -> after): ${changed.join(', ') || 'none'}`);
