// The CLI bundle's entry of the libraries that read Markdown input (dist/bundle/markdown-reader.cjs), required on the
// first Markdown document: src/read/markdown-html.ts asks for each package by name, and the bundle's node:module
// (scripts/bundle-create-require.cjs) answers every one of those names with this module, which holds what each gives.
export {toHtml} from 'hast-util-to-html';
export {fromMarkdown} from 'mdast-util-from-markdown';
export {frontmatterFromMarkdown} from 'mdast-util-frontmatter';
export {gfmFromMarkdown} from 'mdast-util-gfm';
export {toHast} from 'mdast-util-to-hast';
export {frontmatter} from 'micromark-extension-frontmatter';
export {gfm} from 'micromark-extension-gfm';
export {parse} from 'yaml';
