#!/usr/bin/env node
// Where the memory of cleaning one big text document goes: the heap held after each stage (after a full collection),
// in MB and bytes a block, first as training reads a document (every feature row and context row at once), then as
// the CLI cleans it (`declutterTaken`: rows a window at a time, descriptions and verdicts in columns), its blocks judged read-only as the CLI
// judges them. docs/speed.md, Big documents.
//
//   npm run build && node --expose-gc bench/memory-breakdown.mjs FILE [--cleaning]
//   npm run build && node --trace-gc bench/memory-breakdown.mjs FILE --stages | grep -v Scavenge
//   npm run build && node bench/memory-breakdown.mjs FILE --survivors
//
// `--cleaning` measures cleaning alone. `--stages` cleans once, without collecting, and prints the RSS, the heap (used
// and taken from the system) and the typed arrays at the end of each stage; with `--trace-gc`, V8's full collections
// come between them. `--survivors` cleans once under V8's sampling heap profiler and prints, for describing and for
// judging, the memory allocated by each function that outlived the young generation (held to the end, or collected
// only by a full collection): what fills the old generation and drives the peak, garbage included.
import {readFileSync} from 'node:fs';
import {Session} from 'node:inspector/promises';
import {serialize} from 'node:v8';
import {describeBlock} from '../dist/features/describe.js';
import {detectLanguage, stopwordsFor} from '../dist/features/language.js';
import {featureMatrix, writeWordColumns} from '../dist/features/vector.js';
import {analyzeTakenForCleaning} from '../dist/pipeline/analyze.js';
import {judge} from '../dist/pipeline/judge.js';
import {defaultModel} from '../dist/pipeline/model.js';
import {contextRows} from '../dist/pipeline/score-blocks.js';
import {blockScores} from '../dist/score/score.js';
import {scorerFor} from '../dist/score/model.js';
import {termScores, wordWeights} from '../dist/score/word-table.js';
import {documentBlocks} from '../dist/read/document.js';
import {decodeBytes} from '../dist/read/decode.js';
import {textPieces, toText} from '../dist/write/text.js';

const path = process.argv[2];
if (!path) throw new Error('usage: node --expose-gc bench/memory-breakdown.mjs FILE [--cleaning | --stages]');
if (process.argv.includes('--stages')) {
  stages();
  process.exit(0);
}
if (process.argv.includes('--survivors')) {
  await survivors();
  process.exit(0);
}
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
const cleaningOnly = process.argv.includes('--cleaning');
const model = defaultModel();
// V8's serializer tags a two-byte string 'c', after its two header bytes.
const TWO_BYTE_TAG = 'c'.charCodeAt(0);

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
let text;
let doc;
let step;
if (!cleaningOnly) wholeMatrices();

console.log('\n| stage, cleaning (`declutterTaken`, as the CLI runs it) | MB held | bytes a block |\n|---|---|---|');
step = tracker(() => n);
let bytes = readFileSync(path);
step('the input bytes (UTF-8, a Buffer)');
// A lead byte from 0xC4 up starts a character past Latin-1, which makes V8 hold the whole text two bytes a character.
const twoByte = bytes.some((byte) => byte >= 0xc4);
text = decodeBytes(bytes).text;
bytes = undefined;
step(`the input text (${twoByte ? 'two bytes' : 'one byte'} a character; from a megabyte outside the heap, not in "MB held"), the bytes let go`);
// Handed over in a holder, as the CLI hands it (`declutterTaken`): taken out of it once the blocks are read.
const holder = {text};
text = undefined;
let cleaning = analyzeTakenForCleaning(holder);
n = cleaning.texts.length;
step('texts and descriptions, word scores, the input let go (rows come a window at a time)');
doc = judge(cleaning, {}, {readOnly: true});
step('the judged document (verdicts, blocks, body), the analysis held');
const parts = analysisParts(cleaning);
cleaning = undefined;
step('the analysis let go (texts and descriptions)');
let output = toText(doc);
step(`the text output (${output.length.toLocaleString('en')} characters)`);
output = undefined;
doc = undefined;
step('the document and output let go');
console.log(`\n"MB held" counts the JavaScript heap and typed arrays, after a full collection.`);
console.log('\n| part of the analysis (reckoned from its contents) | MB | bytes a block |\n|---|---|---|');
for (const [name, bytes] of parts) console.log(`| ${name} | ${(bytes / 1e6).toFixed(1)} | ${(bytes / n).toFixed(0)} |`);

/**
 * What the parts of a cleaning analysis take, reckoned from what V8 stores (64-bit, no pointer compression): a string
 * 16 bytes and its characters at one or two bytes each, to 8; a list 8 bytes an item; a description's view an object
 * of two fields, 40 bytes.
 */
