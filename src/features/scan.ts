import {CLOSERS, codeSet, isSpace, TERMINALS} from '../text/chars.js';
import {WordSet} from './word-set.js';

/** What one pass over a block's characters counts: the cheap half of its description. */
export interface TextCounts {
  words: number;
  /** Words that are stopwords of the document's language. */
  stopwords: number;
  /** Words whose first letter is upper case. */
  capitalised: number;
  letters: number;
  upper: number;
  /** Characters that are digits (any script). */
  digits: number;
  /** Characters that are punctuation or symbols. */
  punctuation: number;
  /** Runs of sentence-final punctuation followed by white space or the end: sentences by the simplest rule. */
  sentenceEnds: number;
  /**
   * A full stop after a short capitalised word or a single letter ("Mr.", "U.S.", "J."), with words after it: an
   * abbreviation or a sentence end, which the simple rule cannot tell apart and a parser can.
   */
  doubtfulSentenceEnd: boolean;
  /** Separators standing alone between spaces, as menus and breadcrumbs write them: `a | b`, `x » y`. */
  separators: number;
  lines: number;
  /** The first letter is lower case (a continuation, a fragment). False when it has no case or there is none. */
  startsLower: boolean;
}

// Character classes, by code unit. Non-ASCII units are classified by Unicode property once and remembered.
const UNKNOWN = 0;
const LOWER = 1;
const UPPER = 2;
const CASELESS = 3;
const MARK = 4;
const DIGIT = 5;
const PUNCTUATION = 6;
const SPACE = 7;
const OTHER = 8;

const classes = new Uint8Array(65536);
for (let code = 0; code < 128; code++) classes[code] = asciiClass(code);

function asciiClass(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (isSpace(code)) return SPACE;
  if (code > 32 && code < 127) return PUNCTUATION;
  return OTHER;
}

const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_NUMBER = /\p{N}/u;
const IS_PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/u;

function classify(char: string, code: number): number {
  if (isSpace(code)) return SPACE;
  if (IS_LETTER.test(char)) {
    if (char !== char.toLowerCase()) return UPPER;
    return char !== char.toUpperCase() ? LOWER : CASELESS;
  }
  if (IS_MARK.test(char)) return MARK;
  if (IS_NUMBER.test(char)) return DIGIT;
  if (IS_PUNCTUATION_OR_SYMBOL.test(char)) return PUNCTUATION;
  return OTHER;
}

/** The class of the character at `i`, whose code unit is `code` (of the pair, where `i` starts a surrogate pair). */
function classOf(text: string, i: number, code: number): number {
  let known = classes[code]!;
  if (known !== UNKNOWN) return known;
  if (code >= 0xd800 && code <= 0xdfff) {
    // Astral characters (rare: emoji, historic scripts) are classified each time rather than remembered, by the
    // pair when a high surrogate has its partner: what a surrogate is depends on the unit beside it.
    return classify(code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!, code);
  }
  known = classify(text[i]!, code);
  classes[code] = known;
  return known;
}

const isWordClass = (c: number) => c === LOWER || c === UPPER || c === CASELESS || c === MARK || c === DIGIT;
const isLetterClass = (c: number) => c === LOWER || c === UPPER || c === CASELESS;

/** Is the character at `i` part of a word (a letter, digit or combining mark)? As `isLetterAt`. */
export function isWordAt(text: string, i: number, code: number): boolean {
  return isWordClass(classOf(text, i, code));
}

/** Is the character at `i` a letter (`\p{L}`)? `code` is its code unit; a surrogate pair is judged whole. */
export function isLetterAt(text: string, i: number, code: number): boolean {
  return isLetterClass(classOf(text, i, code));
}

const APOSTROPHE = 39;
const SMALL_A = 97;
const SMALL_Z = 122;
const FULL_STOP = 46;
const RIGHT_QUOTE = 0x2019;
const SEPARATORS = codeSet('|•·»›>/');

// Each stopword list as a WordSet, built on first use; the lists are few (one a language) and kept for the process.
const wordSets = new WeakMap<ReadonlySet<string>, WordSet>();

function wordSetOf(stopwords: ReadonlySet<string>): WordSet {
  let set = wordSets.get(stopwords);
  if (!set) {
    set = new WordSet(stopwords);
    wordSets.set(stopwords, set);
  }
  return set;
}

/**
 * Is the word from `start` to `end` a stopword? Looked up by its span in `lower` where lower-casing kept the text's
 * positions (`lower` given), else lower-cased alone. A function of the module, not one made in the scan for each block,
 * which with its captured variables was most of what the scan allocated.
 */
function isStopwordAt(set: WordSet, stopwords: ReadonlySet<string>, text: string, lower: string | undefined, start: number, end: number): boolean {
  return lower !== undefined ? set.has(lower, start, end) : stopwords.has(text.slice(start, end).toLowerCase());
}

