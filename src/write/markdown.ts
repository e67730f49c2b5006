import {createRequire} from 'node:module';
import type {CleanedDocument} from '../types.js';
import {toMdast, type MarkdownOptions} from './mdast.js';

export type {MarkdownOptions} from './mdast.js';

type Serializer = typeof import('mdast-util-to-markdown');
type Gfm = typeof import('mdast-util-gfm');
let libraries: {serializer: Serializer; gfm: Gfm} | undefined;

/**
 * mdast-util-to-markdown and mdast-util-gfm, loaded on the first call (require of an ES module, Node >= 20.19): some
 * fifty modules that importing the library would otherwise load for every user, Markdown or not.
 */
function markdownLibraries(): {serializer: Serializer; gfm: Gfm} {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {serializer: require('mdast-util-to-markdown') as Serializer, gfm: require('mdast-util-gfm') as Gfm};
  }
  return libraries;
}

/**
 * The markdown format: the title as a level-1 heading, then the kept blocks (see `toMdast`), serialised by
 * mdast-util-to-markdown with GFM tables; its escaping keeps every character of the text a character of the text.
 * Empty when nothing is kept.
 */
export function toMarkdown(doc: CleanedDocument, options: MarkdownOptions = {}): string {
  const tree = toMdast(doc, options);
  if (tree.children.length === 0) return '';
  const {serializer, gfm} = markdownLibraries();
  return serializer.toMarkdown(tree, {bullet: '-', fences: true, listItemIndent: 'one', extensions: [gfm.gfmToMarkdown()]});
}
