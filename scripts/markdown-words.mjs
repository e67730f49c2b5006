// Do a document's Markdown and its text say the same words? The Markdown is parsed back (mdast-util-from-markdown
// with GFM) and its text read block by block; the text format's words are compared with it, less the list markers of
// text documents' items, which the Markdown writes as list syntax. Shared by test/markdown-words.test.ts and
// scripts/check-markdown-words.mjs.
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {textListItems} from '../dist/write/mdast.js';

// Markup the writer puts around or between words, which are no words: the comment that parts two code spans side by
// side, the tags of a reference's superscript.
const SILENT_HTML = new Set(['<!---->', '<sup>', '</sup>']);

const BLOCKS = new Set(['paragraph', 'heading', 'code', 'tableCell', 'listItem', 'blockquote', 'table', 'tableRow', 'list', 'html']);

/** The words of Markdown read back as text: each block's text, blocks apart. */
export function markdownWords(markdown) {
  const tree = fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
  const parts = [];
  const visit = (node) => {
    if (node.type === 'html' && SILENT_HTML.has(node.value)) return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') parts.push(node.value);
    else if (node.type === 'break') parts.push('\n');
    if (node.children) for (const child of node.children) visit(child);
    if (BLOCKS.has(node.type)) parts.push('\n');
  };
  visit(tree);
  return words(parts.join(''));
}

/** The words of the text format, a text document's list markers left out. */
export function textWords(doc) {
  // As the text format prints them: the title block first, then the other kept blocks, then the comment thread.
  const titleIndex = doc.titleBlock ?? -1;
  const texts = titleIndex === -1 ? [] : [doc.blocks[titleIndex].text];
  doc.blocks.forEach((block, index) => {
    if (!block.kept || index === titleIndex) return;
    const items = doc.layout === 'html' || block.label === 'heading' ? undefined : textListItems(block.text);
    texts.push(items ? items.map((item) => item.words).join('\n') : block.text);
  });
  if (doc.comments?.length) texts.push(...doc.comments);
  return words(texts.join('\n'));
}

function words(text) {
  return text.split(/\s+/).filter(Boolean);
}

/** Where two lists of words first differ, with a few words of context; undefined when they are the same. */
export function firstDifference(expected, actual) {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      return {at: i, expected: expected.slice(Math.max(0, i - 3), i + 4).join(' '), actual: actual.slice(Math.max(0, i - 3), i + 4).join(' ')};
    }
  }
  return undefined;
}
