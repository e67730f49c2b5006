// Builds the library and the command into dist/: tsc's output, then the command's bundle (scripts/bundle-cli.mjs).
// tsc writes beside it, into dist.next/, which takes dist/'s place when whole, the last bundle in it until the bundle
// script puts the new one in place the same way: a checkout's `declutter` and library stay usable while a build runs
// (it takes seconds, and tests or another shell may be using them), a failed build leaves the last good one, and no
// file of an older build (a module since removed) outlives it.
//
//   node scripts/build.mjs        (npm run build)
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, renameSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const next = 'dist.next';
const old = 'dist.old';
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const run = (args) => execFileSync(process.execPath, args, {stdio: 'inherit'});

rmSync(next, {recursive: true, force: true});
try {
  run([tsc, '-p', 'tsconfig.json', '--outDir', next]);
} catch {
  rmSync(next, {recursive: true, force: true});
  // tsc has said what failed; the status says that it did.
  process.exit(1);
}
if (existsSync('dist/bundle')) cpSync('dist/bundle', `${next}/bundle`, {recursive: true});
rmSync(old, {recursive: true, force: true});
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, {recursive: true, force: true});
try {
  run(['scripts/bundle-cli.mjs']);
} catch {
  process.exit(1);
}
