#!/usr/bin/env node
// The `declutter` command: the compiled CLI in dist/ (built by `npm install` through the prepare script).
import '../dist/cli/main.js';
