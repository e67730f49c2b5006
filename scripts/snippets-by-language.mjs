// Snippet precision, recall and F of two builds, pooled by each page's language as declutter detects it (German,
// English, the rest): what a change does to the pages in the languages the model did not learn from. Uses the metric of
// `declutter eval` on the text format's output. Run after `npm run build` in both checkouts:
//   node scripts/snippets-by-language.mjs BEFORE AFTER [--corpus ../shared/corpus/traf-dev] [--split val]
//     [--renderings paras,html]
import {twoBuildsCommand} from './two-builds.mjs';

const {values, roots, load} = twoBuildsCommand('node scripts/snippets-by-language.mjs BEFORE AFTER [options]', {
  corpus: {type: 'string', default: new URL('../../shared/corpus/traf-dev', import.meta.url).pathname},
  split: {type: 'string', default: 'val'},
  renderings: {type: 'string', default: 'paras,html'},
});
const builds = await Promise.all(roots.map((root) => load(root, 'index.js')));
const {snippetCounts, harmonicMean} = await load(roots[1], 'eval/metrics.js');
const {Corpus} = await load(roots[1], 'learn/corpus.js');
const {inSplit} = await load(roots[1], 'learn/split.js');
const corpus = new Corpus(values.corpus);
const LANGUAGES = ['deu', 'eng', 'other'];
const figures = ({tp, fp, fn}) => {
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return [precision, recall, harmonicMean(precision, recall)].map((x) => x.toFixed(3)).join(' / ');
};

console.log('rendering\tlanguage\tpages\tP / R / F before -> after');
for (const rendering of values.renderings.split(',')) {
  const sums = new Map();
  for (const id of corpus.ids()) {
    if (!inSplit(id, values.split)) continue;
    const gold = corpus.gold(id);
    if (!gold.with?.length && !gold.without?.length) continue;
    const text = corpus.text(id, rendering);
    if (text === undefined) continue;
    builds.forEach((build, b) => {
      const doc = build.declutter(text, {format: rendering === 'html' ? 'html' : 'text'});
      const language = LANGUAGES.includes(doc.language) ? doc.language : 'other';
      const counts = snippetCounts(build.toText(doc), gold.with ?? [], gold.without ?? []);
      const key = `${language} ${b}`;
      const sum = sums.get(key) ?? {tp: 0, fp: 0, fn: 0, pages: 0};
      sums.set(key, {tp: sum.tp + counts.tp, fp: sum.fp + counts.fp, fn: sum.fn + counts.fn, pages: sum.pages + 1});
    });
  }
  for (const language of LANGUAGES) {
    // Both builds detect languages alike; a language one of them found no page in prints a dash.
    const [before, after] = [0, 1].map((b) => sums.get(`${language} ${b}`));
    const shown = (sum) => (sum ? figures(sum) : '-');
    if (before || after) console.log(`${rendering}\t${language}\t${(before ?? after).pages}\t${shown(before)} -> ${shown(after)}`);
  }
}
