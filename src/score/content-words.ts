import {isLetterAt} from '../features/scan.js';
import type {WordSet} from '../features/word-set.js';

const MIN_CONTENT_LETTERS = 4;

/**
 * Lower-case words of four or more letters (what `/\p{L}{4,}/gu` matches): the content words a headline shares with
 * its article.
 */
export function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  for (const span = new ContentWordSpans(lower); span.next(); ) words.push(lower.slice(span.start, span.end));
  return words;
}

/**
 * Which of `wanted` are among the content words of `text`: added to `one` and to `other` where given. Each word is
 * looked up by its span, not sliced out: most of a body's words are not wanted.
 */
export function addWantedWords(text: string, wanted: WordSet, one: Set<string> | undefined, other: Set<string> | undefined): void {
  const lower = text.toLowerCase();
  for (const span = new ContentWordSpans(lower); span.next(); ) {
    const word = wanted.find(lower, span.start, span.end);
    if (word === undefined) continue;
    one?.add(word);
    other?.add(word);
  }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The content words of a lower-cased text, one span at a time: `next()` moves to the next word, if there is one, and
 * sets `start` and `end`. A loop over the characters, classed as the block scan classes them, since the pattern was
 * slow enough to weigh in the whole title stage's time; a cursor rather than a callback, which the title scorer's
 * hottest loop would pay a call a word for.
 */
class ContentWordSpans {
  start = 0;
  end = 0;
  private at = 0;

  constructor(private readonly lower: string) {}

  next(): boolean {
    const {lower} = this;
    let letters = 0;
    let start = 0;
    for (let i = this.at; i <= lower.length; ) {
      const code = i < lower.length ? lower.charCodeAt(i) : 0;
      const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(lower.charCodeAt(i + 1));
      const width = pair ? 2 : 1;
      // A surrogate without its partner is no letter.
      const lone = !pair && code >= 0xd800 && code <= 0xdfff;
      if (i < lower.length && !lone && isLetterAt(lower, i, code)) {
        if (letters === 0) start = i;
        letters++;
      } else if (letters >= MIN_CONTENT_LETTERS) {
        this.start = start;
        this.end = i;
        this.at = i + width;
        return true;
      } else {
        letters = 0;
      }
      i += width;
    }
    this.at = lower.length + 1;
    return false;
  }
}
