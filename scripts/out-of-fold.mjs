// What the scripts that measure a change out of fold share: the fold models of a cross-validation, the pages of a
// split with their text, a text's word count, the output as the text format prints it with some kept blocks left out,
// and a line of word and snippet figures.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {summarize, wordFor} from '../dist/eval/aggregate.js';
import {loadGold} from '../dist/eval/run.js';
import {loadModel} from '../dist/pipeline/model.js';
import {InputError} from '../dist/read/decode.js';

/** How many words a block or a text has, as white space parts them. */
export const wordCount = (text) => (text.match(/\S+/g) ?? []).length;

/** The two fold models `cross-validate.mjs` wrote to `dir` (model-0.json, model-1.json), the one of fold k at k. */
export function foldModels(dir) {
  if (!dir) throw new Error('name the fold models with --models DIR (model-0.json, model-1.json)');
  return [0, 1].map((k) => loadModel(JSON.parse(readFileSync(join(dir, `model-${k}.json`), 'utf8'))));
}

/**
 * Each page of the corpus's `split` with its text in `rendering` (undefined where the corpus has none); a page whose
 * text the reader refuses (the corpus has one of NUL bytes) is passed over.
 */
export function* pagesWithText(corpus, rendering, split = 'train') {
  for (const gold of loadGold(corpus, split)) {
    let text;
    try {
      text = corpus.text(gold.id, rendering);
    } catch (error) {
      if (error instanceof InputError) continue;
      throw error;
    }
    yield {gold, text};
  }
}

/** The page's output as the text format prints it, a kept block left out where `keep` refuses it (the title stays). */
export function printed(doc, keep) {
  const parts = doc.titleBlock === null ? [] : [doc.blocks[doc.titleBlock].text];
  doc.blocks.forEach((block, i) => {
    if (block.kept && i !== doc.titleBlock && keep(i)) parts.push(block.text);
  });
  return parts.join('\n\n');
}

const f = (x) => x.toFixed(4);
const TYPES = ['forum', 'listing', 'product', 'collection', 'service', 'documentation'];

/** One line of figures for pages scored by `scorePage`: word P / R / F1 of all pages and articles, the types, snippet F. */
export function reportWords(name, scores, width) {
  const summary = summarize(scores);
  const words = (type) => {
    const w = wordFor(summary, type);
    return `${f(w.precision)} / ${f(w.recall)} / ${f(w.f1)}`;
  };
  const types = TYPES.map((type) => `${type} ${f(wordFor(summary, type)?.f1 ?? Number.NaN)}`).join(', ');
  console.log(`  ${name.padEnd(width)} all ${words('all')}  articles ${words('article')}  snippet F ${f(summary.snippets.f1)}  (${types})`);
}

/** Snippet P / R / F of pages scored by `scorePage`, to four places. */
export function snippetFigures(scores) {
  const {precision, recall, f1} = summarize(scores).snippets;
  return `${f(precision)} / ${f(recall)} / ${f(f1)}`;
}
