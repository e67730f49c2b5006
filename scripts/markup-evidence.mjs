// How far the article markup that publishers add could carry the HTML reader: per page type, how many pages mark their
// body (`itemprop="articleBody"`, a JSON-LD `articleBody`), and on the pages with a JSON-LD `articleBody`, how close
// that text alone comes to the gold body, beside declutter's own extraction of the page as fetched. Measured before
// building markup evidence into the page-structure stage (docs/learning.md, "Tried and not shipped").
//
//   npm run build
//   node scripts/markup-evidence.mjs [corpus] [--split train|val|all]   # default ../shared/corpus/wcxb-dev, train
import {parseArgs} from 'node:util';
import {Corpus} from '../dist/learn/corpus.js';
import {declutterMethod, loadGold} from '../dist/eval/run.js';
import {wordScore} from '../dist/eval/metrics.js';

const {values, positionals} = parseArgs({allowPositionals: true, options: {split: {type: 'string', default: 'train'}}});
const corpus = new Corpus(positionals[0] ?? '../shared/corpus/wcxb-dev');
const method = declutterMethod({declutter: {}, title: false});

const ITEMPROP_BODY = /itemprop\s*=\s*["']?articleBody\b/i;
const JSON_LD = /<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi;

/** The longest `articleBody` string in the page's JSON-LD blocks, or undefined. */
function jsonLdArticleBody(html) {
  let best;
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'articleBody' && typeof value === 'string' && value.length > (best?.length ?? 0)) best = value;
        else visit(value);
      }
    }
  };
  for (const match of html.matchAll(JSON_LD)) {
    try {
      visit(JSON.parse(match[1]));
    } catch {
      // A malformed block says nothing: publishers' JSON-LD often is.
    }
  }
  return best;
}

// Word 3-shingles, lowercased: how a kept block is matched to the marked body text.
const shingles = (text) => {
  const words = text.toLowerCase().match(/\w+/gu) ?? [];
  const out = new Set();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
};

// The marked body is trusted only where it holds this share of the extraction's shingles: publishers often truncate it.
const TRUSTED_SHARE = 0.7;

/**
 * The extraction's blocks of which at least half the shingles occur in the marked body (blocks under 3 words stay),
 * where the marked body holds most of the extraction; elsewhere the extraction as it is.
 */
function keepMatched(extracted, body) {
  const marked = shingles(body);
  const all = [...shingles(extracted)];
  if (all.filter((s) => marked.has(s)).length < TRUSTED_SHARE * all.length) return extracted;
  return extracted
    .split(/\n\s*\n/)
    .filter((block) => {
      const own = [...shingles(block)];
      return own.length === 0 || own.filter((s) => marked.has(s)).length * 2 >= own.length;
    })
    .join('\n\n');
}

const byType = new Map();
const mean = () => ({p: 0, r: 0, f1: 0, n: 0});
const add = (sum, prf) => {
  sum.p += prf.precision;
  sum.r += prf.recall;
  sum.f1 += prf.f1;
  sum.n++;
};
const jsonLdText = mean();
const declutterText = mean();
const matchedText = mean();
for (const gold of loadGold(corpus, values.split)) {
  const html = corpus.text(gold.id, 'html');
  if (html === undefined) continue;
  const row = byType.get(gold.pageType) ?? {pages: 0, itemprop: 0, jsonLd: 0};
  byType.set(gold.pageType, row);
  row.pages++;
  if (ITEMPROP_BODY.test(html)) row.itemprop++;
  const body = jsonLdArticleBody(html);
  if (body === undefined || gold.mainContent === null) continue;
  row.jsonLd++;
  add(jsonLdText, wordScore(body, gold.mainContent));
  const extracted = method.extract(html);
  add(declutterText, wordScore(extracted, gold.mainContent));
  add(matchedText, wordScore(keepMatched(extracted, body), gold.mainContent));
}

console.log(`${corpus.name}, ${values.split} ids: pages that mark their body`);
console.log('page type        pages  itemprop=articleBody  JSON-LD articleBody');
for (const [type, row] of [...byType].sort((a, b) => b[1].pages - a[1].pages)) {
  console.log(`${type.padEnd(16)} ${String(row.pages).padStart(5)}  ${String(row.itemprop).padStart(20)}  ${String(row.jsonLd).padStart(19)}`);
}
const show = (name, sum) =>
  console.log(`${name.padEnd(34)} P ${(sum.p / sum.n).toFixed(3)}  R ${(sum.r / sum.n).toFixed(3)}  F1 ${(sum.f1 / sum.n).toFixed(3)}`);
console.log(`\nword P/R/F1 on the ${jsonLdText.n} pages with a JSON-LD articleBody and a gold body:`);
show('the JSON-LD articleBody alone', jsonLdText);
show('declutter, the page as fetched', declutterText);
show('declutter, blocks a full JSON-LD lacks dropped', matchedText);
