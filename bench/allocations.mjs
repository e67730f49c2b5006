#!/usr/bin/env node
// Where `declutter()` allocates: the first N pages of a rendering cleaned once to warm up, then once under V8's
// sampling heap profiler, counting the objects the collector has already freed too; the megabytes a pass allocates,
// and the functions that allocate the most (self, by share).
//
//   npm run build && node bench/allocations.mjs [--rendering paras] [--pages 300] [--top 20]
import {Session} from 'node:inspector/promises';
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

const {values: args} = parseArgs({
  options: {
    rendering: {type: 'string', default: 'paras'},
    pages: {type: 'string', default: '300'},
    top: {type: 'string', default: '20'},
    corpus: {type: 'string', default: new URL('../../shared/corpus/wcxb-dev', import.meta.url).pathname},
  },
});
const {declutter} = await import(new URL('../dist/index.js', import.meta.url).href);
const pages = readPages(args.corpus, args.rendering, Number(args.pages)).map((page) => page.text);
const options = args.rendering === 'html' ? {format: 'html'} : {};
for (const page of pages) declutter(page, options);

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 16384,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (const page of pages) declutter(page, options);
const {profile} = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const bySite = new Map();
let total = 0;
const walk = (node) => {
  const {functionName, url, lineNumber} = node.callFrame;
  const site = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child);
};
walk(profile.head);
const mb = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / 1e6;
console.log(`${args.rendering}: ${pages.length} pages, ${mb.toFixed(1)} MB of text; about ${(total / 1e6).toFixed(0)} MB allocated in a pass`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
  console.log(`${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${site}`);
}
