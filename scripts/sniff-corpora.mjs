// How `auto` reads every page of the shared corpora: each html/ page must read as HTML and each text/ rendering as
// text. Counts by content alone (the library's looksLikeHtml) and as the CLI decides (the file's name, then the
// content), and names every page read the wrong way. Also each HTML page cut to begin at its body's first <div> or
// <table>, after stray text, as saved fragments and old pages begin: what the markup alone, wherever it starts, decides
// (a figure, not a check: the exit status is 1 when a whole page or a text is misread or refused).
// Run after `npm run build`:
//   node scripts/sniff-corpora.mjs [CORPORA_FOLDER]
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {decodeBytes, looksLikeHtml} from '../dist/index.js';
import {formatByName} from '../dist/cli/stream/input-format.js';

const root = process.argv[2] ?? new URL('../../shared/corpus/', import.meta.url).pathname;
const corpora = readdirSync(root, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

let wrong = 0;
for (const corpus of corpora) {
  const check = (label, folder, wantHtml) => {
    const names = readdirSync(folder).filter((name) => /\.(html\.gz|txt)$/.test(name)).sort();
    let byContent = 0;
    let byCli = 0;
    const misread = [];
    const refused = [];
    const cut = {total: 0, html: 0, misread: []};
    for (const name of names) {
      let text;
      try {
        text = decodeBytes(readFileSync(join(folder, name))).text;
      } catch (error) {
        refused.push(`${name} (${error.message})`);
        continue;
      }
      if (wantHtml) {
        const body = text.search(/<body[\s>]/i);
        const from = text.slice(body < 0 ? 0 : body).search(/<(?:div|table)[\s>]/i);
        if (from >= 0) {
          cut.total++;
          if (looksLikeHtml(`<font=comic sans>\n${text.slice((body < 0 ? 0 : body) + from)}`)) cut.html++;
          else cut.misread.push(name);
        }
      }
      const html = looksLikeHtml(text);
      const cli = formatByName(name) === 'html' || html;
      if (html === wantHtml) byContent++;
      if (cli === wantHtml) byCli++;
      else misread.push(name);
    }
    wrong += misread.length + refused.length;
    const as = wantHtml ? 'HTML' : 'text';
    console.log(`${corpus} ${label}: ${names.length} files; read as ${as}: ${byContent} by content, ${byCli} as the CLI reads them`);
    if (misread.length > 0) console.log(`  misread: ${misread.join(' ')}`);
    if (refused.length > 0) console.log(`  refused: ${refused.join(' ')}`);
    if (wantHtml) {
      console.log(`${corpus} html cut to its first <div> or <table> after stray text: ${cut.total} pages; read as HTML: ${cut.html}`);
      if (cut.misread.length > 0) console.log(`  misread: ${cut.misread.join(' ')}`);
    }
  };
  check('html', join(root, corpus, 'html'), true);
  for (const rendering of readdirSync(join(root, corpus, 'text')).sort()) check(`text/${rendering}`, join(root, corpus, 'text', rendering), false);
}
process.exitCode = wrong > 0 ? 1 : 0;
