// Hostile inputs at full size through the CLI: each written to a temporary file, cleaned, and measured. Prints, a
// case a line, the input's size, the exit status, seconds, MB/s, peak memory (RSS) and the first line of stderr.
// The tests run the same cases smaller (test/hostile.test.ts). Run after `npm run build`:
//   node scripts/hostile.mjs [CASE...]
import {statSync} from 'node:fs';
import {hostileInputs, runMeasured, scratchFolder, writeInput} from './hostile-inputs.mjs';

const MB = 1e6;
const CASES = {
  'one line of 100 MB': hostileInputs.oneLine(100 * MB),
  'a million one-character lines': hostileInputs.oneCharLines(1_000_000),
  'HTML nested 100,000 deep': hostileInputs.nestedHtml(100_000),
  'HTML nested 100,000 deep, a word at every tag': hostileInputs.nestedWords(100_000),
  'HTML of 100,000 unclosed tags': hostileInputs.unclosedTags(100_000),
  'a million tags': hostileInputs.manyTags(1_000_000),
  'a gzip bomb (1 GB of spaces)': hostileInputs.gzipBomb(1e9),
  '10 MB of one punctuation mark': hostileInputs.punctuation(10 * MB),
  '10 MB of spaces': hostileInputs.spaces(10 * MB),
  '10 MB of full stops and spaces': hostileInputs.stops(10 * MB),
};

const chosen = process.argv.length > 2 ? Object.keys(CASES).filter((name) => process.argv.slice(2).some((word) => name.includes(word))) : Object.keys(CASES);
const {dir, remove} = scratchFolder();
try {
  for (const name of chosen) {
    const path = await writeInput(dir, CASES[name]);
    const bytes = statSync(path).size;
    const run = await runMeasured([path], {dir});
    const mbPerSecond = bytes / MB / run.seconds;
    const note = run.stderr.split('\n')[0] ?? '';
    console.log(
      `${name}: ${(bytes / MB).toFixed(1)} MB, exit ${run.status ?? run.signal}, ${run.seconds.toFixed(1)} s, ` +
        `${mbPerSecond.toFixed(2)} MB/s, peak ${run.maxRssMb.toFixed(0)} MB, output ${(run.stdoutBytes / MB).toFixed(1)} MB${note ? `; ${note}` : ''}`,
    );
  }
} finally {
  remove();
}
