#!/usr/bin/env node
// Two builds of declutter compared in one process, on the same pages in memory, alternating pass by pass, so that a
// busy machine slows both alike: the way a change is measured against the build before it (docs/speed.md).
//
//   node bench/compare-builds.mjs OLD_DIST NEW_DIST [--step features|clean] [--rendering paras] [--pages 300] [--passes 30]
//
// OLD_DIST and NEW_DIST are `dist/` folders of two builds (copy one aside before rebuilding). `--step features` times
// the block stage's columns alone (`featureMatrix` and `writeWordColumns` on pages analysed once) and checks that both
// builds give the same rows; `--step clean` times `declutter()` on each page. Prints CPU time a block and a page, each
// build's median over the passes, and the median of new/old over pairs of adjacent passes.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

const {values: args, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    corpus: {type: 'string', default: process.env.DECLUTTER_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'wcxb-dev')},
    step: {type: 'string', default: 'features'},
    rendering: {type: 'string', default: 'paras'},
    pages: {type: 'string', default: '300'},
    passes: {type: 'string', default: '30'},
  },
});
if (positionals.length !== 2) throw new Error('usage: node bench/compare-builds.mjs OLD_DIST NEW_DIST [--step features|clean]');
const dists = positionals.map((dist) => resolve(dist));
for (const dist of dists) if (!existsSync(join(dist, 'index.js'))) throw new Error(`${dist} is no build of declutter (no index.js)`);

const builds = await Promise.all(
  dists.map(async (dist) => ({
    vector: await import(join(dist, 'features', 'vector.js')),
    library: await import(join(dist, 'index.js')),
  })),
);
const texts = readPages(args.corpus, args.rendering, Number(args.pages)).map((page) => page.text);
if (texts.length === 0) throw new Error(`no ${args.rendering} pages in ${args.corpus}`);
const {analyze} = await import(join(dists[0], 'pipeline', 'analyze.js'));
const analyses = texts.map((text) => analyze(text));
const blocks = analyses.reduce((sum, analysis) => sum + analysis.descriptions.length, 0);
// Word scores of a fixed pattern: the step's cost does not depend on their values.
const scores = analyses.map((analysis) => Float64Array.from({length: 3 * analysis.descriptions.length}, (_, i) => (i % 7) / 7));

const steps = {
  features: ({vector}) => {
    for (let p = 0; p < analyses.length; p++) {
      const {descriptions, layout, markup} = analyses[p];
      vector.writeWordColumns(vector.featureMatrix(descriptions, layout, markup), scores[p]);
    }
  },
  clean: ({library}) => {
    for (const text of texts) library.declutter(text);
  },
};
const step = steps[args.step];
if (!step) throw new Error(`--step is one of ${Object.keys(steps).join(', ')}`);

if (args.step === 'features') {
  const [before, after] = builds.map(({vector}) => analyses.map((a, p) => {
    const rows = vector.featureMatrix(a.descriptions, a.layout, a.markup);
    vector.writeWordColumns(rows, scores[p]);
    return rows;
  }));
  if (JSON.stringify(builds[0].vector.FEATURE_NAMES) !== JSON.stringify(builds[1].vector.FEATURE_NAMES)) throw new Error('the builds name other columns');
  const differ = before.findIndex((rows, p) => rows.some((row, i) => row.some((value, c) => !Object.is(value, after[p][i][c]))));
  if (differ >= 0) throw new Error(`the builds give other rows for page ${differ}`);
}

const cpuMs = (build) => {
  const start = process.cpuUsage();
  step(build);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
for (let warm = 0; warm < 3; warm++) for (const build of builds) cpuMs(build);
const times = [[], []];
const ratios = [];
for (let pass = 0; pass < Number(args.passes); pass++) {
  // Each pair in turn old first and new first, so that neither always follows the other.
  const order = pass % 2 ? [0, 1] : [1, 0];
  const pair = [];
  for (const which of order) pair[which] = cpuMs(builds[which]);
  times[0].push(pair[0]);
  times[1].push(pair[1]);
  ratios.push(pair[1] / pair[0]);
}
const median = (xs) => xs.toSorted((a, b) => a - b)[xs.length >> 1];
console.log(`${args.step}, ${texts.length} ${args.rendering} pages (${blocks} blocks), ${args.passes} passes a build, CPU time:`);
for (const [which, label] of [[0, 'old'], [1, 'new']]) {
  const ms = median(times[which]);
  console.log(`  ${label}: ${ms.toFixed(1)} ms a pass, ${((1000 * ms) / blocks).toFixed(3)} µs a block, ${(ms / texts.length).toFixed(3)} ms a page`);
}
console.log(`  new/old: ${median(ratios).toFixed(3)} (median over pairs of passes)`);
