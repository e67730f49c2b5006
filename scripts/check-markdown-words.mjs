// Every page of the shared corpora, as fetched (html/) and in each text rendering (text/*/), cleaned to Markdown and
// to text: the Markdown, read back as text, must have the text format's words (scripts/markdown-words.mjs says how).
// Prints the pages checked and names each page that differs, with where; exit status 1 when any does.
// Run after `npm run build`:
//   node scripts/check-markdown-words.mjs [CORPORA_FOLDER] [--limit N]
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {decodeBytes, declutter, toMarkdown} from '../dist/index.js';
import {firstDifference, markdownWords, textWords} from './markdown-words.mjs';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : Infinity;
const root = args[0] ?? new URL('../../shared/corpus/', import.meta.url).pathname;

let checked = 0;
let differing = 0;
const started = Date.now();
for (const corpus of readdirSync(root, {withFileTypes: true}).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  const renderings = [['html', join(root, corpus, 'html')], ...readdirSync(join(root, corpus, 'text')).sort().map((r) => [r, join(root, corpus, 'text', r)])];
  for (const [rendering, folder] of renderings) {
    const names = readdirSync(folder).filter((name) => /\.(html\.gz|txt)$/.test(name)).sort().slice(0, limit);
    let bad = 0;
    for (const name of names) {
      const text = decodeBytes(readFileSync(join(folder, name))).text;
      const doc = declutter(text, {structure: true, format: rendering === 'html' ? 'html' : 'text'});
      const difference = firstDifference(textWords(doc), markdownWords(toMarkdown(doc)));
      checked++;
      if (difference) {
        bad++;
        differing++;
        console.log(`${corpus}/${rendering}/${name}: word ${difference.at}: text "${difference.expected}", markdown "${difference.actual}"`);
      }
    }
    console.log(`${corpus} ${rendering}: ${names.length - bad} of ${names.length} pages say the same words`);
  }
}
console.log(`all: ${checked - differing} of ${checked} pages say the same words (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = differing ? 1 : 0;
