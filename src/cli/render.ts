import type {CleanedDocument} from '../types.js';
import type {MarkdownOptions} from '../write/mdast.js';
import {toExplain} from '../write/explain.js';
import {toJson} from '../write/json.js';
import {toText} from '../write/text.js';
import {chalkFor} from './color.js';
import type {Format} from './options.js';

export type Render = (doc: CleanedDocument) => string;

/**
 * How a cleaned document is printed in a format; the explain view in colour only where `color` says (a terminal).
 * The Markdown writer and its libraries are loaded only for the markdown format, so that the others start as fast.
 */
export async function renderer(format: Format, color: boolean, markdown: MarkdownOptions = {}): Promise<Render> {
  if (format === 'json') return (doc) => toJson(doc);
  if (format === 'explain') {
    const chalk = chalkFor(color);
    return (doc) => toExplain(doc, chalk);
  }
  if (format === 'markdown') {
    const {toMarkdown} = await import('../write/markdown.js');
    return (doc) => toMarkdown(doc, markdown);
  }
  return toText;
}
