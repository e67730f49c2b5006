// The choice of an HTML page's title (src/metadata/page-title.ts) against the rules tried beside it: for the pages of a
// split with a gold title, each page's evidence (the block the title rules named, the head's titles) is gathered once
// and every rule is run over it; same and wrong are shares of those pages, compared as `declutter eval` compares
// titles. Also how often the gold takes the `<h1>` or the head's agreed title where the two differ. Each page is
// cleaned with its URL from the gold (as `declutter eval` cleans it) and without; the rules before the slug of the
// address was read are run over the evidence without it. Run after `npm run build`:
//   node scripts/title-choice.mjs [train|val] [CORPUS] [FEWEST-SLUG-WORDS]
import {declutter, readHtml} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {choosePageTitle, headTitles, sharedWords as shared} from '../dist/metadata/page-title.js';
import {titleKey as key, titleWords as words} from '../dist/metadata/title-words.js';
import {hasSeparator, withoutSiteNames} from '../dist/metadata/site-suffix.js';
import {SLUG_MIN_WORDS} from '../dist/rules/slug-title.js';
import {slugContentWords, slugCoverage, slugWords} from '../dist/metadata/url-slug.js';
import {HEAD_TITLE, TITLE_RULES} from '../dist/pipeline/page-title.js';
import {sameTitle} from '../dist/text/words.js';

const split = process.argv[2] ?? 'train';
const corpus = new Corpus(process.argv[3] ?? new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);

// The fewest slug words (stopwords aside) the slug is asked with: the text rule's, or the second argument after the corpus.
const minWords = Number(process.argv[4] ?? SLUG_MIN_WORDS);
const pages = [];
for (const id of corpus.ids()) {
  if (!inSplit(id, split)) continue;
  const gold = corpus.gold(id).title;
  if (!gold) continue;
  const html = corpus.text(id, 'html');
  if (html === undefined) continue;
  const url = corpus.gold(id).url || undefined;
  const {head} = readHtml(html);
  const slug = slugWords(url);
  pages.push({
    gold,
    named: namedBlock(declutter(html, {format: 'html', url})),
    head: headTitles(head, url),
    slug: slugContentWords(slug) >= minWords ? slug : undefined,
    // Before the slug was read: the text alone, its head without the document's URL.
    namedBefore: namedBlock(declutter(html, {format: 'html'})),
    headBefore: headTitles(head),
  });
}

/** The named block as the title rules left it, before the choice made a title block that says another title a heading. */
function namedBlock(doc) {
  const rule = (block) => (block.reasons[0] === HEAD_TITLE ? block.reasons[1] : block.reasons[0]);
  const at = doc.blocks.findIndex((block) => block.kept && TITLE_RULES.has(rule(block) ?? ''));
  const printed = at >= 0 && doc.blocks.slice(0, at).every((block) => !block.kept);
  return at < 0 ? undefined : {text: doc.blocks[at].text, by: TITLE_RULES.get(rule(doc.blocks[at])), printed};
}

/**
 * The shipped choice with the address's slug as evidence (not shipped): `decide`, where the block and the head's
 * agreed title differ, the one that says at least `cut` of the slug's words, and more of them than the other, wins;
 * `agree`, a lone head title that says the slug counts as agreed.
 */
function slugVariant(page, {decide = true, agree = true, cut = 0.75}) {
  const {named, head, slug} = page;
  const {titles} = head;
  if (named) {
    if (titles.some((title) => key(title) === key(named.text))) return named.text;
    const bare = withoutSiteNames(named.text, head.siteNames, head.hostNames);
    if (titles.some((title) => key(title) === key(bare))) return bare;
  }
  let {title: agreed} = agreement(titles);
  if (agreed === null && agree && slug) agreed = titles.find((title) => slugCoverage(slug, title) >= cut) ?? null;
  if (!named) return agreed;
  if (agreed !== null && decide && slug) {
    const block = slugCoverage(slug, named.text);
    const stated = slugCoverage(slug, agreed);
    if (stated >= cut && stated > block) return agreed;
    if (block >= cut && block > stated) return named.printed ? named.text : null;
  }
  if (agreed !== null && named.by === 'guess') return agreed;
  if (agreed !== null && named.by === 'h1' && !hasSeparator(agreed) && shared(named.text, agreed) < 0.3) return agreed;
  return named.printed ? named.text : null;
}

