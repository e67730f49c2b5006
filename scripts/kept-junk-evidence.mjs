// What article pages keep that the gold lacks, and whether any evidence beyond the block's score tells it from body.
// Each train page of wcxb-dev is cleaned by the fold model of the cross-validation that did not learn it, with the
// whole pipeline (stage and rules), and its blocks are labelled by the gold body (`labelBlocks`). Printed per rendering:
// - the articles' kept words the gold lacks, above, inside (between its first and last block) and below the gold
//   body, by the score they were kept with, and how those inside and below spread over the pages;
// - for each piece of evidence a rule could read, the kept words it marks that the gold lacks and that the gold has,
//   on articles and on the other pages: a block below the page's last sure paragraph that scores under 0.7; a block
//   outside the sure paragraphs' span that names the site (the address's registered name, its letters and digits);
//   on HTML, a block that says the page's stated description, a block that the JSON-LD's `articleBody` lacks (pages
//   that state one of 100 words or more), and a block below the last sure paragraph that no element within four
//   levels above it shares with the sure paragraphs (a parent holding a tenth or more of their words), a block in
//   code, a table or a figure; and the title block the text format prints above the text, which the words count.
// docs/learning.md, "What article pages keep beyond their article".
//
//   npm run build
//   node scripts/kept-junk-evidence.mjs [corpus] --models cv/base [--renderings region,html]
import {parseArgs} from 'node:util';
import {declutter} from '../dist/declutter.js';
import {labelBlocks} from '../dist/learn/align.js';
import {Corpus} from '../dist/learn/corpus.js';
import {foldOf} from '../dist/learn/split.js';
import {jsonLdNodes} from '../dist/metadata/json-ld.js';
import {pageMetadata} from '../dist/metadata/page-metadata.js';
import {analyze} from '../dist/pipeline/analyze.js';
import {MARKUP_CONTEXTS} from '../dist/read/markup.js';
import {foldModels, pagesWithText, wordCount} from './out-of-fold.mjs';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {models: {type: 'string'}, renderings: {type: 'string', default: 'region,html'}},
});
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const models = foldModels(values.models);
const letters = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const tokens = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
// A paragraph the scorer is sure of, as the page-structure stage's sure body counts it.
const SURE = 0.9;
const SURE_WORDS = 20;
const LOW = 0.7;
const BANDS = [
  ['under 0.9', (s) => s < 0.9],
  ['0.9 to 0.97', (s) => s >= 0.9 && s < 0.97],
  ['0.97 or more', (s) => s >= 0.97],
];

/** The registered name of the page's host ("vrainteriors" of www.vrainteriors.com), where it has five letters or more. */
function siteName(url) {
  if (!url || !URL.canParse(url)) return undefined;
  const labels = new URL(url).hostname.split('.');
  const underSecondLevel = labels.length >= 3 && labels.at(-1).length === 2 && labels.at(-2).length <= 3;
  const name = letters(labels.at(underSecondLevel ? -3 : -2) ?? '');
  return name.length >= 5 ? name : undefined;
}

/** Whether most of a block's runs of six words lie in `body` (a text's tokens joined by spaces). */
function within(text, body) {
  const t = tokens(text);
  const n = Math.min(6, t.length);
  let hits = 0;
  for (let i = 0; i + n <= t.length; i++) if (body.includes(` ${t.slice(i, i + n).join(' ')} `)) hits++;
  return hits >= 0.5 * (t.length - n + 1);
}

/** HTML: the page's stated description and JSON-LD article body, and the blocks' elements and the tree. */
function htmlEvidence(text) {
  const {markup, tree, head} = analyze(text, {format: 'html', withoutWordScores: true});
  const description = head ? pageMetadata(head).description : null;
  const bodies = head ? head.jsonLd.flatMap((_, i) => jsonLdNodes(head.jsonLd, i)).map((node) => node['articleBody']) : [];
  const articleBody = bodies.filter((b) => typeof b === 'string' && wordCount(b) >= 100).join(' ');
  return {
    elements: markup.map((m) => m.element),
    contexts: markup.map((m) => m.contexts),
    parents: tree.parents,
    description: description && wordCount(description) >= 8 ? tokens(description).join(' ') : undefined,
    articleBody: articleBody ? ` ${tokens(articleBody).join(' ')} ` : undefined,
  };
}

/** Whether one of the four elements above `element` is among `parents`. */
function underOneOf(parents, element, shared) {
  for (let e = element, up = 0; up < 4 && e >= 0; up++) {
    e = parents[e];
    if (shared.has(e)) return true;
  }
  return false;
}

const inContext = (context) => ({i, html}) => html !== undefined && (html.contexts[i] & (1 << MARKUP_CONTEXTS.indexOf(context))) !== 0;

