// The rehype plugin against the library on the shared corpora's HTML pages: each page parsed by rehype-parse, cleaned
// by the plugin and written by rehype-stringify, then read again as declutter reads HTML; its lines must be the blocks
// `declutter` keeps, title included, in order. Prints how many pages agree, and names those that do not, with the
// first line that differs. Run after `npm run build`:
//   node scripts/check-rehype.mjs [--limit N]
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import {unified} from 'unified';
import {decodeBytes, declutter, readHtml} from '../dist/index.js';
import rehypeDeclutter from '../dist/rehype.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const root = new URL('../../shared/corpus/', import.meta.url).pathname;
const pipeline = unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify);

/** The lines of the clean HTML, against the blocks declutter keeps; undefined when they agree. */
export function disagreement(html) {
  const doc = declutter(html, {format: 'html'});
  const title = doc.blocks.findIndex((block) => block.label === 'title');
  const kept = doc.blocks.filter((block, index) => block.kept || index === title).map((block) => block.text);
  // The clean HTML read as the page was: with or without what <noscript> holds.
  const {withoutScripts} = readHtml(html);
  const lines = readHtml(String(pipeline.processSync(html)), {withoutScripts}).lines;
  for (let i = 0; i < Math.max(kept.length, lines.length); i++) {
    if (kept[i] !== lines[i]) return {at: i, kept: kept[i], clean: lines[i]};
  }
  return undefined;
}

let pages = 0;
let agree = 0;
for (const corpus of ['wcxb-dev', 'traf-dev']) {
  const folder = join(root, corpus, 'html');
  for (const name of readdirSync(folder).sort().slice(0, limit)) {
    const html = decodeBytes(readFileSync(join(folder, name))).text;
    const difference = disagreement(html);
    pages++;
    if (!difference) agree++;
    else console.log(`${corpus}/${name}: line ${difference.at}: kept ${JSON.stringify(difference.kept?.slice(0, 80))}, clean HTML ${JSON.stringify(difference.clean?.slice(0, 80))}`);
  }
}
console.log(`${agree} of ${pages} pages: the clean HTML's lines are the kept blocks`);
