// The HTML pages of a split whose title is wrong or missing, sorted into kinds by where the gold title lies: the
// block the title rules named (an `<h1>` or the block that says a stated title) where a title of the head was chosen,
// or the reverse; a title of the head (each source's, without the site's names) where the block or none was chosen;
// the head's title as stated, where taking the site's name off made it wrong; a part of a head title (a site's name,
// a section or a tagline not taken off); another `<h1>` or another block; nowhere. Titles are compared as `declutter
// eval` compares them. Each page is cleaned with its URL from the gold. Run after `npm run build`:
//   node scripts/title-errors.mjs [train|val] [KIND]      (with KIND, also each page of that kind, one a line)
import {declutter, readHtml} from '../dist/index.js';
import {Corpus} from '../dist/learn/corpus.js';
import {inSplit} from '../dist/learn/split.js';
import {fromJsonLd} from '../dist/metadata/json-ld.js';
import {titleMetas} from '../dist/metadata/meta-tags.js';
import {fromMicrodata} from '../dist/metadata/microdata.js';
import {headTitles} from '../dist/metadata/page-title.js';
import {titleParts} from '../dist/metadata/site-suffix.js';
import {HEAD_TITLE, TITLE_RULES} from '../dist/pipeline/page-title.js';
import {sameTitle} from '../dist/text/words.js';

const split = process.argv[2] ?? 'train';
const listed = process.argv[3];
const corpus = new Corpus(new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname);
const same = (a, b) => Boolean(a) && Boolean(b) && sameTitle(a, b);
const kinds = new Map();
let pages = 0;
let right = 0;

for (const id of corpus.ids()) {
  if (!inSplit(id, split)) continue;
  const gold = corpus.gold(id);
  const html = gold.title ? corpus.text(id, 'html') : undefined;
  if (html === undefined) continue;
  pages++;
  const url = gold.url || undefined;
  const doc = declutter(html, {format: 'html', url});
  if (same(doc.title, gold.title)) {
    right++;
    continue;
  }
  const reading = readHtml(html);
  const {head} = reading;
  const metas = titleMetas(head.metas);
  const stated = [metas.openGraph.title, metas.twitter.title, metas.metaNames.title, head.title?.replace(/\s+/g, ' ').trim()];
  if (head.jsonLd.length > 0) stated.push(fromJsonLd(head.jsonLd).title);
  if (head.props.length > 0) stated.push(fromMicrodata(head.props).title);
  const raw = stated.filter(Boolean);
  const bare = headTitles(head, url).titles;
  // The rule's name, also where the choice made its block a heading.
  const rule = (block) => (block.reasons[0] === HEAD_TITLE ? block.reasons[1] : block.reasons[0]);
  const at = doc.blocks.findIndex((block) => block.kept && TITLE_RULES.has(rule(block) ?? ''));
  const named = at < 0 ? undefined : {text: doc.blocks[at].text, rule: rule(doc.blocks[at]), printed: doc.blocks.slice(0, at).every((b) => !b.kept)};
  const h1s = reading.lines.filter((_, i) => reading.markup[i].heading === 1);
  const chose = doc.title === null ? 'none' : named && same(doc.title, named.text) ? named.rule : 'a head title';
  let kind;
  if (named && same(named.text, gold.title)) kind = `the named block (${named.rule}${named.printed ? '' : ', below kept lines'}), chose ${chose}`;
  else if (bare.some((title) => same(title, gold.title))) kind = `a head title, chose ${chose}`;
  else if (raw.some((title) => same(title, gold.title))) kind = 'a head title with the site name that was taken off';
  else if (raw.some((title) => partsSay(title, gold.title))) kind = 'a part of a head title that was not taken off';
  else if (h1s.some((text) => same(text, gold.title))) kind = 'another <h1>';
  else if (reading.lines.some((text) => same(text, gold.title))) kind = 'another block';
  else kind = `nowhere (${doc.title === null ? 'none named' : 'another named'})`;
  if (!kinds.has(kind)) kinds.set(kind, []);
  kinds.get(kind).push({id, gold: gold.title, title: doc.title, named: named?.text ?? null, head: raw});
}

/** Whether some run of the title's parts says `gold`. */
function partsSay(title, gold) {
  const parts = titleParts(title);
  for (let from = 0; from < parts.length; from++) for (let to = from + 1; to <= parts.length; to++) if (same(parts.slice(from, to).join(' '), gold)) return true;
  return false;
}

console.log(`${split}: ${pages} HTML pages with a gold title, the title right on ${right}; the gold title of the others is`);
for (const [kind, rows] of [...kinds].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(rows.length).padStart(5)}  ${kind}`);
if (listed) for (const row of kinds.get(listed) ?? []) console.log(JSON.stringify(row));
