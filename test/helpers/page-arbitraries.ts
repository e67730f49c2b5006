import fc from 'fast-check';

// Realistic pieces of a scraped page, for property tests: body sentences, headings, and the boilerplate around them
// (menus, share buttons, cookie notes, bylines). Words only, so that a block's text is the same as text and as HTML.
const BODY_WORDS = ['the', 'council', 'said', 'on', 'Tuesday', 'that', 'new', 'rules', 'for', 'river', 'water', 'would',
  'take', 'effect', 'in', 'spring', 'and', 'farmers', 'were', 'asked', 'to', 'report', 'their', 'use', 'of', 'it',
  'a', 'study', 'found', 'more', 'than', 'half', 'town', 'residents', 'die', 'Stadt', 'hat', 'neue', 'Regeln'];
const BOILERPLATE = ['Home', 'News', 'Sport', 'Share on Facebook', 'Tweet', 'Subscribe to our newsletter',
  'We use cookies to improve your experience. Accept all', 'Read more', 'Related articles', 'Advertisement',
  'All rights reserved', 'Sign in', 'Privacy policy', 'Terms of use', 'By Jane Smith', 'Updated 3 hours ago'];

const words = (min: number, max: number) => fc.array(fc.constantFrom(...BODY_WORDS), {minLength: min, maxLength: max});
const sentence = words(4, 18).map((list) => {
  const text = list.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
});

export type BlockKind = 'heading' | 'paragraph' | 'boilerplate' | 'item';

export interface PageBlock {
  kind: BlockKind;
  text: string;
}

export const pageBlock: fc.Arbitrary<PageBlock> = fc.oneof(
  {weight: 1, arbitrary: words(2, 8).map((list) => ({kind: 'heading' as const, text: list.join(' ')}))},
  {weight: 4, arbitrary: fc.array(sentence, {minLength: 1, maxLength: 6}).map((list) => ({kind: 'paragraph' as const, text: list.join(' ')}))},
  {weight: 3, arbitrary: fc.constantFrom(...BOILERPLATE).map((text) => ({kind: 'boilerplate' as const, text}))},
  {weight: 1, arbitrary: words(1, 6).map((list) => ({kind: 'item' as const, text: list.join(' ')}))},
);

/** A page of realistic blocks. */
export const pageBlocks = fc.array(pageBlock, {minLength: 0, maxLength: 40});

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/** The blocks as an HTML page: a heading an `<h1>` or `<h2>`, an item an `<li>`, boilerplate in a `<div>` or `<nav>`. */
export function asHtml(blocks: readonly PageBlock[]): string {
  const body = blocks.map((block, index) => {
    const text = escapeHtml(block.text);
    switch (block.kind) {
      case 'heading':
        return index === 0 ? `<h1>${text}</h1>` : `<h2>${text}</h2>`;
      case 'paragraph':
        return `<p>${text}</p>`;
      case 'item':
        return `<ul><li><a href="/x">${text}</a></li></ul>`;
      case 'boilerplate':
        return index % 2 === 0 ? `<nav><a href="/">${text}</a></nav>` : `<div class="ad">${text}</div>`;
    }
  });
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

/** The blocks as text, one paragraph each, a blank line between. */
export function asParagraphs(blocks: readonly PageBlock[]): string {
  return blocks.map((block) => block.text).join('\n\n') + '\n';
}

/** Is `part` the sequence `whole` with some items left out (same items, same order)? */
export function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let j = 0;
  for (const item of part) {
    while (j < whole.length && whole[j] !== item) j++;
    if (j === whole.length) return false;
    j++;
  }
  return true;
}

/** The paragraphs the text format printed. */
export function printedParagraphs(printed: string): string[] {
  const body = printed.replace(/\n$/, '');
  return body === '' ? [] : body.split('\n\n');
}
