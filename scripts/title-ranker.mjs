// A learned choice of an HTML page's title among every candidate the page gives (the block the title rules named, each
// head title without the site's names, its headline, its parts and runs of parts, each <h1>), against the shipped
// choice (`choosePageTitle`): a small tree ensemble (`fitTrees`) scores each candidate from 29 columns (where it comes
// from, how many head titles state it whole or as a part, its words, where a block says it, the slug's words it says,
// the words it shares with the named block and the other titles...); a page takes its best candidate where that one's
// probability reaches TAU, else none. Judged by five folds over the train ids (out of fold), then fitted on all train
// ids and run once on the val ids. Same and wrong are shares of the pages with a gold title, compared as `declutter
// eval` compares titles. Run after `npm run build`:
//   node scripts/title-ranker.mjs [trees=100] [depth=3] [taus=0.2,0.25,0.3]
import {declutter, readHtml} from '../dist/index.js';
import {fitTrees} from '../dist/learn/boost.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {agreedTitle, headlineOf, headTitles, sharedWords} from '../dist/metadata/page-title.js';
import {titleKey, titleWords} from '../dist/metadata/title-words.js';
import {hasSeparator, titleParts, withoutSiteNames} from '../dist/metadata/site-suffix.js';
import {slugCoverage, slugWords} from '../dist/metadata/url-slug.js';
import {HEAD_TITLE, TITLE_RULES} from '../dist/pipeline/page-title.js';
import {treesLogit} from '../dist/score/trees.js';
import {sameTitle} from '../dist/text/words.js';

const args = new Map(process.argv.slice(2).map((arg) => arg.split('=')));
const TREES = Number(args.get('trees') ?? 100);
const DEPTH = Number(args.get('depth') ?? 3);
const TAUS = (args.get('taus') ?? '0.2,0.25,0.3').split(',').map(Number);
const BY = {stated: 1, h1: 2, guess: 3};

