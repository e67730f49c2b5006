#!/usr/bin/env node
// Where the memory of cleaning one big text document goes: the heap held after each stage (after a full collection),
// in MB and bytes a block, first as training reads a document (every feature row and context row at once), then as
// `declutter()` cleans it (rows a window at a time, descriptions in columns). docs/speed.md, Big documents.
//
//   npm run build && node --expose-gc bench/memory-breakdown.mjs FILE
import {readFileSync} from 'node:fs';
import {describeBlock} from '../dist/features/describe.js';
import {detectLanguage, stopwordsFor} from '../dist/features/language.js';
import {featureMatrix, writeWordColumns} from '../dist/features/vector.js';
import {analyzeForCleaning} from '../dist/pipeline/analyze.js';
import {judge} from '../dist/pipeline/judge.js';
import {defaultModel} from '../dist/pipeline/model.js';
import {contextRows} from '../dist/pipeline/score-blocks.js';
import {blockScores} from '../dist/score/score.js';
import {scorerFor} from '../dist/score/model.js';
import {termScores, wordWeights} from '../dist/score/word-table.js';
import {documentBlocks} from '../dist/read/document.js';

if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
const path = process.argv[2];
if (!path) throw new Error('usage: node --expose-gc bench/memory-breakdown.mjs FILE');
const model = defaultModel();

/** A stage's heap, after collecting its garbage: `step(name)` prints what the heap gained since the step before. */
function tracker(blocks) {
  let last = heldBytes();
  return (name) => {
    const now = heldBytes();
    const gained = now - last;
    console.log(`| ${name} | ${(gained / 1e6).toFixed(1)} | ${blocks() ? (gained / blocks()).toFixed(0) : ''} |`);
    last = now;
  };
}

function heldBytes() {
  gc();
  gc();
  const {heapUsed, arrayBuffers} = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

let n = 0;
console.log('| stage, whole matrices (training) | MB held | bytes a block |\n|---|---|---|');
let step = tracker(() => n);
let text = readFileSync(path, 'utf8');
step('the input text');
let {layout, blocks} = documentBlocks(text);
n = blocks.length;
step(`the blocks (${n.toLocaleString('en')}: text and offsets)`);
const texts = blocks.map((block) => block.text);
blocks = undefined;
step('the texts alone (the blocks dropped)');
const language = detectLanguage(texts);
const descriptions = texts.map((blockText) => describeBlock(blockText, stopwordsFor(language)));
step('the descriptions (objects)');
const rows = featureMatrix(descriptions, layout);
writeWordColumns(rows, termScores(texts, wordWeights(model.words)));
step('the feature rows (number[][])');
let whole = {layout, texts, language, descriptions, rows};
const scorer = scorerFor(model, whole.layout === 'html');
const first = blockScores(scorer.blockStage, whole.rows);
// Held while the step measures them, garbage after.
const contextRowCount = ((rows) => {
  step('the context stage rows');
  return rows.length;
})(contextRows(first, whole));
if (contextRowCount !== n) throw new Error('a context row a block');
step = tracker(() => n);
let doc = judge(whole, {});
step('the judged document (verdicts, blocks, body)');
whole = undefined;
doc = undefined;
text = undefined;
n = 0;
heldBytes();

console.log('\n| stage, cleaning (`declutter()`) | MB held | bytes a block |\n|---|---|---|');
step = tracker(() => n);
text = readFileSync(path, 'utf8');
step('the input text');
const cleaning = analyzeForCleaning(text);
n = cleaning.texts.length;
step('texts and descriptions (rows come a window at a time)');
doc = judge(cleaning, {});
step('the judged document (verdicts, blocks, body)');
console.log(`\n${doc.blocks.length.toLocaleString('en')} blocks; "MB held" counts the JavaScript heap and typed arrays.`);
