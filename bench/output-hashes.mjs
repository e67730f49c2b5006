#!/usr/bin/env node
// What a build makes of every page of both corpora, as hashes to compare with another build's: one line a page
// (corpus, rendering, id), the SHA-1 of `declutter()`'s JSON (metadata included; HTML read with `comments` and
// `structure`) and of `analyze()`'s feature rows (as doubles, to the bit) with each block's key and cues (every text
// page, and every fifth HTML page). Two builds clean alike where `cmp` finds their files the same.
//
//   node bench/output-hashes.mjs [ROOT] --out FILE [--corpora wcxb-dev,traf-dev]
//
// ROOT is a checkout with `npm run build` done (this one by default), e.g. a detached worktree of main.
import {createHash} from 'node:crypto';
import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

const {values: args, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    out: {type: 'string'},
    corpora: {type: 'string', default: 'wcxb-dev,traf-dev'},
    shared: {type: 'string', default: new URL('../../shared/corpus', import.meta.url).pathname},
  },
});
if (!args.out || positionals.length > 1) throw new Error('usage: output-hashes.mjs [ROOT] --out FILE [--corpora A,B]');
const root = resolve(positionals[0] ?? new URL('..', import.meta.url).pathname);
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const {declutter} = await load('index.js');
const {analyze} = await load('pipeline/analyze.js');

const sha1 = (data) => createHash('sha1').update(data).digest('hex');
const lines = [];
for (const corpus of args.corpora.split(',')) {
  for (const rendering of ['paras', 'blocks', 'lynx', 'region', 'html']) {
    for (const {id, text} of readPages(resolve(args.shared, corpus), rendering)) {
      const html = rendering === 'html';
      let output;
      try {
        output = JSON.stringify(declutter(text, html ? {format: 'html', comments: true, structure: true} : {}));
      } catch (error) {
        output = `error: ${error.message}`;
      }
      let rows = '-';
      if (!html || Number(id) % 5 === 0) {
        const analysis = analyze(text, html ? {format: 'html'} : {});
        const hash = createHash('sha1');
        for (const row of analysis.rows) hash.update(new Uint8Array(Float64Array.from(row).buffer));
        hash.update(JSON.stringify(analysis.descriptions.map((d) => [d.key, d.cues.map((cue) => cue.name)])));
        rows = hash.digest('hex');
      }
      lines.push(`${corpus} ${rendering} ${id} ${sha1(output)} ${rows}`);
    }
  }
}
writeFileSync(args.out, `${lines.join('\n')}\n`);
console.log(`${lines.length} pages: ${args.out}`);
