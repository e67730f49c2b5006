// What a change to the cue lexicon changes: the blocks of a corpus's pages whose cues differ between two builds,
// counted by their gold label (1 body, 0 boilerplate, null neither: a snippet corpus labels few blocks), then each
// changed block not labelled boilerplate, with the AFTER build's verdict on it (kept or dropped). Run after
// `npm run build` in both checkouts:
//   node scripts/cue-changes.mjs BEFORE AFTER [--corpus ../shared/corpus/wcxb-dev] [--split train] [--rendering paras]
import {twoBuildsCommand} from './two-builds.mjs';

const {values, roots, load} = twoBuildsCommand('node scripts/cue-changes.mjs BEFORE AFTER [options]', {
  corpus: {type: 'string', default: new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname},
  split: {type: 'string', default: 'train'},
  rendering: {type: 'string', default: 'paras'},
});
const [before, after] = await Promise.all(roots.map((root) => load(root, 'features/lexicon.js')));
const {declutter} = await load(roots[1], 'index.js');
const {Corpus} = await load(roots[1], 'learn/corpus.js');
const {inSplit} = await load(roots[1], 'learn/split.js');
const {labelBlocks} = await load(roots[1], 'learn/align.js');
const corpus = new Corpus(values.corpus);
const cueNames = (lexicon, text) => lexicon.matchCues(text).map((cue) => cue.name).join(',') || '-';
const changes = new Map();
const notBoilerplate = [];
for (const id of corpus.ids()) {
  if (!inSplit(id, values.split)) continue;
  const text = corpus.text(id, values.rendering);
  if (text === undefined) continue;
  const doc = declutter(text, {format: values.rendering === 'html' ? 'html' : 'text'});
  const labels = labelBlocks(doc.blocks.map((block) => block.text), corpus.gold(id));
  doc.blocks.forEach((block, i) => {
    const [was, is] = [cueNames(before, block.text), cueNames(after, block.text)];
    if (was === is) return;
    const key = `${labels[i]}\t${was} -> ${is}`;
    changes.set(key, (changes.get(key) ?? 0) + 1);
    if (labels[i] !== 0) notBoilerplate.push(`${id}\t${labels[i]}\t${block.kept ? 'kept' : 'dropped'}\t${was} -> ${is}\t${block.text.slice(0, 120)}`);
  });
}
console.log('blocks\tlabel\tcues before -> after');
for (const [key, blocks] of [...changes].sort((a, b) => b[1] - a[1])) console.log(`${blocks}\t${key}`);
console.log('\nchanged blocks not labelled boilerplate (id, label, verdict after, cues):');
for (const line of notBoilerplate) console.log(line);