const EVIDENCE = {
  'the title block, printed above the text': ({i, titleBlock}) => i === titleBlock,
  [`below the last sure paragraph, under ${LOW}`]: ({i, last, score}) => i > last && score < LOW,
  'outside the sure span, names the site': ({i, first, last, text, site}) => (i < first || i > last) && site !== undefined && letters(text).includes(site),
  'says the stated description (HTML)': ({text, html}) => html?.description !== undefined && wordCount(text) >= 8 && html.description.startsWith(tokens(text).join(' ')),
  "not in the JSON-LD's articleBody (HTML)": ({text, html}) => html?.articleBody !== undefined && wordCount(text) >= 4 && !within(text, html.articleBody),
  'below the last sure paragraph, apart from their parents (HTML)': ({i, last, html, shared}) =>
    html !== undefined && i > last && html.elements[i] >= 0 && !underOneOf(html.parents, html.elements[i], shared),
  'in code (HTML)': inContext('code'),
  'in a table (HTML)': inContext('table'),
  'in a figure (HTML)': inContext('figure'),
};

for (const rendering of values.renderings.split(',')) {
  const positions = new Map();
  // Each article's kept words the gold lacks inside and below the gold body: how they spread over the pages.
  const perPage = {inside: [], below: []};
  const evidence = new Map(Object.keys(EVIDENCE).map((name) => [name, {article: [0, 0], other: [0, 0]}]));
  for (const {gold, text = ''} of pagesWithText(corpus, rendering)) {
    if (!gold.mainContent) continue;
    const doc = declutter(text, {model: models[foldOf(gold.id, 2)], url: gold.url || undefined});
    const texts = doc.blocks.map((b) => b.text);
    const labels = labelBlocks(texts, corpus.gold(gold.id));
    const html = rendering === 'html' ? htmlEvidence(text) : undefined;
    const words = texts.map(wordCount);
    const sure = doc.blocks.flatMap((b, i) => (b.kept && b.score >= SURE && words[i] >= SURE_WORDS ? [i] : []));
    const isArticle = gold.pageType === 'article';
    if (isArticle) {
      const firstGold = labels.indexOf(1);
      const lastGold = labels.lastIndexOf(1);
      const page = {above: 0, inside: 0, below: 0};
      doc.blocks.forEach((b, i) => {
        if (!b.kept || labels[i] !== 0 || firstGold < 0) return;
        const where = i < firstGold ? 'above' : i > lastGold ? 'below' : 'inside';
        const band = BANDS.find(([, holds]) => holds(b.score))[0];
        const key = `${where}, ${band}`;
        positions.set(key, (positions.get(key) ?? 0) + words[i]);
        page[where] += words[i];
      });
      for (const where of ['inside', 'below']) if (page[where] > 0) perPage[where].push(page[where]);
    }
    if (sure.length === 0) continue;
    // The sure paragraphs' parents that hold a tenth or more of their words.
    const shared = new Set();
    if (html) {
      const byParent = new Map();
      for (const i of sure) byParent.set(html.parents[html.elements[i]], (byParent.get(html.parents[html.elements[i]]) ?? 0) + words[i]);
      const total = sure.reduce((sum, i) => sum + words[i], 0);
      for (const [parent, w] of byParent) if (w >= 0.1 * total) shared.add(parent);
    }
    const site = siteName(gold.url);
    doc.blocks.forEach((b, i) => {
      if (!b.kept || labels[i] === null) return;
      const block = {i, first: sure[0], last: sure.at(-1), score: b.score, text: texts[i], site, html, shared, titleBlock: doc.titleBlock};
      for (const [name, marks] of Object.entries(EVIDENCE)) {
        // The title block is printed as the title: it counts in its own row alone.
        if (i === doc.titleBlock && name !== 'the title block, printed above the text') continue;
        if (marks(block)) evidence.get(name)[isArticle ? 'article' : 'other'][labels[i]] += words[i];
      }
    });
  }
  console.log(`\n${rendering}: articles' kept words the gold lacks, by where they lie and their score`);
  console.log('| where | under 0.9 | 0.9 to 0.97 | 0.97 or more |\n|---|---|---|---|');
  for (const where of ['above', 'inside', 'below']) console.log(`| ${where} | ${BANDS.map(([band]) => positions.get(`${where}, ${band}`) ?? 0).join(' | ')} |`);
  for (const [where, pages] of Object.entries(perPage)) {
    const sum = (list) => list.reduce((a, b) => a + b, 0);
    const largest = sum([...pages].sort((a, b) => b - a).slice(0, 10));
    console.log(`${where}: ${sum(pages)} words on ${pages.length} pages, ${largest} of them on the ten pages that keep the most`);
  }
  console.log(`\n${rendering}: kept words each piece of evidence marks, the gold lacks / the gold has`);
  console.log('| evidence | articles | other pages |\n|---|---|---|');
  for (const [name, {article, other}] of evidence) if (rendering === 'html' || !name.endsWith('(HTML)')) console.log(`| ${name} | ${article[0]} / ${article[1]} | ${other[0]} / ${other[1]} |`);
}
