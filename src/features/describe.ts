import {ParseEnglish} from 'parse-english';
import type {Root} from 'nlcst';
import {toString} from 'nlcst-to-string';
import {matchCues, type Cue} from './lexicon.js';

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
  cues: Cue[];
}

// Blocks longer than this skip the retext parse: the parser is superlinear and their sentence structure is plain.
const PARSE_MAX_CHARS = 600;
const parser = new ParseEnglish();

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const TERMINAL = /[.!?…。！？]["'”’»)\]]*$/u;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/gu;
const MENTION = /(?:^|\s)@\w{2,}/gu;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]{2,}/gu;
const SEPARATOR = /\s[|•·»›>/]\s/gu;
const SENTENCE_END = /[.!?…。！？]+["'”’»)\]]*(?=\s|$)/gu;
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
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let punctuation = 0;
  for (const char of text) {
    if (/\p{L}/u.test(char)) {
      letters++;
      if (char !== char.toLowerCase()) upper++;
    } else if (/\p{N}/u.test(char)) digits++;
    else if (/[\p{P}\p{S}]/u.test(char)) punctuation++;
  }
  const chars = text.length;
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
    urls: count(text, URL),
    emails: count(text, EMAIL),
    mentions: count(text, MENTION),
    hashtags: count(text, HASHTAG),
    separators: count(text, SEPARATOR),
    lines: 1 + count(text, /\n/g),
    cues: matchCues(text),
  };
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
