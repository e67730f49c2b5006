#!/usr/bin/env node
// The work a CPU profile is taken of: the first N pages of a rendering cleaned by `declutter()` in memory, after a
// pass to warm up, P passes; prints the CPU seconds of those passes. Run it under `node --cpu-prof` and read the
// profile with bench/profile-shares.mjs.
//
//   npm run build && node --cpu-prof --cpu-prof-dir DIR bench/clean-pages.mjs [--rendering paras] [--pages 300] [--passes 4]
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

const {values: args} = parseArgs({
  options: {
    rendering: {type: 'string', default: 'paras'},
    pages: {type: 'string', default: '300'},
    passes: {type: 'string', default: '4'},
    corpus: {type: 'string', default: new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname},
  },
});
const {declutter} = await import(new URL('../dist/index.js', import.meta.url).href);
const pages = readPages(args.corpus, args.rendering, Number(args.pages)).map((page) => page.text);
const options = args.rendering === 'html' ? {format: 'html'} : {};
const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
for (const page of pages) declutter(page, options);
const start = cpuSeconds();
for (let pass = 0; pass < Number(args.passes); pass++) for (const page of pages) declutter(page, options);
const spent = (cpuSeconds() - start) / Number(args.passes);
const mb = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / 1e6;
console.log(`${args.rendering}, ${pages.length} pages (${mb.toFixed(2)} MB): ${spent.toFixed(3)} CPU s a pass, ${(mb / spent).toFixed(2)} MB per CPU second`);
