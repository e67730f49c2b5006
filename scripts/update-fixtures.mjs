// Rewrites each fixture's expected output from the built CLI (after `npm run build`), for when a change of model or
// rules changes them on purpose: review the diff of fixtures/ before committing it. test/fixtures.test.ts reads them.
//
//   node scripts/update-fixtures.mjs
import {spawnSync} from 'node:child_process';
import {readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures');
const RECORD_INPUT = /\.(jsonl|warc)(\.gz)?$/;

for (const name of readdirSync(fixtures).sort()) {
  const folder = join(fixtures, name);
  const input = readdirSync(folder).find((file) => file.startsWith('input.'));
  if (!input) continue;
  const run = spawnSync(process.execPath, [join(root, 'bin/declutter.cjs'), input], {cwd: folder, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
  const output = RECORD_INPUT.test(input) ? 'expected.jsonl' : 'expected.txt';
  writeFileSync(join(folder, output), run.stdout);
  for (const [file, content] of [['expected.stderr', run.stderr], ['expected.status', run.status === 0 ? '' : `${run.status}\n`]]) {
    if (content) writeFileSync(join(folder, file), content);
    else rmSync(join(folder, file), {force: true});
  }
  console.log(`${name}: ${output}, status ${run.status}`);
}
