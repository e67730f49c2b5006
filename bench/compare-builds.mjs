#!/usr/bin/env node
// The block stage's columns of two builds compared in one process, on the same pages in memory, alternating pass by
// pass, so that a busy machine slows both alike (docs/speed.md, Feature columns).
//
//   node bench/compare-builds.mjs OLD_DIST NEW_DIST [--rendering paras] [--pages 300] [--passes 30]
//
// OLD_DIST and NEW_DIST are `dist/` folders of two builds (copy one aside, beside node_modules, before rebuilding).
// Times `featureMatrix` and `writeWordColumns` on pages analysed once, after checking that both builds give the same
// names and rows. Prints each build's median CPU time over the passes, a pass, a block and a page, and the median of
// new/old over pairs of adjacent passes. Whole cleaning is compared by `npm run bench` instead, run by turns on each
// build: two builds cleaning in one process share their packages' code, and the one loaded second measured quicker
// even against a copy of itself.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {readPages} from './corpus-jsonl.mjs';

const {values: args, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    corpus: {type: 'string', default: process.env.DECLUTTER_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'wcxb-dev')},
    rendering: {type: 'string', default: 'paras'},
    pages: {type: 'string', default: '300'},
    passes: {type: 'string', default: '30'},
  },
});
if (positionals.length !== 2) throw new Error('usage: node bench/compare-builds.mjs OLD_DIST NEW_DIST [--rendering R] [--pages N] [--passes N]');
const dists = positionals.map((dist) => resolve(dist));
for (const dist of dists) if (!existsSync(join(dist, 'features', 'vector.js'))) throw new Error(`${dist} is no build of declutter (no features/vector.js)`);

const builds = await Promise.all(dists.map((dist) => import(join(dist, 'features', 'vector.js'))));
const texts = readPages(args.corpus, args.rendering, Number(args.pages)).map((page) => page.text);
if (texts.length === 0) throw new Error(`no ${args.rendering} pages in ${args.corpus}`);
const {analyze} = await import(join(dists[0], 'pipeline', 'analyze.js'));
const analyses = texts.map((text) => analyze(text));
const blocks = analyses.reduce((sum, analysis) => sum + analysis.descriptions.length, 0);
// Word scores of a fixed pattern: the step's cost does not depend on their values.
const scores = analyses.map((analysis) => Float64Array.from({length: 3 * analysis.descriptions.length}, (_, i) => (i % 7) / 7));

/** Page `p`'s rows as a build writes them: what is timed. */
const rowsOf = (vector, p) => {
  const {descriptions, layout, markup} = analyses[p];
  const rows = vector.featureMatrix(descriptions, layout, markup);
  vector.writeWordColumns(rows, scores[p]);
  return rows;
};
const step = (vector) => {
  for (let p = 0; p < analyses.length; p++) rowsOf(vector, p);
};

// Page by page, so that no build's rows of every page are held while the other's are timed.
if (JSON.stringify(builds[0].FEATURE_NAMES) !== JSON.stringify(builds[1].FEATURE_NAMES)) throw new Error('the builds name other columns');
for (let p = 0; p < analyses.length; p++) {
  const [before, after] = builds.map((vector) => rowsOf(vector, p));
  if (before.some((row, i) => row.some((value, c) => !Object.is(value, after[i][c])))) throw new Error(`the builds give other rows for page ${p}`);
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
console.log(`The block stage's columns, ${texts.length} ${args.rendering} pages (${blocks} blocks), ${args.passes} passes a build, CPU time:`);
for (const [which, label] of [[0, 'old'], [1, 'new']]) {
  const ms = median(times[which]);
  console.log(`  ${label}: ${ms.toFixed(1)} ms a pass, ${((1000 * ms) / blocks).toFixed(3)} µs a block, ${(ms / texts.length).toFixed(3)} ms a page`);
}
console.log(`  new/old: ${median(ratios).toFixed(3)} (median over pairs of passes)`);
