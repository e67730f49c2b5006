#!/usr/bin/env node
// Two builds of declutter compared in one process, which a shared machine disturbs less than separate runs: the first
// N pages of a rendering cleaned by `declutter()` in memory, the builds taking turns every 20 pages (which goes first
// alternates), after a pass to warm both up; CPU seconds of each build summed over the passes.
//
//   node bench/alternate-builds.mjs BEFORE AFTER [--rendering paras|blocks|lynx|region|html] [--pages 300] [--passes 6]
//     [--url]
//
// BEFORE and AFTER are checkouts with `npm run build` done (e.g. a detached worktree of main, and this one). --url
// gives each page its address from the corpus's gold, as a record carries it: the steps that read a page's address
// (the container scorer, which runs on text pages headed as an article, by a headline's slug or a byline) run as they
// would.
import {cpuSeconds, optionsFor} from './in-process.mjs';
import {twoBuildsCommand} from './two-builds.mjs';

const {args, roots, pages, urls, load} = twoBuildsCommand('alternate-builds.mjs', 6, {url: {type: 'boolean', default: false}});
const builds = await Promise.all(roots.map(async (root) => (await load(root, 'index.js')).declutter));
const options = pages.map((_, i) => ({...optionsFor(args.rendering), ...(urls[i] ? {url: urls[i]} : {})}));
const mb = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / 1e6;

pages.forEach((page, i) => builds.forEach((declutter) => declutter(page, options[i])));
const spent = [0, 0];
const passes = Number(args.passes);
for (let pass = 0; pass < passes; pass++) {
  for (let start = 0; start < pages.length; start += 20) {
    const order = (start / 20 + pass) % 2 ? [0, 1] : [1, 0];
    for (const b of order) {
      const before = cpuSeconds();
      for (let i = start; i < Math.min(pages.length, start + 20); i++) builds[b](pages[i], options[i]);
      spent[b] += cpuSeconds() - before;
    }
  }
}
const [before, after] = spent.map((seconds) => seconds / passes);
console.log(`${args.rendering}: ${pages.length} pages, ${mb.toFixed(1)} MB, ${passes} passes`);
console.log(`CPU seconds a pass: before ${before.toFixed(3)}, after ${after.toFixed(3)} (${(((after - before) / before) * 100).toFixed(1)}%)`);
console.log(`MB per CPU second: before ${(mb / before).toFixed(2)}, after ${(mb / after).toFixed(2)}`);
