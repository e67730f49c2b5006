#!/usr/bin/env node
// The word table's term pass alone (`termSlots`), two builds taking turns over the blocks of a rendering's first N
// pages, each given the block lower-cased as the describer gives it; CPU milliseconds a pass of each, after checking
// that both give every block the same slots.
//
//   node bench/term-pass.mjs BEFORE AFTER [--rendering paras] [--pages 300] [--passes 30]
//
// BEFORE and AFTER are checkouts with `npm run build` done. A build whose `termSlots` takes no lower-cased text
// lower-cases each block itself, as it did when cleaning.
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

const {values: args, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    rendering: {type: 'string', default: 'paras'},
    pages: {type: 'string', default: '300'},
    passes: {type: 'string', default: '30'},
    corpus: {type: 'string', default: new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname},
  },
});
if (positionals.length !== 2) throw new Error('usage: term-pass.mjs BEFORE AFTER [--rendering R] [--pages N] [--passes P]');
const builds = await Promise.all(positionals.map(async (root) => import(pathToFileURL(resolve(root, 'dist', 'features', 'terms.js')).href)));
const {splitBlocks} = await import(pathToFileURL(resolve(positionals[1], 'dist', 'read', 'blocks.js')).href);
const pages = readPages(args.corpus, args.rendering, Number(args.pages)).map((page) => page.text);
const blocks = pages.flatMap((page) => splitBlocks(page).blocks.map((block) => block.text));
const lowers = blocks.map((block) => block.toLowerCase());
const BITS = 20; // the shipped word table's

for (let i = 0; i < blocks.length; i++) {
  const [before, after] = builds.map((build) => build.blockTerms(blocks[i], BITS));
  if (before.length !== after.length || before.some((slot, j) => slot !== after[j])) throw new Error(`block ${i}: the builds' slots differ`);
}
const spent = [0, 0];
const passes = Number(args.passes);
for (let pass = 0; pass < passes; pass++) {
  for (const b of pass % 2 ? [0, 1] : [1, 0]) {
    const termSlots = builds[b].termSlots;
    const start = process.cpuUsage();
    let slots = 0;
    for (let i = 0; i < blocks.length; i++) slots += termSlots(blocks[i], BITS, lowers[i]).length;
    const used = process.cpuUsage(start);
    spent[b] += (used.user + used.system) / 1e3;
    if (slots === 0) throw new Error('no terms');
  }
}
const [before, after] = spent.map((ms) => ms / passes);
console.log(`${args.rendering}: ${pages.length} pages, ${blocks.length} blocks, ${passes} passes`);
console.log(`term pass, CPU ms a pass: before ${before.toFixed(1)}, after ${after.toFixed(1)} (${(((after - before) / before) * 100).toFixed(1)}%)`);
