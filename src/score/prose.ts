import type {BlockDescription} from '../features/describe.js';

// A block longer than any headline, or a sentence this long, is prose: the body has begun.
export const HEADLINE_MAX_WORDS = 25;
const SENTENCE_MIN_WORDS = 8;

/** Whether a block reads as prose, not as a headline or one of a page head's short lines. */
export const isProse = (d: BlockDescription): boolean => d.words > HEADLINE_MAX_WORDS || (d.endsWithTerminal && d.words >= SENTENCE_MIN_WORDS);
