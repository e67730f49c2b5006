// The short lines declutter keeps most often across the pages of one language: a site's furniture is its own, but the
// strings a publishing system ships (a comment form, "Related posts", "Search for:") recur from site to site, and a
// recurring kept one is a cue the lexicon lacks. Lines of up to 14 words, each counted once a page (digits folded to
// 0), listed where two pages or more keep them. Run after `npm run build`:
//   node scripts/kept-lines.mjs [--corpus ../shared/corpus/traf-dev] [--language deu] [--rendering paras] [--split train]
//     [--top 100]
import {parseArgs} from 'node:util';
import {declutter} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: new URL('../../shared/corpus/traf-dev', import.meta.url).pathname},
    language: {type: 'string', default: 'deu'},
    rendering: {type: 'string', default: 'paras'},
    split: {type: 'string', default: 'train'},
    top: {type: 'string', default: '100'},
  },
});
// A line of more words is prose more often than furniture.
const MAX_WORDS = 14;
const corpus = new Corpus(values.corpus);
const pagesWith = new Map();
for (const id of corpus.ids()) {
  if (!inSplit(id, values.split)) continue;
  const text = corpus.text(id, values.rendering);
  if (text === undefined) continue;
  const doc = declutter(text, {format: values.rendering === 'html' ? 'html' : 'text'});
  if (doc.language !== values.language) continue;
  const seen = new Set();
  for (const block of doc.blocks) {
    if (!block.kept) continue;
    const key = block.text.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
    if (key.split(' ').length > MAX_WORDS || seen.has(key)) continue;
    seen.add(key);
    pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
}
const ranked = [...pagesWith].filter(([, pages]) => pages >= 2).sort((a, b) => b[1] - a[1]);
for (const [line, pages] of ranked.slice(0, Number(values.top))) console.log(`${pages}\t${line}`);
