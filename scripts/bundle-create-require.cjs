// node:module as the CLI bundle gives it to the compiled modules (scripts/bundle-cli.mjs): the library loads some
// packages on first use through createRequire, and in the bundle those are bundled, so their require returns the
// bundled copy (no search of node_modules, no separate modules to read and link). Any other id is Node's own require.
'use strict';
const {createRequire: nodeCreateRequire} = require('node:module');

// Each require is literal, so that esbuild bundles it; what it loads runs on the first call, not at start-up.
const BUNDLED = {
  htmlparser2: () => require('htmlparser2'),
  'parse-english': () => require('parse-english'),
  // The Markdown reader's libraries: one entry of their own beside the bundle (scripts/bundle-markdown-reader.mjs),
  // which holds what each of these gives.
  ...Object.fromEntries(
    ['mdast-util-from-markdown', 'micromark-extension-gfm', 'mdast-util-gfm', 'micromark-extension-frontmatter', 'mdast-util-frontmatter', 'mdast-util-to-hast', 'hast-util-to-html', 'yaml'].map(
      (id) => [id, () => require('./markdown-reader.cjs')],
    ),
  ),
};

exports.createRequire = function createRequire(from) {
  const nodeRequire = nodeCreateRequire(from);
  return Object.assign((id) => (Object.hasOwn(BUNDLED, id) ? BUNDLED[id]() : nodeRequire(id)), nodeRequire);
};
