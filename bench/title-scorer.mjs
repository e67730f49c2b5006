#!/usr/bin/env node
// The title scorer alone (`chooseTitle`: its candidates, their rows and trees), two builds taking turns over the pages
// of a rendering's first N pages, each page judged as `declutter()` judges it up to the title rule; CPU milliseconds a
// pass of each, after checking that both give every page the same rows and the same pick. A build meant to change
// them (another window of candidates) is timed with `--changed`, which counts the pages whose rows or pick differ.
//
//   node bench/title-scorer.mjs BEFORE AFTER [--rendering paras] [--pages 300] [--passes 30] [--changed]
//
// BEFORE and AFTER are checkouts with `npm run build` done.
import {twoBuildsCommand} from './two-builds.mjs';

const {args, roots, pages, load} = twoBuildsCommand('title-scorer.mjs', 30, {changed: {type: 'boolean', default: false}});
const builds = await Promise.all(roots.map((root) => load(root, 'score/title.js')));
const [{analyze}, {judgeBlocks}, {CONTEXT_RULES}, {defaultModel}, {scorerFor}] = await Promise.all(
  ['pipeline/analyze.js', 'pipeline/judge.js', 'rules/index.js', 'pipeline/model.js', 'score/model.js'].map((path) => load(roots[1], path)),
);
const model = defaultModel();
const rulesBeforeTitle = CONTEXT_RULES.slice(0, CONTEXT_RULES.findIndex((rule) => rule.name === 'learned-title'));
const options = args.rendering === 'html' ? {format: 'html'} : {};
const contexts = pages.map((page) => {
  const analysis = analyze(page, options);
  const {verdicts} = judgeBlocks(analysis, scorerFor(model, analysis.layout === 'html'), {model}, rulesBeforeTitle);
  return {verdicts, descriptions: analysis.descriptions, texts: analysis.texts};
});

let candidates = 0;
let changed = 0;
for (const [p, context] of contexts.entries()) {
  const [before, after] = builds.map((build) => {
    const picked = build.titleCandidates(context);
    // A page where nothing is kept has no candidates, and no rows to ask for.
    const rows = picked.length ? build.titleRows(context, picked) : [];
    return {picked, rows, title: build.chooseTitle(model.title, context)};
  });
  candidates += after.picked.length;
  if (JSON.stringify(before) === JSON.stringify(after)) continue;
  if (!args.changed) throw new Error(`page ${p}: the builds' candidates, rows or pick differ`);
  changed++;
}
const spent = [0, 0];
const passes = Number(args.passes);
for (let pass = 0; pass < passes; pass++) {
  for (const b of pass % 2 ? [0, 1] : [1, 0]) {
    const {chooseTitle} = builds[b];
    const start = process.cpuUsage();
    for (const context of contexts) chooseTitle(model.title, context);
    const used = process.cpuUsage(start);
    spent[b] += (used.user + used.system) / 1e3;
  }
}
const [before, after] = spent.map((ms) => ms / passes);
console.log(`${args.rendering}: ${pages.length} pages, ${candidates} candidates, ${passes} passes`);
if (args.changed) console.log(`pages whose candidates, rows or pick differ: ${changed}`);
console.log(`title scorer, CPU ms a pass: before ${before.toFixed(1)}, after ${after.toFixed(1)} (${(((after - before) / before) * 100).toFixed(1)}%)`);
