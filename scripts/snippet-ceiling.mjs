// The most snippet F any cleaner can reach on a corpus's rendering, if it keeps the page's characters as they are
// (declutter does: output paragraphs are input paragraphs): the share of gold `with` snippets that the rendering holds
// at all is the best recall, and precision at best is 1. Uses the metric of `declutter eval` (src/eval/metrics.ts).
//
//   node scripts/snippet-ceiling.mjs ../shared/corpus/wcxb-dev [--split val] [--renderings paras,blocks,lynx,region]
import {parseArgs} from 'node:util';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {harmonicMean, snippetCounts} from '../dist/eval/metrics.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {split: {type: 'string', default: 'val'}, renderings: {type: 'string', default: 'paras,blocks,lynx,region'}},
});
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
for (const rendering of values.renderings.split(',')) {
  let found = 0;
  let snippets = 0;
  for (const id of corpus.ids()) {
    if (!inSplit(id, values.split)) continue;
    const text = corpus.text(id, rendering);
    if (text === undefined) continue;
    const counts = snippetCounts(text, corpus.gold(id).with ?? [], []);
    found += counts.tp;
    snippets += counts.tp + counts.fn;
  }
  const recall = snippets ? found / snippets : 0;
  console.log(`${corpus.name} ${rendering}: ${found} of ${snippets} snippets in the text, best recall ${recall.toFixed(3)}, best snippet F ${harmonicMean(1, recall).toFixed(3)}`);
}
