#!/usr/bin/env node
// The `declutter` command: the compiled CLI, bundled in dist/bundle/ by `npm run build` (which packing the package
// runs).
'use strict';
const {existsSync} = require('node:fs');
const {enableCompileCache} = require('node:module');
const {join} = require('node:path');

// declutter loads some of its packages, ES modules, with require(): Node 20.19 and 22.12 on do so by default, Node 22.0
// to 22.11 only with --experimental-require-module, older ones never. Without it every page would fail as a bug.
if (process.features.require_module !== true) {
  process.stderr.write(
    `declutter: needs Node.js 20.19 or later in the 20 line, or 22.12 or later, which load ES modules with require(); this is Node.js ${process.version}\n`,
  );
  process.exit(1);
}

const program = join(__dirname, '..', 'dist', 'bundle', 'declutter.cjs');
// A fresh checkout has no dist/ until it is built: say so, rather than fail with a stack trace.
if (!existsSync(program)) {
  process.stderr.write(`declutter: ${program} does not exist: build the program first with \`npm run build\`\n`);
  process.exit(1);
}
// Node >= 22 keeps the code V8 compiles for the bundle on disk (in the system's temporary folder) for the next run;
// Node 20 has no such cache.
enableCompileCache?.();
require(program);
