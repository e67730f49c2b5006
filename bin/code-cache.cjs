// Runs a CommonJS bundle with V8's code cache for it: the functions a run compiled, saved by a run at build time
// (scripts/bundle-cli.mjs), so that start-up reads them instead of compiling them again. Node 20 has no compile cache
// of its own for this (module.enableCompileCache came with Node 22).
//
// A cache is used only with the build it was made from: the bundle's last line names its build, and the cache file
// starts with that line. V8 itself checks the Node version and flags, and rejects a cache of another; it checks only
// the length of the source, not what it says. Without a usable cache the bundle is compiled as it would be without one.
'use strict';
const {readFileSync, writeFileSync} = require('node:fs');
const {createRequire, wrap} = require('node:module');
const {dirname, resolve} = require('node:path');
const vm = require('node:vm');

/**
 * Compile the bundle, with its cache where one of this build is at `file + '.cache'`; say what became of the cache
 * (used, rejected by V8, stale, missing) and where the bundle is.
 */
function compileBundle(file, useCache = true) {
  file = resolve(file);
  const source = readFileSync(file, 'utf8');
  const build = buildLine(source);
  let cachedData;
  let cache = 'missing';
  if (useCache && build) {
    try {
      const saved = readFileSync(file + '.cache');
      const header = Buffer.byteLength(build);
      if (saved.subarray(0, header).toString() === build) cachedData = saved.subarray(header);
      else cache = 'stale';
    } catch {
      // No cache (a build that could not write one): compiled as usual.
    }
  }
  // The bundle makes no import(): a script compiled here could make one only with a loader Node 20 calls experimental.
  const script = new vm.Script(wrap(source), {filename: file, cachedData});
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'used';
  return {script, build, cache, file};
}

/** The bundle's build line (`//# declutter-build HASH`, its last line), or undefined for a bundle without one. */
function buildLine(source) {
  const start = source.lastIndexOf('\n//# declutter-build ', source.length - 2);
  return start < 0 ? undefined : source.slice(start + 1);
}

/** Run the compiled bundle as Node runs a CommonJS main module. */
function run(script, file) {
  const module = {exports: {}, filename: file, id: '.', loaded: false};
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

/**
 * The `declutter` command: run the bundle, with its code cache where there is one of this build. Returns what became
 * of the cache, as `compileBundle` says it.
 */
function runWithCodeCache(file) {
  const {script, cache, file: path} = compileBundle(file);
  run(script, path);
  return cache;
}

/**
 * At build time: run the bundle with `args` as its command line, and when the process exits, save the code cache of
 * everything that run compiled, headed by the bundle's build line.
 */
function writeCodeCache(file, args) {
  const {script, build, file: path} = compileBundle(file, false);
  if (!build) throw new Error(`${path} has no build line; scripts/bundle-cli.mjs writes one`);
  process.argv = [process.argv[0], path, ...args];
  process.once('exit', () => writeFileSync(path + '.cache', Buffer.concat([Buffer.from(build), script.createCachedData()])));
  run(script, path);
}

module.exports = {compileBundle, runWithCodeCache, writeCodeCache};
