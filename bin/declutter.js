#!/usr/bin/env node
// The `declutter` command: the compiled CLI, bundled in dist/bundle/ (built by `npm install` through the prepare script).
import '../dist/bundle/declutter.js';
