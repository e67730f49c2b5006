#!/usr/bin/env node
// The `declutter` command: the compiled CLI, bundled in dist/bundle/ (built by `npm install` through the prepare
// script), run with the V8 code cache the build saved for it.
'use strict';
require('./code-cache.cjs').runWithCodeCache(require('node:path').join(__dirname, '..', 'dist', 'bundle', 'declutter.cjs'));
