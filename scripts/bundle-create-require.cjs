// node:module as the CLI bundle gives it to the compiled modules (scripts/bundle-cli.mjs): the library loads some
// packages on first use through createRequire, and in the bundle those are bundled, so their require returns the
// bundled copy (no search of node_modules, no separate modules to read and link). Any other id is Node's own require.
'use strict';
const {createRequire: nodeCreateRequire} = require('node:module');

// Each require is literal, so that esbuild bundles it; what it loads runs on the first call, not at start-up.
const BUNDLED = {
  htmlparser2: () => require('htmlparser2'),
  'parse-english': () => require('parse-english'),
};

exports.createRequire = function createRequire(from) {
  const nodeRequire = nodeCreateRequire(from);
  return Object.assign((id) => (Object.hasOwn(BUNDLED, id) ? BUNDLED[id]() : nodeRequire(id)), nodeRequire);
};
