// Markdown input, measured: each val page of wcxb-dev as Markdown, the way a scraper that writes Markdown gives it
// (its HTML through rehype-parse, rehype-remark, remark-gfm and remark-stringify: menus, teasers and footers kept as
// lists of links and paragraphs), cleaned with `format: 'markdown'`, and the same Markdown cleaned as text, against
// the gold body. Prints word P / R / F1 of all pages and of articles, and snippet F, beside the paras rendering and the
// HTML as fetched, and the CPU seconds each way took to clean them (in one process, the first pages warming it up).
// Run after `npm run build`:
//   node scripts/markdown-input-eval.mjs [--split val|train] [--limit N]
import {parseArgs} from 'node:util';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {declutter, toText} from '../dist/index.js';
import {scorePage, summarize, wordFor} from '../dist/eval/aggregate.js';
import {loadGold} from '../dist/eval/run.js';
import {Corpus} from '../dist/learn/corpus.js';

const {values} = parseArgs({options: {split: {type: 'string', default: 'val'}, limit: {type: 'string'}}});
const corpus = new Corpus(new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
const toMarkdown = unified().use(rehypeParse).use(rehypeRemark).use(remarkGfm).use(remarkStringify);
const pages = loadGold(corpus, values.split).slice(0, values.limit ? Number(values.limit) : undefined);
const ways = {'Markdown, read as Markdown': [], 'Markdown, read as text': [], 'paras (text)': [], 'html (as fetched)': []};
const seconds = Object.fromEntries(Object.keys(ways).map((way) => [way, 0]));
/** The text output of one way of cleaning, its CPU time added to the way's. */
function timed(way, clean) {
  const start = process.cpuUsage();
  const text = toText(clean());
  const used = process.cpuUsage(start);
  seconds[way] += (used.user + used.system) / 1e6;
  return text;
}
// Pages the converter itself fails on (hast-util-to-mdast throws on some base URLs) are left out of every row.
let unconverted = 0;
for (const page of pages) {
  const html = corpus.text(page.id, 'html');
  let markdown;
  try {
    markdown = String(toMarkdown.processSync(html));
  } catch {
    unconverted++;
    continue;
  }
  const url = page.url || undefined;
  const paras = corpus.text(page.id, 'paras');
  ways['Markdown, read as Markdown'].push(scorePage(timed('Markdown, read as Markdown', () => declutter(markdown, {format: 'markdown', url})), page));
  ways['Markdown, read as text'].push(scorePage(timed('Markdown, read as text', () => declutter(markdown, {format: 'text', url})), page));
  ways['paras (text)'].push(scorePage(timed('paras (text)', () => declutter(paras, {url})), page));
  ways['html (as fetched)'].push(scorePage(timed('html (as fetched)', () => declutter(html, {format: 'html', url})), page));
}
const f = (x) => x.toFixed(3);
console.log(`wcxb-dev ${values.split} ids, ${pages.length - unconverted} pages (${unconverted} the converter failed on): word P / R / F1, all pages and articles; snippet F`);
for (const [name, scores] of Object.entries(ways)) {
  const summary = summarize(scores);
  const words = (type) => {
    const w = wordFor(summary, type);
    return `${f(w.precision)} / ${f(w.recall)} / ${f(w.f1)}`;
  };
  console.log(`  ${name.padEnd(28)} all ${words('all')}  articles ${words('article')}  snippet F ${f(summary.snippets.f1)}  ${seconds[name].toFixed(1)} CPU s`);
}
