#!/usr/bin/env node
// The work a CPU profile is taken of: the first N pages of a rendering cleaned by `declutter()` in memory, after a
// pass to warm up, P passes; prints the CPU seconds of those passes. Run it under `node --cpu-prof` and read the
// profile with bench/profile-shares.mjs.
//
//   npm run build && node --cpu-prof --cpu-prof-dir DIR bench/clean-pages.mjs [--rendering paras] [--pages 300] [--passes 4]
import {cpuSeconds, pagesInProcess} from './in-process.mjs';

const {args, declutter, pages, options, mb} = await pagesInProcess(300, {passes: {type: 'string', default: '4'}});
for (const page of pages) declutter(page, options);
const start = cpuSeconds();
for (let pass = 0; pass < Number(args.passes); pass++) for (const page of pages) declutter(page, options);
const spent = (cpuSeconds() - start) / Number(args.passes);
console.log(`${args.rendering}, ${pages.length} pages (${mb.toFixed(2)} MB): ${spent.toFixed(3)} CPU s a pass, ${(mb / spent).toFixed(2)} MB per CPU second`);