/**
 * Count a block's words, letters, digits, punctuation and sentence ends in one pass. A word is a run of letters,
 * digits and combining marks, kept whole across an apostrophe followed by a letter ("don't", "l’homme").
 * `lower` is `text.toLowerCase()`, shared with the cue lexicon; stopwords are looked up in it. The counts are kept
 * in local variables, which the engine holds in registers, and put in an object at the end.
 */
export function scanText(text: string, lower: string, stopwords: ReadonlySet<string>): TextCounts {
  const stopwordSet = wordSetOf(stopwords);
  // Lower-casing keeps positions for nearly every text; where it does not (a dotted İ), words are folded one by one.
  const alignedLower = lower.length === text.length ? lower : undefined;
  let words = 0;
  let stopwordCount = 0;
  let capitalised = 0;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let punctuation = 0;
  let sentenceEnds = 0;
  let doubtfulSentenceEnd = false;
  let separators = 0;
  let lines = 1;
  let startsLower = false;
  let seenLetter = false;
  let wordStart = -1;
  let wordCapitalised = false;
  let doubtfulEnd = false;
  // The word that ended last: where it ended, how long it was and whether it was capitalised.
  let lastWordEnd = -1;
  let lastWordLength = 0;
  let lastWordCapitalised = false;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    // The commonest character by far, a lower-case ASCII letter inside a word after the first letter, has a short way
    // through: all the general path would do with it is count a letter.
    if (code >= SMALL_A && code <= SMALL_Z && wordStart >= 0 && seenLetter) {
      letters++;
      i++;
      continue;
    }
    const c = classOf(text, i, code);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    if (isWordClass(c)) {
      if (wordStart < 0) {
        wordStart = i;
        wordCapitalised = c === UPPER;
        if (doubtfulEnd) doubtfulSentenceEnd = true;
        doubtfulEnd = false;
        if (wordCapitalised) capitalised++;
      }
      if (isLetterClass(c)) {
        letters++;
        if (c === UPPER) upper++;
        if (!seenLetter) startsLower = c === LOWER;
        seenLetter = true;
      } else if (c === DIGIT) digits++;
      i += width;
      continue;
    }
    if (wordStart >= 0) {
      // An apostrophe between a word and a letter joins them.
      if ((code === APOSTROPHE || code === RIGHT_QUOTE) && i + 1 < n && isLetterClass(classOf(text, i + 1, text.charCodeAt(i + 1)))) {
        punctuation++;
        i++;
        continue;
      }
      words++;
      if (isStopwordAt(stopwordSet, stopwords, text, alignedLower, wordStart, i)) stopwordCount++;
      lastWordEnd = i;
      lastWordLength = i - wordStart;
      lastWordCapitalised = wordCapitalised;
      wordStart = -1;
    }
    if (c === PUNCTUATION) {
      punctuation++;
      if (TERMINALS.has(code)) {
        let j = i + 1;
        while (j < n && TERMINALS.has(text.charCodeAt(j))) j++;
        while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
        punctuation += j - i - 1;
        if (j === n || isSpace(text.charCodeAt(j))) {
          sentenceEnds++;
          const abbreviationLike = lastWordLength === 1 || (lastWordLength <= 3 && lastWordCapitalised);
          doubtfulEnd = code === FULL_STOP && j === i + 1 && lastWordEnd === i && abbreviationLike;
        }
        i = j;
        continue;
      }
      if (SEPARATORS.has(code) && i > 0 && i + 1 < n && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1))) {
        separators++;
      }
    } else if (code === 10) lines++;
    i += width;
  }
  if (wordStart >= 0) {
    words++;
    if (isStopwordAt(stopwordSet, stopwords, text, alignedLower, wordStart, n)) stopwordCount++;
  }
  return {
    words,
    stopwords: stopwordCount,
    capitalised,
    letters,
    upper,
    digits,
    punctuation,
    sentenceEnds,
    doubtfulSentenceEnd,
    separators,
    lines,
    startsLower,
  };
}

// The scan's rare paths taken once the module loads, each several times (V8 records what a function meets only from
// its first calls on, and optimizes it for that): a surrogate pair and one alone, a capital whose lower case is longer
// (İ), runs of sentence ends and of closing quotes, an apostrophe inside a word, a text that ends in a word, a stopword
// list not seen before. Otherwise the scan, optimized on the first pages, is thrown away and compiled again when a
// page first meets one.
const RARE_PATHS = 'İt’s “so…?!” Yes.\n😀 \uDE00 2 a | b';
for (let round = 0; round < 20; round++) scanText(RARE_PATHS, RARE_PATHS.toLowerCase(), new Set(['it', 'so']));
