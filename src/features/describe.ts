import {ParseEnglish} from 'parse-english';
import type {Root} from 'nlcst';
import {toString} from 'nlcst-to-string';
import {blockKey, matchCues, type Cue} from './lexicon.js';

/** What one block looks like on its own: the raw material of the scorer's features. */
export interface BlockDescription {
  chars: number;
  words: number;
  sentences: number;
  /** Share of words that are stopwords of the document's language. */
  stopwordDensity: number;
  /** Share of words that start with a capital letter. */
  capitalised: number;
  /** Share of letters that are upper case. */
  upperLetters: number;
  digits: number;
  punctuation: number;
  endsWithTerminal: boolean;
  endsWithColon: boolean;
  startsLower: boolean;
  startsWithBullet: boolean;
  urls: number;
  emails: number;
  mentions: number;
  hashtags: number;
  separators: number;
  lines: number;
  /** The block as compared with other blocks (case folded, framing punctuation dropped, for short blocks). */
  key: string;
  cues: Cue[];
}

// Blocks longer than this skip the retext parse: the parser is superlinear, most bytes are in long blocks, and the
// sentence structure of long prose is plain enough for a regular expression. Short blocks are where it decides.
const PARSE_MAX_CHARS = 300;
const parser = new ParseEnglish();

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const TERMINAL = /[.!?…。！？]["'”’»)\]]*$/u;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/gu;
const MENTION = /(?:^|\s)@\w{2,}/gu;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]{2,}/gu;
const SEPARATOR = /\s[|•·»›>/]\s/gu;
const SENTENCE_END = /[.!?…。！？]+["'”’»)\]]*(?=\s|$)/gu;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/u;
const BULLET_START = /^(?:[*+\-•·◦▪‣○●■□–]|\d{1,3}[.)])\s/u;

export function describeBlock(text: string, stopwords: ReadonlySet<string>): BlockDescription {
  const {words, sentences} = text.length <= PARSE_MAX_CHARS ? parseWithRetext(text) : scanQuickly(text);
  let stop = 0;
  let capitalised = 0;
  for (const word of words) {
    if (stopwords.has(word.toLowerCase())) stop++;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) capitalised++;
  }
  const {letters, upper, digits, punctuation} = countCharacters(text);
  const chars = text.length;
  const key = blockKey(text);
  const trimmed = text.trimEnd();
  const firstLetter = /\p{L}/u.exec(text)?.[0] ?? '';
  return {
    chars,
    words: words.length,
    sentences,
    stopwordDensity: words.length ? stop / words.length : 0,
    capitalised: words.length ? capitalised / words.length : 0,
    upperLetters: letters ? upper / letters : 0,
    digits: chars ? digits / chars : 0,
    punctuation: chars ? punctuation / chars : 0,
    endsWithTerminal: TERMINAL.test(trimmed),
    endsWithColon: trimmed.endsWith(':'),
    startsLower: firstLetter !== '' && firstLetter === firstLetter.toLowerCase() && firstLetter !== firstLetter.toUpperCase(),
    startsWithBullet: BULLET_START.test(text),
    // Cheap substring checks first: the patterns are costly to run over every position of long prose.
    urls: text.includes('http') || text.includes('www.') ? count(text, URL) : 0,
    emails: text.includes('@') ? count(text, EMAIL) : 0,
    mentions: text.includes('@') ? count(text, MENTION) : 0,
    hashtags: text.includes('#') ? count(text, HASHTAG) : 0,
    separators: count(text, SEPARATOR),
    lines: 1 + count(text, /\n/g),
    key,
    cues: matchCues(text, key),
  };
}

/** Letters, upper-case letters, digits and punctuation or symbols: ASCII by code, the rest by Unicode class. */
function countCharacters(text: string): {letters: number; upper: number; digits: number; punctuation: number} {
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let punctuation = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) letters++;
      else if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 48 && code <= 57) digits++;
      else if (code > 32 && code < 127) punctuation++;
      continue;
    }
    const char = text[i]!;
    if (LETTER.test(char)) {
      letters++;
      if (char !== char.toLowerCase()) upper++;
    } else if (DIGIT.test(char)) digits++;
    else if (PUNCTUATION_OR_SYMBOL.test(char)) punctuation++;
  }
  return {letters, upper, digits, punctuation};
}

/** retext's view of a block: its sentences and words (nlcst), parsed one block at a time. */
function parseWithRetext(text: string): {words: string[]; sentences: number} {
  const tree: Root = parser.parse(text);
  const words: string[] = [];
  let sentences = 0;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      sentences++;
      for (const node of sentence.children) {
        if (node.type === 'WordNode') words.push(toString(node));
      }
    }
  }
  return {words, sentences};
}

/** The same counts by regular expression, for long blocks. */
function scanQuickly(text: string): {words: string[]; sentences: number} {
  const words = text.match(WORD) ?? [];
  return {words, sentences: Math.max(1, count(text, SENTENCE_END))};
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
