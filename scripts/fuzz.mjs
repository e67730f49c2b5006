// Fuzz the library: random and mutated inputs (scripts/fuzz-inputs.mjs) through decodeBytes and declutter. An input
// may be refused (InputError); anything else thrown is a crash, printed with the seed and number that make it again.
// Prints inputs, refusals, crashes, the slowest input's MB/s and the peak memory. Run after `npm run build`:
//   node scripts/fuzz.mjs [INPUTS=100000] [SEED=1]
import {decodeBytes, declutter, InputError, toText} from '../dist/index.js';
import {loadSeeds, makeInput, random} from './fuzz-inputs.mjs';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const rand = random(seed);
const seeds = loadSeeds(new URL('../../shared/corpus/', import.meta.url).pathname, 40, rand);

const WARM_UP = 100;
let refused = 0;
let crashes = 0;
let slowest = {mbPerSecond: Infinity, kind: '', index: -1, bytes: 0, ms: 0};
let peakRss = 0;
let totalBytes = 0;
const started = performance.now();
for (let index = 0; index < count; index++) {
  const {kind, bytes} = makeInput(seeds, rand);
  totalBytes += bytes.length;
  const t0 = performance.now();
  let size = bytes.length;
  try {
    const {text} = decodeBytes(bytes);
    size = Math.max(size, Buffer.byteLength(text));
    toText(declutter(text));
  } catch (error) {
    if (error instanceof InputError) refused++;
    else {
      crashes++;
      console.log(`crash: input ${index} (seed ${seed}, ${kind}, ${bytes.length} bytes): ${error.stack}`);
    }
  }
  const ms = performance.now() - t0;
  // MB/s of the larger of the bytes and their decoded text (a gzipped input's work is its text's), on inputs of 4 KB
  // and more past the first hundred, where neither start-up nor the compiler's warm-up dominates.
  const mbPerSecond = size / 1e6 / (ms / 1000);
  if (index >= WARM_UP && size >= 4096 && mbPerSecond < slowest.mbPerSecond) slowest = {mbPerSecond, kind, index, bytes: size, ms};
  if (index % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
console.log(`inputs ${count} (seed ${seed}), ${(totalBytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(0)} s; refused ${refused}; crashes ${crashes}`);
console.log(`slowest: ${slowest.mbPerSecond.toFixed(2)} MB/s (input ${slowest.index}, ${slowest.kind}, ${slowest.bytes} bytes, ${slowest.ms.toFixed(0)} ms)`);
console.log(`peak memory: ${(peakRss / 1e6).toFixed(0)} MB`);
process.exitCode = crashes > 0 ? 1 : 0;
