// The bracketed openings of the title scorer's candidates that `startsWithBracket` reads as a text browser's mark
// ("(BUTTON)", "[IMG]", but also "[2025]", "[Official thread]"), counted per corpus and rendering, with the gold titles among them: which marks a rendering puts before the lines the title
// scorer weighs. Each page is judged by the bundled model as `learned-title` sees it. Run after `npm run build`:
//   node scripts/title-candidate-openings.mjs [--renderings paras,blocks,lynx,region] [corpus ...]
// (default corpora ../shared/corpus/wcxb-dev and ../shared/corpus/traf-dev, every id).
import {parseArgs} from 'node:util';
import {Corpus} from '../dist/learn/corpus.js';
import {analyze} from '../dist/pipeline/analyze.js';
import {judgeBlocks} from '../dist/pipeline/judge.js';
import {defaultModel} from '../dist/pipeline/model.js';
import {CONTEXT_RULES} from '../dist/rules/index.js';
import {scorerFor} from '../dist/score/model.js';
import {titleCandidates} from '../dist/score/title.js';
import {sameTitle} from '../dist/text/words.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {renderings: {type: 'string', default: 'paras,blocks,lynx,region'}},
});
const corpora = positionals.length ? positionals : ['../shared/corpus/wcxb-dev', '../shared/corpus/traf-dev'];
const RULES_BEFORE_TITLE = CONTEXT_RULES.slice(0, CONTEXT_RULES.findIndex((rule) => rule.name === 'learned-title'));
const OPENING = /^(?:\([A-Z]{2,}\)|\[[^\]]{1,40}\])/u;
const model = defaultModel();
const textScorer = scorerFor(model, false);

for (const root of corpora) {
  const corpus = new Corpus(root);
  for (const rendering of values.renderings.split(',')) {
    const counts = new Map();
    const golds = [];
    for (const id of corpus.ids()) {
      const text = corpus.text(id, rendering);
      if (text === undefined) continue;
      const gold = corpus.gold(id);
      const {texts, descriptions, rows} = analyze(text, {withoutWordScores: true});
      const {verdicts} = judgeBlocks({texts, descriptions, rows}, textScorer, {model}, RULES_BEFORE_TITLE);
      for (const i of titleCandidates({verdicts, descriptions, texts})) {
        const opening = OPENING.exec(texts[i])?.[0];
        if (!opening) continue;
        counts.set(opening, (counts.get(opening) ?? 0) + 1);
        if (gold.title && sameTitle(texts[i], gold.title)) golds.push(`${id}: ${texts[i].slice(0, 80)}`);
      }
    }
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    const total = sorted.reduce((sum, [, n]) => sum + n, 0);
    console.log(`${corpus.name} ${rendering}: ${total} candidates open on brackets, ${sorted.length} distinct`);
    console.log(`  ${sorted.slice(0, 20).map(([opening, n]) => `${opening} ${n}`).join(', ')}`);
    for (const line of golds) console.log(`  gold title: ${line}`);
  }
}