const PARTS = /\s+[|–—·•»/-]\s+|\s+::\s+/u;
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
  const {namedBefore: named, headBefore: head} = page;
  const {titles} = head;
  if (named) {
    if (titles.some((title) => key(title) === key(named.text))) return named.text;
    const bare = withoutSiteNames(named.text, head.siteNames, head.hostNames);
    if (titles.some((title) => key(title) === key(bare))) return bare;
  }
  const {title: agreed, most} = agreement(titles);
  if (!named) return agreed ?? (options.lone ? (titles[0] ?? null) : null);
  if (agreed !== null && named.by === 'guess') return agreed;
  if (agreed !== null && named.by === 'h1') {
    if (options.holds && (holds(agreed, named.text) || holds(named.text, agreed))) return agreed;
    if (options.agreeing && most >= options.agreeing) return agreed;
    if ((options.anyParts || !hasSeparator(agreed)) && shared(named.text, agreed) < (options.cut ?? 0.3)) return agreed;
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
tally('before: the named block where printed as the title', (page) => (page.namedBefore?.printed ? page.namedBefore.text : null));
tally('without the url (choosePageTitle)', (page) => choosePageTitle(page.namedBefore, page.headBefore));
tally('shipped, with the url (choosePageTitle)', (page) => choosePageTitle(page.named, page.head));
tally('the slug decides and agrees', (page) => slugVariant(page, {}));
tally('the slug sides with the block or the head title only', (page) => slugVariant(page, {agree: false}));
tally('the slug agrees with a lone head title only', (page) => slugVariant(page, {decide: false}));
for (const cut of [0.5, 0.6, 0.9, 1]) tally(`the slug's cut at ${cut}`, (page) => slugVariant(page, {cut}));
tally('the rules before, the url unread:', () => null);
for (const cut of [0.2, 0.25, 0.35, 0.4]) tally(`<h1> cut at ${cut} shared words`, (page) => variant(page, {cut}));
tally('agreed title over an unrelated <h1> of any parts', (page) => variant(page, {anyParts: true}));
tally('agreed title over an <h1> that holds or is held by it', (page) => variant(page, {holds: true}));
tally('agreed title over an <h1> where 3 sources agree', (page) => variant(page, {agreeing: 3}));
tally('agreed title over an <h1> where 4 sources agree', (page) => variant(page, {agreeing: 4}));
tally('a block kept below other lines, named anyway', (page) => variant(page, {heading: true}));
tally('a lone head title where nothing else names one', (page) => variant(page, {lone: true}));
tally("a title's first part of 4 words or more", (page) => firstPart(choosePageTitle(page.namedBefore, page.headBefore), 4));

// Where the printed `<h1>` and the head's agreed title differ: which one the gold takes.
let h1 = 0;
let agreedRight = 0;
let differ = 0;
let slugSides = 0;
let slugRight = 0;
for (const page of pages) {
  const {named, head} = page;
  const {title: agreed} = agreement(head.titles);
  if (!named || named.by !== 'h1' || !named.printed || agreed === null || key(agreed) === key(named.text)) continue;
  if (head.titles.some((title) => key(title) === key(named.text))) continue;
  differ++;
  if (sameTitle(named.text, page.gold)) h1++;
  if (sameTitle(agreed, page.gold)) agreedRight++;
  const {slug} = page;
  if (!slug) continue;
  const block = slugCoverage(slug, named.text);
  const stated = slugCoverage(slug, agreed);
  if (Math.max(block, stated) < 0.75 || block === stated) continue;
  slugSides++;
  if (sameTitle(block > stated ? named.text : agreed, page.gold)) slugRight++;
}
console.log(`the printed <h1> and the head's agreed title differ on ${differ} pages: the gold is the <h1> on ${h1}, the agreed title on ${agreedRight}`);
console.log(`  the slug sides with one of them on ${slugSides} of those, with the gold's on ${slugRight}`);
