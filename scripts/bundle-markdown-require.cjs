// node:module as the CLI's Markdown bundle (dist/bundle/markdown.cjs) gives it to the Markdown writer, which loads its
// libraries on first use through createRequire: in the bundle their require returns the bundled copy.
'use strict';
const {createRequire: nodeCreateRequire} = require('node:module');

// Each require is literal, so that esbuild bundles it.
const BUNDLED = {
  'mdast-util-to-markdown': () => require('mdast-util-to-markdown'),
  'mdast-util-gfm': () => require('mdast-util-gfm'),
  'mdast-util-frontmatter': () => require('mdast-util-frontmatter'),
  yaml: () => require('yaml'),
};

exports.createRequire = function createRequire(from) {
  const nodeRequire = nodeCreateRequire(from);
  return Object.assign((id) => (Object.hasOwn(BUNDLED, id) ? BUNDLED[id]() : nodeRequire(id)), nodeRequire);
};
