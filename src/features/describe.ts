import {createRequire} from 'node:module';
import type {ParseEnglish} from 'parse-english';
import type {Root} from 'nlcst';
import {CLOSERS, isSpace, TERMINALS} from '../text/chars.js';
import {blockKey, matchCuesOf, type Cue} from './lexicon.js';
import {scanText} from './scan.js';

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

// The retext parse is spent only where the one-pass count can be wrong: a short block with a full stop after what
// may be an abbreviation ("Mr. Smith met U.S. officials."). Parsing every block cost much of the run and changed no
// figure of `declutter eval` (docs/speed.md, The steps to 2.5 MB per CPU second); long prose is never parsed, its
// mean sentence length is robust.
const PARSE_MAX_CHARS = 300;
let parser: ParseEnglish | undefined;

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/gu;
const MENTION = /(?:^|\s)@\w{2,}/gu;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]{2,}/gu;
const BULLET_START = /^(?:[*+\-•·◦▪‣○●■□–]|\d{1,3}[.)])\s/u;

/** `lower` is `text.toLowerCase()`, when the caller has it already (to share it with the word table's terms). */
export function describeBlock(text: string, stopwords: ReadonlySet<string>, lower: string = text.toLowerCase()): BlockDescription {
  const counts = scanText(text, lower, stopwords);
  const {words, letters} = counts;
  const chars = text.length;
  const sentences =
    counts.doubtfulSentenceEnd && chars <= PARSE_MAX_CHARS ? sentencesByRetext(text) : Math.max(1, counts.sentenceEnds);
  const key = blockKey(text, lower);
  const last = lastVisible(text);
  return {
    chars,
    words,
    sentences,
    stopwordDensity: words ? counts.stopwords / words : 0,
    capitalised: words ? counts.capitalised / words : 0,
    upperLetters: letters ? counts.upper / letters : 0,
    digits: chars ? counts.digits / chars : 0,
    punctuation: chars ? counts.punctuation / chars : 0,
    endsWithTerminal: endsWithTerminal(text, last),
    endsWithColon: text.charCodeAt(last) === COLON,
    startsLower: counts.startsLower,
    startsWithBullet: BULLET_START.test(text),
    // Cheap substring checks first: the patterns are costly to run over every position of long prose.
    urls: text.includes('http') || text.includes('www.') ? count(text, URL) : 0,
    emails: text.includes('@') ? count(text, EMAIL) : 0,
    mentions: text.includes('@') ? count(text, MENTION) : 0,
    hashtags: text.includes('#') ? count(text, HASHTAG) : 0,
    separators: counts.separators,
    lines: counts.lines,
    key,
    cues: matchCuesOf(text, key, lower),
  };
}

const COLON = 58;

/** The index of the block's last character that is not white space (-1 if there is none). */
function lastVisible(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i;
}

/**
 * Does the block end a sentence: terminal punctuation, then perhaps closing quotes or brackets, then only space?
 * `last` is `lastVisible(text)`.
 */
function endsWithTerminal(text: string, last: number): boolean {
  let i = last;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && TERMINALS.has(text.charCodeAt(i));
}

/** retext's count of a block's sentences (nlcst SentenceNodes), parsed one block at a time. */
function sentencesByRetext(text: string): number {
  parser ??= new (loadParseEnglish().ParseEnglish)();
  const tree: Root = parser.parse(text);
  let sentences = 0;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) if (node.type === 'SentenceNode') sentences++;
  }
  return Math.max(1, sentences);
}

type ParseEnglishModule = typeof import('parse-english');

/**
 * parse-english, loaded on first use (require of an ES module, Node >= 20.19): its eight small packages cost start-up,
 * and most pages of some sites never need them (docs/speed.md, Start-up).
 */
function loadParseEnglish(): ParseEnglishModule {
  return createRequire(import.meta.url)('parse-english') as ParseEnglishModule;
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
