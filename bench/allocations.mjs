#!/usr/bin/env node
// Where `declutter()` allocates: the first N pages of a rendering cleaned once to warm up, then once under V8's
// sampling heap profiler, counting the objects the collector has already freed too; the megabytes a pass allocates,
// and the functions that allocate the most (self, by share).
//
//   npm run build && node bench/allocations.mjs [--rendering paras] [--pages 300] [--top 20]
import {Session} from 'node:inspector/promises';
import {pagesInProcess} from './in-process.mjs';

const {args, declutter, pages, options, mb} = await pagesInProcess(300, {top: {type: 'string', default: '20'}});
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
console.log(`${args.rendering}: ${pages.length} pages, ${mb.toFixed(1)} MB of text; about ${(total / 1e6).toFixed(0)} MB allocated in a pass`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
  console.log(`${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${site}`);
}
