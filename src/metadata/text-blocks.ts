import {mapped} from '../arrays.js';
import type {Label} from '../types.js';
import {dateInText} from './dates.js';
import type {FoundMetadata} from './fields.js';
import {uniqueNames} from './values.js';

/**
 * Metadata from the page's text, for a document without markup (or markup that says nothing): a byline ("By Jane
 * Doe", "Von Georg Kasch", "Author: Stefanie Krügl", "Por: A B, C D y E F", or "By" with the names in the next block)
 * gives the authors; a short block the cleaner labelled `dateline` or `byline` that holds a whole date gives the
 * date. Only in the head
 * of the article: from a little above its title (else its first kept block) to its first paragraph of prose, so that
 * a teaser's byline further down gives nothing; nor do the bylines of a list of items (another byline in the head, or among the kept blocks below it). Only
 * what such a block says plainly: a byline whose names do not read as names, or a date without its year, gives
 * nothing.
 */

const BYLINE = /^(?:(?:written\s+)?(?:by|von|par|por|di|door|av|af)|author|autor|auteur|autore)\s*:?\s+(.+)$/iu;
const BY_ALONE = /^(?:by|von|par|por|di|door|av|af|author|autor|auteur|autore)\s*:?$/iu;
// How both start: tested first, without Unicode case folding, so that most blocks are passed over cheaply. It passes
// all that they pass while none of their words holds a k or an s (the letters with a non-ASCII case partner, K and ſ).
const BYLINE_START = /^\s*(?:by|von|par|por|di|door|av|af|aut|written)/i;
// Where a byline's names end: a date, a role, a place or a second field after a separator; a comma too, unless it
// parts a list of names.
const LIST_END = /\s*(?:[|•·⋅–—(]|\s-\s|\bon\s+(?=\w+\s+\d)|\b(?:updated|published|posted|am|le|el)\b|\d).*$/iu;
const COMMA_ON = /\s*,.*$/u;
// Capitalised words, with the lower-case particles of names and the words of a collective byline ("The Currency
// editors", "Meetingnotes Team").
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|del|la|le|bin|al|team|editors|staff|redaktion|rédaction|redacción)$/u;
const AND = /\s+(?:and|und|et|y|e|en|og|&)\s+/iu;
const MAX_NAME_WORDS = 5;

// How far above the article's start its byline may lie, how far below at most, and the words of a block that is
// the article's prose (where its head has ended).
const ABOVE_START = 15;
const BELOW_START = 50;
const PROSE_WORDS = 30;
const DATELINE_WORDS = 8;

export type TextBlock = {text: string; label: Label; kept: boolean};
/** The blocks as `fromTextBlocks` reads them, by index: a cleaner's verdicts are read in place, not copied. */
export interface TextBlocks {
  readonly length: number;
  text(i: number): string;
  label(i: number): Label;
  kept(i: number): boolean;
}

export const textBlocksOf = (blocks: readonly TextBlock[]): TextBlocks => ({
  length: blocks.length,
  text: (i) => blocks[i]!.text,
  label: (i) => blocks[i]!.label,
  kept: (i) => blocks[i]!.kept,
});

/** `dates: false` reads the bylines alone: what a cleaning rule asks on every page, where the dates are not wanted. */
export function fromTextBlocks(blocks: TextBlocks, {dates = true}: {dates?: boolean} = {}): FoundMetadata {
  const found: FoundMetadata = {};
  let bylines = 0;
  const title = firstIndex(blocks.length, (i) => blocks.label(i) === 'title');
  const start = title >= 0 ? title : firstIndex(blocks.length, (i) => blocks.kept(i));
  if (start < 0) return found;
  const end = Math.min(blocks.length, start + BELOW_START + 1);
  for (let i = Math.max(0, start - ABOVE_START); i < end; i++) {
    const text = blocks.text(i);
    if (i > start && blocks.kept(i) && hasWords(text, PROSE_WORDS)) {
      if (found.author) for (let k = i; k < blocks.length; k++) if (blocks.kept(k) && bylineNames(blocks.text(k)).length > 0) bylines++;
      break;
    }
    const author = !BYLINE_START.test(text)
      ? []
      : BY_ALONE.test(text.trim()) && i + 1 < blocks.length
        ? nameList(blocks.text(i + 1))
        : bylineNames(text);
    if (author.length) {
      bylines++;
      found.author ??= author;
    }
    const label = blocks.label(i);
    if (dates && !found.date && (label === 'dateline' || label === 'byline') && !hasWords(text, DATELINE_WORDS + 1)) {
      const date = dateInText(text);
      if (date) found.date = date;
    }
  }
  if (bylines > 1) delete found.author;
  return found;
}

const SPACE_RUN = /\s+/g;

/**
 * Whether `text` has `n` words or more as `text.split(/\s+/)` counts them (a no-break space parts words too), counted
 * no further than `n`: the cleaner reads it on every page, and the metadata's figures stay those of that count.
 */
function hasWords(text: string, n: number): boolean {
  let words = 1;
  SPACE_RUN.lastIndex = 0;
  while (words < n && SPACE_RUN.exec(text)) words++;
  return words >= n;
}

function firstIndex(length: number, test: (i: number) => boolean): number {
  for (let i = 0; i < length; i++) if (test(i)) return i;
  return -1;
}

/** The names a byline states after "By", or none when what follows does not read as names. */
export function bylineNames(text: string): string[] {
  if (!BYLINE_START.test(text)) return [];
  const match = BYLINE.exec(text.trim());
  return match ? nameList(match[1]!) : [];
}

function nameList(text: string): string[] {
  const head = text.trim().replace(LIST_END, '');
  const listed = commaList(head);
  if (listed.length) return listed;
  const names = mapped(head.replace(COMMA_ON, '').split(AND), (name) => name.trim());
  return names.every(isName) ? uniqueNames(names) : [];
}

/**
 * The names of a list parted by commas ("A B, C D y E F", "A B, C D, E F"): only where it reads as a list, with a
 * conjunction before its last name or three names at least, each of two words or more, so that a name followed by
 * a role or a place after a comma ("Jane Doe, Reuters") stays one name.
 */
function commaList(head: string): string[] {
  const parts = head.split(',');
  if (parts.length < 2) return [];
  const last = parts.pop()!.split(AND);
  const names = mapped([...parts, ...last], (name) => name.trim());
  if (last.length < 2 && names.length < 3) return [];
  return names.every((name) => isName(name) && name.split(/\s+/).length > 1) ? uniqueNames(names) : [];
}

function isName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= MAX_NAME_WORDS && /^\p{Lu}/u.test(name) && words.every((word) => NAME_WORD.test(word));
}
