import type {BlockDescription} from '../features/describe.js';

// A list of tags or categories ("Cultivating Change, habits, Learn to Meditate, meditation, ...") may be longer than any
// headline, yet it is no sentence: short items between commas, and no full stop at the end. Prose with as many commas
// has a clause of some length among them ("..., and the talks ended without any agreement").
const LIST_MIN_ITEMS = 4;
const ITEM_MAX_WORDS = 5;
const ITEM_MEAN_MAX_WORDS = 3;
const ITEM_SEPARATOR = /\s*[,;|·•]\s*/u;
// Topics mix lower-case words in; a list of names alone (a paper's authors under its teaser) is a byline, which a page
// may count as its content: it stays a block of its own, as before.
const NAMES_MIN_CAPITALISED = 0.9;

/** Is the block a list of short topics, such as a post's tags, rather than a sentence or a list of names? */
export function isTopicList(text: string, description: BlockDescription): boolean {
  if (description.endsWithTerminal || description.capitalised >= NAMES_MIN_CAPITALISED) return false;
  let items = 0;
  let words = 0;
  // One pass, stopping at the first item too long: a block may hold thousands of items.
  for (const item of text.trim().split(ITEM_SEPARATOR)) {
    if (item.length === 0) continue;
    const size = item.split(/\s+/u).length;
    if (size > ITEM_MAX_WORDS) return false;
    items++;
    words += size;
  }
  return items >= LIST_MIN_ITEMS && words / items <= ITEM_MEAN_MAX_WORDS;
}