/** Each page's evidence: the gold title, the shipped title, the named block, the head's titles, the slug, its lines. */
function gather() {
  const corpus = new Corpus(new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
  const pages = [];
  for (const id of corpus.ids()) {
    const gold = corpus.gold(id);
    const html = gold.title ? corpus.text(id, 'html') : undefined;
    if (html === undefined) continue;
    const url = gold.url || undefined;
    const doc = declutter(html, {format: 'html', url});
    const reading = readHtml(html);
    const rule = (block) => (block.reasons[0] === HEAD_TITLE ? block.reasons[1] : block.reasons[0]);
    const at = doc.blocks.findIndex((block) => block.kept && TITLE_RULES.has(rule(block) ?? ''));
    const printed = at >= 0 && doc.blocks.slice(0, at).every((block) => !block.kept);
    pages.push({
      id,
      train: inSplit(id, 'train'),
      gold: gold.title,
      title: doc.title,
      named: at < 0 ? undefined : {text: doc.blocks[at].text, by: TITLE_RULES.get(rule(doc.blocks[at])), printed},
      head: headTitles(reading.head, url),
      slug: slugWords(url),
      lines: reading.lines.map((text, i) => ({key: titleKey(text), h1: reading.markup[i].heading === 1, text})),
    });
  }
  return pages;
}

/** The page's candidate titles, one per distinct title key, each with the sources that give it. */
function candidates(page) {
  const byKey = new Map();
  const add = (text, source) => {
    const key = text ? titleKey(text) : '';
    if (!key) return;
    if (!byKey.has(key)) byKey.set(key, {text, sources: new Set()});
    byKey.get(key).sources.add(source);
  };
  if (page.title) add(page.title, 'shipped');
  if (page.named) {
    add(page.named.text, 'named');
    add(withoutSiteNames(page.named.text, page.head.siteNames, page.head.hostNames), 'named');
  }
  for (const title of page.head.titles) {
    add(title, 'whole');
    add(headlineOf(title), 'headline');
    const parts = titleParts(title);
    if (parts.length < 2) continue;
    parts.forEach((part, i) => add(part, i === 0 ? 'first' : i === parts.length - 1 ? 'last' : 'middle'));
    for (let from = 0; from < parts.length; from++) {
      for (let to = from + 2; to <= parts.length && to - from < parts.length; to++) add(parts.slice(from, to).join(' - '), 'run');
    }
  }
  for (const line of page.lines) if (line.h1) add(line.text, 'h1');
  return [...byKey.values()];
}

/** A candidate's columns. */
function columns(page, candidate) {
  const key = titleKey(candidate.text);
  const {titles} = page.head;
  const isPart = (title) => titleParts(title).some((part) => titleKey(part) === key);
  const lineAt = page.lines.findIndex((line) => line.key === key);
  const h1s = page.lines.filter((line) => line.h1);
  const agreed = agreedTitle(titles);
  const namedKey = page.named ? titleKey(page.named.text) : '';
  const letters = candidate.text.replace(/[^\p{L}]/gu, '');
  const from = (source) => (candidate.sources.has(source) ? 1 : 0);
  return [
    from('shipped'),
    key === namedKey ? 1 : 0,
    key === namedKey ? BY[page.named.by] : 0,
    page.named?.printed ? 1 : 0,
    titles.filter((title) => titleKey(title) === key).length,
    titles.filter((title) => hasSeparator(title) && isPart(title)).length,
    from('first'),
    from('last'),
    from('middle'),
    from('run'),
    from('headline'),
    Math.max(0, ...titles.filter((title) => titleKey(title) === key || isPart(title)).map((title) => titleParts(title).length)),
    titleWords(candidate.text).length,
    candidate.text.length,
    h1s.some((line) => line.key === key) ? 1 : 0,
    h1s.length,
    lineAt,
    lineAt >= 0 ? 1 : 0,
    page.slug.length > 0 ? slugCoverage(page.slug, candidate.text) : -1,
    page.named ? sharedWords(candidate.text, page.named.text) : -1,
    Math.max(-1, ...titles.filter((title) => titleKey(title) !== key).map((title) => sharedWords(candidate.text, title))),
    letters.replace(/[^\p{Lu}]/gu, '').length / Math.max(1, letters.length),
    /[?!]$/.test(candidate.text.trim()) ? 1 : 0,
    /\d/.test(candidate.text) ? 1 : 0,
    [...page.head.siteNames, ...page.head.hostNames].map(titleKey).includes(key) ? 1 : 0,
    agreed && titleKey(agreed) === key ? 1 : 0,
    titles.length,
    page.named ? BY[page.named.by] : 0,
    agreed ? 1 : 0,
  ];
}

/** Each page with its candidates, their columns, and which say the gold title. */
const withCandidates = (pages) =>
  pages.map((page) => {
    const all = candidates(page);
    return {page, candidates: all, rows: all.map((candidate) => columns(page, candidate)), right: all.map((candidate) => (sameTitle(candidate.text, page.gold) ? 1 : 0))};
  });

function fit(entries) {
  const rows = entries.flatMap((entry) => entry.rows);
  const labels = entries.flatMap((entry) => entry.right);
  const options = {trees: TREES, depth: DEPTH, learningRate: 0.1, subsample: 0.7, minLeafWeight: 5, l2: 1, bins: 32, seed: 1};
  return fitTrees(rows, labels, labels.map(() => 1), options);
}

/** The best candidate's text where its probability reaches `tau`, else null. */
function choose(model, entry, tau) {
  let best = -1;
  let bestLogit = -Infinity;
  entry.rows.forEach((row, i) => {
    const logit = treesLogit(model, row);
    if (logit > bestLogit) [best, bestLogit] = [i, logit];
  });
  return best >= 0 && 1 / (1 + Math.exp(-bestLogit)) >= tau ? entry.candidates[best].text : null;
}

/** Same and wrong as shares of the pages, from each page's chosen title. */
function shares(chosen) {
  let same = 0;
  let wrong = 0;
  for (const [entry, title] of chosen) {
    if (title === null) continue;
    if (sameTitle(title, entry.page.gold)) same++;
    else wrong++;
  }
  return `same ${(same / chosen.length).toFixed(3)} wrong ${(wrong / chosen.length).toFixed(3)}`;
}

const pages = gather();
const train = withCandidates(pages.filter((page) => page.train));
const val = withCandidates(pages.filter((page) => !page.train));
const ceiling = (entries) => (entries.filter((entry) => entry.right.includes(1)).length / entries.length).toFixed(3);
console.log(`train ${train.length} pages, val ${val.length}; a candidate says the gold title on ${ceiling(train)} and ${ceiling(val)}`);
const shipped = (entries) => shares(entries.map((entry) => [entry, entry.page.title]));
console.log(`shipped (choosePageTitle): train ${shipped(train)}; val ${shipped(val)}`);

const FOLDS = 5;
const foldOf = (id) => (Number(id) * 7919) % FOLDS;
const models = Array.from({length: FOLDS}, (_, fold) => fit(train.filter((entry) => foldOf(entry.page.id) !== fold)));
const whole = fit(train);
for (const tau of TAUS) {
  const outOfFold = train.map((entry) => [entry, choose(models[foldOf(entry.page.id)], entry, tau)]);
  const onVal = val.map((entry) => [entry, choose(whole, entry, tau)]);
  console.log(`${TREES} trees of depth ${DEPTH}, tau ${tau}: train out of fold ${shares(outOfFold)}; val ${shares(onVal)}`);
}
