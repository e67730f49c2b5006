import type {DocumentFormat, Layout, SourceBlock} from '../types.js';
import {splitBlocks} from './blocks.js';
import {normalizeNewlines} from './decode.js';
import {htmlToLines, looksLikeHtml} from './html.js';

/**
 * A document's blocks, whatever the document is: HTML (by `format`, or by how it starts with `auto`) read one
 * block-level element a block, with layout `html`; text split in the layout detected for it. The cleaner, batch
 * mode's template learning and the evaluation's reference methods all see a document through this one function.
 */
export function documentBlocks(text: string, format: DocumentFormat = 'auto'): {layout: Layout; blocks: SourceBlock[]} {
  if (format === 'html' || (format === 'auto' && looksLikeHtml(text))) {
    return {layout: 'html', blocks: splitBlocks(htmlToLines(text), 'lines').blocks};
  }
  return splitBlocks(normalizeNewlines(text));
}