function analysisParts({texts, descriptions}) {
  const stringBytes = (string) => 16 + Math.ceil((string.length * (serialize(string)[2] === TWO_BYTE_TAG ? 2 : 1)) / 8) * 8;
  const table = descriptions[0]?.table;
  // A long document's table for the CLI (a BlockTable) holds no keys (they are made from the texts when read), and its
  // texts are slices of pieces held outside the heap (`TextArena`): a slice 32 bytes, a text under 13 characters copied.
  const heldKeys = !table || table.keys.length > 0;
  const sliced = !heldKeys;
  let textBytes = 0;
  let pieceBytes = 0;
  let twoByteTexts = 0;
  for (const blockText of texts) {
    const twoByte = serialize(blockText)[2] === TWO_BYTE_TAG;
    if (twoByte) twoByteTexts++;
    if (sliced && blockText.length >= 13) {
      textBytes += 32;
      pieceBytes += blockText.length * (twoByte ? 2 : 1);
    } else {
      textBytes += stringBytes(blockText);
    }
  }
  const keys = new Set();
  let keyBytes = 0;
  if (heldKeys) {
    descriptions.forEach((d, i) => {
      if (d.key === texts[i] || keys.has(d.key)) return;
      keys.add(d.key);
      keyBytes += stringBytes(d.key);
    });
  }
  const columns = table ? Object.values(table).filter((column) => ArrayBuffer.isView(column) || typeof column?.byteLength === 'number') : [];
  const lists = table ? [table.keys, table.cues, table.reasons ?? []] : [];
  return [
    [`the texts (${twoByteTexts.toLocaleString('en')} of them two bytes a character)${sliced ? ', slices' : ''}`, textBytes],
    ...(sliced ? [["the texts' pieces, outside the heap (not in \"MB held\")", pieceBytes]] : []),
    ['the list of texts', 8 * texts.length],
    [heldKeys ? `the keys of short blocks (${keys.size.toLocaleString('en')} different)` : 'the keys of short blocks (not held)', keyBytes],
    ["the table's columns (typed arrays: the descriptions', and the verdicts' where it holds them)", columns.reduce((sum, column) => sum + column.byteLength, 0)],
    ["the descriptions' views and their list", 48 * descriptions.length],
    ["the table's lists (keys, cues, and the verdicts' reasons where it holds them)", lists.reduce((sum, list) => sum + 8 * list.length, 0)],
    ['the word scores, as the numbers they are worked out from (let go after the block stage)', 14 * texts.length],
  ];
}

/** As training reads a document: every feature row and context row at once. */
function wholeMatrices() {
  console.log('| stage, whole matrices (training) | MB held | bytes a block |\n|---|---|---|');
  step = tracker(() => n);
  text = readFileSync(path, 'utf8');
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
  doc = judge(whole, {});
  step('the judged document (verdicts, blocks, body)');
  whole = undefined;
  doc = undefined;
  text = undefined;
  n = 0;
  heldBytes();
}

/** One cleaning, as the CLI runs it, with the memory at the end of each stage as the process has it (no collection). */
function stages() {
  const start = Date.now();
  const mark = (name) => {
    const {rss, heapUsed, heapTotal, arrayBuffers} = process.memoryUsage();
    const mb = (bytes) => (bytes / 1e6).toFixed(0);
    console.log(`${Date.now() - start} ms, ${name}: RSS ${(rss / 2 ** 20).toFixed(0)} MiB, heap ${mb(heapUsed)} MB used of ${mb(heapTotal)}, typed arrays ${mb(arrayBuffers)} MB`);
  };
  const input = {text: decodeBytes(readFileSync(path)).text};
  mark('read');
  const analysis = analyzeTakenForCleaning(input);
  mark('described');
  const judged = judge(analysis, {}, {readOnly: true});
  mark('judged');
  let written = 0;
  for (const piece of textPieces(judged)) written += piece.length;
  mark(`written (${written.toLocaleString('en')} characters, in pieces)`);
}

/** What each function allocated that outlived the young generation, while describing and while judging, in MB. */
async function survivors() {
  const session = new Session();
  session.connect();
  const sampled = async (name, run) => {
    await session.post('HeapProfiler.startSampling', {samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false});
    const result = run();
    const {profile} = await session.post('HeapProfiler.stopSampling');
    const byFunction = new Map();
    // A builtin (map, push, slice) is named with the function of ours that called it.
    const walk = (node, caller) => {
      const {functionName, url, lineNumber} = node.callFrame;
      const name = url ? `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : `${functionName} < ${caller}`;
      if (node.selfSize) byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
      for (const child of node.children) walk(child, name);
    };
    walk(profile.head, '');
    const total = [...byFunction.values()].reduce((sum, bytes) => sum + bytes, 0);
    console.log(`\n| ${name}: allocated by, outliving the young generation | MB |\n|---|---|\n| all | ${(total / 1e6).toFixed(1)} |`);
    for (const [where, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`| ${where} | ${(bytes / 1e6).toFixed(1)} |`);
    return result;
  };
  const input = {text: decodeBytes(readFileSync(path)).text};
  const analysis = await sampled('describing', () => analyzeTakenForCleaning(input));
  await sampled('judging', () => judge(analysis, {}, {readOnly: true}));
}
