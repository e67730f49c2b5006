#!/usr/bin/env node
// The `declutter` command: the compiled CLI, bundled in dist/bundle/ by `npm run build` (which packing the package
// runs).
'use strict';
const {existsSync} = require('node:fs');
const {enableCompileCache} = require('node:module');
const {join} = require('node:path');

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
