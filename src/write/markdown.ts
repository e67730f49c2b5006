import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown as serialize} from 'mdast-util-to-markdown';
import type {CleanedDocument} from '../types.js';
import {toMdast, type MarkdownOptions} from './mdast.js';

export type {MarkdownOptions} from './mdast.js';

/**
 * The markdown format: the title as a level-1 heading, then the kept blocks (see `toMdast`), serialised by
 * mdast-util-to-markdown with GFM tables; its escaping keeps every character of the text a character of the text.
 * Empty when nothing is kept.
 */
export function toMarkdown(doc: CleanedDocument, options: MarkdownOptions = {}): string {
  const tree = toMdast(doc, options);
  if (tree.children.length === 0) return '';
  return serialize(tree, {bullet: '-', fences: true, listItemIndent: 'one', extensions: [gfmToMarkdown()]});
}
