#!/usr/bin/env node
// The word table's term pass alone (`termSlots`), two builds taking turns over the blocks of a rendering's first N
// pages, each given the block lower-cased as the describer gives it; CPU milliseconds a pass of each, after checking
// that both give every block the same slots.
//
//   node bench/term-pass.mjs BEFORE AFTER [--rendering paras] [--pages 300] [--passes 30]
//
// BEFORE and AFTER are checkouts with `npm run build` done. A build whose `termSlots` takes no lower-cased text
// lower-cases each block itself, as it did when cleaning.
import {twoBuildsCommand} from './two-builds.mjs';

const {args, roots, pages, load} = twoBuildsCommand('term-pass.mjs', 30);
const builds = await Promise.all(roots.map((root) => load(root, 'features/terms.js')));
const {splitBlocks} = await load(roots[1], 'read/blocks.js');
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
