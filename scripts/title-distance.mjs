// Where the title scorer's candidates and picks lie: on each page of a split with a gold title, judged as `declutter()`
// judges it up to the title rule, every candidate and the pick counted by how far above the first kept block it lies
// (under it: "below"), and of the picks, those whose words are the gold title's (`sameTitle`). What a narrower window
// of candidates (LOOK_BACK in src/score/title.ts) would leave out. Run after `npm run build`:
//   node scripts/title-distance.mjs [train|val] [RENDERING] [CORPUS]
import {analyze} from '../dist/pipeline/analyze.js';
import {judgeBlocks} from '../dist/pipeline/judge.js';
import {defaultModel} from '../dist/pipeline/model.js';
import {CONTEXT_RULES} from '../dist/rules/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {scorerFor} from '../dist/score/model.js';
import {chooseTitle, titleCandidates} from '../dist/score/title.js';
import {sameTitle} from '../dist/text/words.js';

const split = process.argv[2] ?? 'train';
const rendering = process.argv[3] ?? 'paras';
const corpus = new Corpus(process.argv[4] ?? new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
const model = defaultModel();
const rulesBeforeTitle = CONTEXT_RULES.slice(0, CONTEXT_RULES.findIndex((rule) => rule.name === 'learned-title'));

const BANDS = [
  ['below', -Infinity, -1],
  ['0-5', 0, 5],
  ['6-10', 6, 10],
  ['11-15', 11, 15],
  ['16-20', 16, 20],
  ['21-30', 21, 30],
  ['31-40', 31, 40],
];
const bandOf = (above) => BANDS.findIndex(([, low, high]) => above >= low && above <= high);
const counts = BANDS.map(() => ({candidates: 0, picks: 0, right: 0}));
let pages = 0;
let untitled = 0;
for (const id of corpus.ids()) {
  if (!inSplit(id, split)) continue;
  const gold = corpus.gold(id).title;
  const text = corpus.text(id, rendering);
  if (!gold || text === undefined) continue;
  pages++;
  const analysis = analyze(text);
  const {verdicts} = judgeBlocks(analysis, scorerFor(model, analysis.layout === 'html'), {model}, rulesBeforeTitle);
  const context = {verdicts, descriptions: analysis.descriptions, texts: analysis.texts};
  const firstKept = verdicts.findIndex((v) => v.kept);
  for (const i of titleCandidates(context)) counts[bandOf(firstKept - i)].candidates++;
  const pick = chooseTitle(model.title, context);
  if (pick < 0) {
    untitled++;
    continue;
  }
  const band = counts[bandOf(firstKept - pick)];
  band.picks++;
  if (sameTitle(analysis.texts[pick], gold)) band.right++;
}
console.log(`${split}, ${rendering}: ${pages} pages with a gold title, ${untitled} without a pick`);
console.log('blocks above the first kept | candidates | picks | of them the gold title');
BANDS.forEach(([name], b) => console.log(`${name.padEnd(27)} | ${String(counts[b].candidates).padStart(10)} | ${String(counts[b].picks).padStart(5)} | ${counts[b].right}`));
