#!/usr/bin/env node
// A CPU profile (`node --cpu-prof`, e.g. of bench/clean-pages.mjs) summed two ways: self time by function, and time
// by step, where a sample counts for the innermost of the named steps on its stack (so a step's figure holds what it
// calls, but not another named step). The block and context stages' trees are told apart by their caller.
//
// With --under NAME, self time by function of the samples under a function of that name only.
//
//   node bench/profile-shares.mjs FILE.cpuprofile [--top 30] [--under chooseTitle]
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';

const {values: args, positionals} = parseArgs({allowPositionals: true, options: {top: {type: 'string', default: '30'}, under: {type: 'string'}}});
if (positionals.length !== 1) throw new Error('usage: profile-shares.mjs FILE.cpuprofile [--top N]');
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));

// The steps of cleaning, by the function that runs each. A step whose function is shared (the trees' walk) is named by
// its caller's step too.
const STEPS = new Map([
  ['documentBlocks', 'splitting into blocks'],
  ['detectLanguage', 'language'],
  ['describeBlock', 'describing: the rest'],
  ['scanText', 'describing: the block scan'],
  ['matchCuesOf', 'describing: cues'],
  ['blockKey', 'describing: the key'],
  ['sentencesByRetext', 'describing: retext (sure blocks skip it)'],
  ['count', 'describing: URL, e-mail, mention, hashtag patterns (sure blocks skip them)'],
  ['termSlots', 'word table: terms (sure blocks skip them)'],
  ['writeTermScore', 'word table: weights (sure blocks skip them)'],
  ['next', 'feature rows'],
  ['blockScores', 'block stage: trees (sure blocks skip them)'],
  ['contextScores', 'context stage: trees'],
  ['contextRowWindows', 'context stage: rows'],
  ['scoredPage', 'context stage: rows'],
  ['pageStructure', 'context stage: structure columns'],
  ['pageThresholdFor', 'page threshold'],
  ['applyPageStructure', 'page-structure stage'],
  ['keepCleanPage', 'clean page'],
  ['applyContext', 'rules and title'],
  ['chooseTitle', 'title scorer'],
  ['(garbage collector)', 'garbage collection'],
]);

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

// Time of each sample: the gap to the next one.
const selfTime = new Map();
profile.samples.forEach((id, k) => {
  const delta = profile.timeDeltas[k + 1] ?? 0;
  selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
});
let total = 0;
for (const t of selfTime.values()) total += t;

const stepOf = new Map();
function step(id) {
  if (stepOf.has(id)) return stepOf.get(id);
  const node = byId.get(id);
  const name = node.callFrame.functionName;
  const {url} = node.callFrame;
  let found = STEPS.get(name);
  // `next` and `count` are common names: only ours count, and the context stage's rows have a `next` of their own.
  if (found && (name === 'next' || name === 'count') && !/\/dist\//.test(url)) found = undefined;
  if (found && name === 'next' && url.endsWith('/score-blocks.js')) found = 'context stage: rows';
  const result = found ?? (parent.has(id) ? step(parent.get(id)) : 'other');
  stepOf.set(id, result);
  return result;
}

function isUnder(id, name) {
  for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === name) return true;
  return false;
}

const bySelf = new Map();
const bySteps = new Map();
for (const [id, t] of selfTime) {
  if (args.under && !isUnder(id, args.under)) continue;
  const {functionName, url} = byId.get(id).callFrame;
  const where = url ? url.replace(/^.*\/(dist|node_modules)\//, '$1/') : '';
  const key = `${functionName || '(anonymous)'} ${where}`;
  bySelf.set(key, (bySelf.get(key) ?? 0) + t);
  const s = step(id);
  bySteps.set(s, (bySteps.get(s) ?? 0) + t);
}
const show = (map, limit) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / 1e6).toFixed(3).padStart(7)} s  ${key}`)
    .join('\n');
console.log(`${(total / 1e6).toFixed(2)} s sampled\n\nby step:\n${show(bySteps, Infinity)}\n\nby self time:\n${show(bySelf, Number(args.top))}`);
