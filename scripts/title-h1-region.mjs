// The `<h1>` against the head's agreed title, by where the `<h1>` lies: inside the element the page-structure stage
// took for the article's, or above it (an article's own header). For the pages of a split with a gold title, each
// page's evidence (the block the title rules named, whether it lies in that element, the head's titles) is gathered
// once; the shipped choice (src/metadata/page-title.ts) is run over it beside a copy of it with the rules tried and
// not shipped (docs/learning.md, "The <h1> and the article's region"), and same and wrong are printed as `declutter
// eval` compares titles. Each page is cleaned with its URL from the gold. Run after `npm run build`:
//   node scripts/title-h1-region.mjs [train|val]
import {analyze} from '../dist/pipeline/analyze.js';
import {declutter} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {
  agreedTitle,
  choosePageTitle,
  endPartAgreed,
  headlineOf,
  headTitles,
  sharedWords,
  UNRELATED_H1,
} from '../dist/metadata/page-title.js';
import {titleKey as key, titleWords as words} from '../dist/metadata/title-words.js';
import {hasSeparator, isSitePart, titleParts, withoutSiteNames} from '../dist/metadata/site-suffix.js';
import {judgeBlocks} from '../dist/pipeline/judge.js';
import {defaultModel} from '../dist/pipeline/model.js';
import {HEAD_TITLE, TITLE_RULES} from '../dist/pipeline/page-title.js';
import {isWithinElement} from '../dist/read/element-tree.js';
import {scorerFor} from '../dist/score/model.js';
import {sameTitle} from '../dist/text/words.js';

const split = process.argv[2] ?? 'train';
const corpus = new Corpus(new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
const scorer = scorerFor(defaultModel(), true);

const pages = [];
for (const id of corpus.ids()) {
  if (!inSplit(id, split)) continue;
  const gold = corpus.gold(id);
  const html = gold.title ? corpus.text(id, 'html') : undefined;
  if (html === undefined) continue;
  const url = gold.url || undefined;
  const doc = declutter(html, {format: 'html', url});
  const analysis = analyze(html, {format: 'html', url});
  const {articleElement} = judgeBlocks(analysis, scorer, {url});
  const rule = (block) => (block.reasons[0] === HEAD_TITLE ? block.reasons[1] : block.reasons[0]);
  const at = doc.blocks.findIndex((block) => block.kept && TITLE_RULES.has(rule(block) ?? ''));
  const named =
    at < 0
      ? undefined
      : {
          text: doc.blocks[at].text,
          by: TITLE_RULES.get(rule(doc.blocks[at])),
          printed: doc.blocks.slice(0, at).every((block) => !block.kept),
          inArticle: isWithinElement(analysis.tree, articleElement, analysis.markup[at].element),
        };
  pages.push({gold: gold.title, named, head: headTitles(analysis.head, url)});
}

const holds = (title, part) => words(part).length > 0 && words(part).every((word) => words(title).includes(word));
const laterPart = (title, text) => titleParts(title).slice(1).some((part) => key(part) === key(text));

/**
 * A copy of the shipped choice's order of decisions (its pieces imported from it) with the rules tried: `siteH1`, an
 * `<h1>` that says the site's name names no page; `belowHeld`, an `<h1>` kept below other lines whose every word a
 * head title holds (not as its later part) is the title; `inArticle`, the head's agreed title over a printed `<h1>`
 * inside the article's element whose words it does not all hold.
 */
function tried({named: block, head}, rules) {
  const {titles} = head;
  const named = rules.siteH1 && block?.by === 'h1' && isSitePart(block.text, head.siteNames, head.hostNames) ? undefined : block;
  const trimmed = endPartAgreed(titles, named);
  if (trimmed !== null) return trimmed;
  if (named) {
    const keys = new Set([...titles, ...titles.flatMap((title) => (hasSeparator(title) ? [titleParts(title)[0]] : []))].map(key));
    const stated = (text) => key(text) !== '' && keys.has(key(text));
    if (stated(named.text)) return named.text;
    const bare = withoutSiteNames(named.text, head.siteNames, head.hostNames);
    if (stated(bare)) return bare;
    if (rules.belowHeld && named.by === 'h1' && !named.printed && titles.some((title) => holds(title, named.text) && !laterPart(title, named.text))) {
      return named.text;
    }
  }
  const agreed = agreedTitle(titles);
  if (agreed === null && !named?.printed) {
    const joined = titles.find((title) => headlineOf(title) !== title);
    if (joined !== undefined) return joined;
  }
  if (!named) return agreed;
  if (agreed !== null && named.by === 'guess') return agreed;
  if (agreed !== null && named.by === 'h1' && !hasSeparator(agreed) && sharedWords(named.text, agreed) < UNRELATED_H1) return agreed;
  if (rules.inArticle && agreed !== null && named.by === 'h1' && named.printed && named.inArticle && !holds(agreed, named.text)) return agreed;
  return named.printed ? named.text : null;
}

function tally(name, choose) {
  let same = 0;
  let found = 0;
  for (const page of pages) {
    const title = choose(page);
    if (title === null || title === undefined) continue;
    found++;
    if (sameTitle(title, page.gold)) same++;
  }
  const share = (n) => (n / pages.length).toFixed(3);
  console.log(`${name.padEnd(62)} same ${share(same)} (${same})  wrong ${share(found - same)} (${found - same})`);
}

console.log(`${split}, ${pages.length} HTML pages with a gold title`);
const chosen = (page, rules) => {
  const title = tried(page, rules);
  return title === null ? null : headlineOf(title);
};
tally('shipped (choosePageTitle)', (page) => choosePageTitle(page.named, page.head));
tally('its copy here, no rule tried', (page) => chosen(page, {}));
tally("an <h1> that says the site's name names no page", (page) => chosen(page, {siteH1: true}));
tally('an <h1> below kept lines that a head title holds', (page) => chosen(page, {belowHeld: true}));
tally("the agreed title over an <h1> inside the article's element", (page) => chosen(page, {inArticle: true}));
tally('the three', (page) => chosen(page, {siteH1: true, belowHeld: true, inArticle: true}));

// Where the printed `<h1>` and the head's agreed title differ and one of them is the gold's: which, by where the
// `<h1>` lies and whether the agreed title holds its every word.
const table = new Map();
for (const page of pages) {
  const {named, head} = page;
  const agreed = agreedTitle(head.titles);
  if (!named || named.by !== 'h1' || !named.printed || agreed === null || key(agreed) === key(named.text)) continue;
  const h1Right = sameTitle(headlineOf(named.text), page.gold);
  const agreedRight = sameTitle(headlineOf(agreed), page.gold);
  if (h1Right === agreedRight) continue;
  const row = `${named.inArticle ? 'inside' : 'outside'} the article's element, ${holds(agreed, named.text) ? '' : 'not '}held by the agreed title`;
  const counts = table.get(row) ?? {h1: 0, agreed: 0};
  counts[h1Right ? 'h1' : 'agreed']++;
  table.set(row, counts);
}
console.log("where the printed <h1> and the head's agreed title differ and the gold is one of them:");
for (const [row, {h1, agreed}] of [...table].sort()) console.log(`  ${row.padEnd(66)} the <h1> ${h1}, the agreed title ${agreed}`);
