#!/usr/bin/env node
// How much dearer pages are the first time a process cleans them than the second: the first N pages of a rendering
// cleaned by `declutter()` in one fresh process, in chunks of C pages, then all of them again; prints each chunk's CPU
// seconds in both passes. The first pass is what a CLI run pays (code not yet compiled, the compiler's threads at
// work); the second is what the in-memory figures (bench/clean-pages.mjs, bench/alternate-builds.mjs) measure.
//
//   npm run build && node bench/first-pass.mjs [--rendering paras] [--pages 500] [--chunk 50]
import {cpuSeconds, pagesInProcess} from './in-process.mjs';

const {args, declutter, pages, options, mb} = await pagesInProcess(500, {chunk: {type: 'string', default: '50'}});
const chunk = Number(args.chunk);

const passes = [[], []];
for (const pass of passes) {
  for (let start = 0; start < pages.length; start += chunk) {
    const before = cpuSeconds();
    for (const page of pages.slice(start, start + chunk)) declutter(page, options);
    pass.push(cpuSeconds() - before);
  }
}
const sum = (values) => values.reduce((a, b) => a + b, 0);
console.log(`${args.rendering}, ${pages.length} pages (${mb.toFixed(2)} MB), CPU seconds a chunk of ${chunk} pages:`);
passes.forEach((pass, i) => {
  const total = sum(pass);
  console.log(`${i ? 'second' : 'first '} pass: ${pass.map((s) => s.toFixed(2)).join(' ')}; ${total.toFixed(2)} s, ${(mb / total).toFixed(2)} MB per CPU second`);
});
