// The choice of an HTML page's title (src/metadata/page-title.ts) against the rules tried beside it: for the pages of a
// split with a gold title, each page's evidence (the block the title rules named, the head's titles) is gathered once
// and every rule is run over it; same and wrong are shares of those pages, compared as `declutter eval` compares
// titles. Also how often the gold takes the `<h1>` or the head's agreed title where the two differ. Run after
// `npm run build`:
//   node scripts/title-choice.mjs [train|val] [CORPUS]
import {declutter, readHtml} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {choosePageTitle, headTitles} from '../dist/metadata/page-title.js';
import {withoutSiteNames} from '../dist/metadata/site-suffix.js';
import {sameTitle} from '../dist/text/words.js';

const split = process.argv[2] ?? 'train';
const corpus = new Corpus(process.argv[3] ?? new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
const TITLE_RULES = new Set(['stated-title', 'page-h1', 'learned-title', 'title-before-body']);

const pages = [];
for (const id of corpus.ids()) {
  if (!inSplit(id, split)) continue;
  const gold = corpus.gold(id).title;
  if (!gold) continue;
  const html = corpus.text(id, 'html');
  if (html === undefined) continue;
  const doc = declutter(html, {format: 'html'});
  // The named block as the title rules left it, before the choice made a title block that says another title a heading.
  const rule = (block) => (block.reasons[0] === 'head-title' ? block.reasons[1] : block.reasons[0]);
  const at = doc.blocks.findIndex((block) => block.kept && TITLE_RULES.has(rule(block) ?? ''));
  const printed = at >= 0 && doc.blocks.slice(0, at).every((block) => !block.kept);
  const named = at < 0 ? undefined : {text: doc.blocks[at].text, rule: rule(doc.blocks[at]), printed};
  pages.push({gold, named, head: headTitles(readHtml(html).head)});
}

const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (text) => words(text).join(' ');
const SEPARATOR = /\s[|–—·•:»-]\s|\s::\s/u;
const PARTS = /\s+[|–—·•»/-]\s+|\s+::\s+/u;
function shared(a, b) {
  const first = new Set(words(a));
  const second = new Set(words(b));
  let both = 0;
  for (const word of first) if (second.has(word)) both++;
  const either = first.size + second.size - both;
  return either === 0 ? 0 : both / either;
}
const holds = (a, b) => {
  const inA = new Set(words(a));
  return words(b).every((word) => inA.has(word));
};
/** The first title another source states too, and how many sources state the most agreed one. */
function agreement(titles) {
  const keys = titles.map(key);
  const counts = keys.map((k) => (k ? keys.filter((other) => other === k).length : 0));
  const first = counts.findIndex((n) => n >= 2);
  return {title: first < 0 ? null : titles[first], most: Math.max(0, ...counts)};
}

/** The shipped rule with one part changed: `options` name the change. */
function variant(page, options) {
  const {named, head} = page;
  const {titles, siteNames} = head;
  if (named) {
    if (titles.some((title) => key(title) === key(named.text))) return named.text;
    const bare = withoutSiteNames(named.text, siteNames);
    if (titles.some((title) => key(title) === key(bare))) return bare;
  }
  const {title: agreed, most} = agreement(titles);
  if (!named) return agreed ?? (options.lone ? (titles[0] ?? null) : null);
  if (agreed !== null && (named.rule === 'learned-title' || named.rule === 'title-before-body')) return agreed;
  if (agreed !== null && named.rule === 'page-h1') {
    if (options.holds && (holds(agreed, named.text) || holds(named.text, agreed))) return agreed;
    if (options.agreeing && most >= options.agreeing) return agreed;
    if ((options.anyParts || !SEPARATOR.test(agreed)) && shared(named.text, agreed) < (options.cut ?? 0.3)) return agreed;
  }
  return named.printed || options.heading ? named.text : null;
}

function firstPart(title, minWords) {
  if (!title) return title;
  const parts = title.split(PARTS);
  return parts.length > 1 && words(parts[0]).length >= minWords ? parts[0] : title;
}

function tally(name, choose) {
  let same = 0;
  let named = 0;
  for (const page of pages) {
    const title = choose(page);
    if (title === null || title === undefined) continue;
    named++;
    if (sameTitle(title, page.gold)) same++;
  }
  console.log(`${name.padEnd(58)} same ${(same / pages.length).toFixed(3)}  wrong ${((named - same) / pages.length).toFixed(3)}`);
}

console.log(`${split}, ${pages.length} HTML pages with a gold title`);
tally('before: the named block where printed as the title', (page) => (page.named?.printed ? page.named.text : null));
tally('shipped (choosePageTitle)', (page) => choosePageTitle(page.named, page.head));
for (const cut of [0.2, 0.25, 0.35, 0.4]) tally(`<h1> cut at ${cut} shared words`, (page) => variant(page, {cut}));
tally('agreed title over an unrelated <h1> of any parts', (page) => variant(page, {anyParts: true}));
tally('agreed title over an <h1> that holds or is held by it', (page) => variant(page, {holds: true}));
tally('agreed title over an <h1> where 3 sources agree', (page) => variant(page, {agreeing: 3}));
tally('agreed title over an <h1> where 4 sources agree', (page) => variant(page, {agreeing: 4}));
tally('a block kept below other lines, named anyway', (page) => variant(page, {heading: true}));
tally('a lone head title where nothing else names one', (page) => variant(page, {lone: true}));
tally("a title's first part of 4 words or more", (page) => firstPart(choosePageTitle(page.named, page.head), 4));

// Where the printed `<h1>` and the head's agreed title differ: which one the gold takes.
let h1 = 0;
let agreedRight = 0;
let differ = 0;
for (const page of pages) {
  const {named, head} = page;
  const {title: agreed} = agreement(head.titles);
  if (!named || named.rule !== 'page-h1' || !named.printed || agreed === null || key(agreed) === key(named.text)) continue;
  if (head.titles.some((title) => key(title) === key(named.text))) continue;
  differ++;
  if (sameTitle(named.text, page.gold)) h1++;
  if (sameTitle(agreed, page.gold)) agreedRight++;
}
console.log(`the printed <h1> and the head's agreed title differ on ${differ} pages: the gold is the <h1> on ${h1}, the agreed title on ${agreedRight}`);
