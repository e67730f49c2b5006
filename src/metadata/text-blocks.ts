import type {Label} from '../types.js';
import {dateInText} from './dates.js';
import type {FoundMetadata} from './fields.js';
import {uniqueNames} from './values.js';

/**
 * Metadata from the page's text, for a document without markup (or markup that says nothing): a block the cleaner
 * labelled `byline` that reads "By <name>" gives the author, a `dateline` (or byline) block that holds a whole date
 * gives the date. Only what such a block says plainly: a byline without "By", or a date without its year, gives
 * nothing.
 */

const BYLINE = /^(?:written\s+)?(?:by|von|par|por|di|door|av|af)\s*:?\s+(.+)$/iu;
// Where a byline's names end: a date, a role, a place or a second field after a separator.
const NAME_END = /\s*(?:[|•·–—,]|\s-\s|\bon\s+(?=\w+\s+\d)|\b(?:updated|published|posted)\b|\d).*$/iu;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|del|la|le|bin|al))*$/u;
const AND = /\s+(?:and|und|et|y|e|en|og|&)\s+/iu;
const MAX_NAME_WORDS = 5;

export function fromTextBlocks(blocks: readonly {text: string; label: Label}[]): FoundMetadata {
  const found: FoundMetadata = {};
  for (const block of blocks) {
    if (block.label === 'byline' && !found.author) {
      const author = bylineNames(block.text);
      if (author.length) found.author = author;
    }
    if ((block.label === 'dateline' || block.label === 'byline') && !found.date) {
      const date = dateInText(block.text);
      if (date) found.date = date;
    }
    if (found.author && found.date) break;
  }
  return found;
}

/** The names a byline states after "By", or none when what follows does not read as names. */
export function bylineNames(text: string): string[] {
  const match = BYLINE.exec(text.trim());
  if (!match) return [];
  const names = match[1]!.replace(NAME_END, '').split(AND).map((name) => name.trim());
  if (names.some((name) => !NAME.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS)) return [];
  return uniqueNames(names);
}
