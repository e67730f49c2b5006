import {createRequire} from 'node:module';
import {eng as englishStopwords} from 'stopword/src/stopwords_eng.js';

// franc's cost grows with its input; a few hundred characters of prose name a language reliably.
const SAMPLE_CHARS = 600;

/** Detect a document's language (ISO 639-3) from a sample of its longer blocks: franc needs prose, not menus. */
export function detectLanguage(blockTexts: readonly string[]): string {
  let sample = '';
  for (const text of blockTexts) {
    if (text.length >= 60) sample += text + '\n';
    if (sample.length >= SAMPLE_CHARS) break;
  }
  if (sample.length < 60) sample = blockTexts.join('\n').slice(0, SAMPLE_CHARS);
  if (plainlyEnglish(sample)) return 'eng';
  return loadFranc()(sample, {minLength: 20, only: languagesWithStopwords()});
}

type Franc = typeof import('franc-min').franc;
let franc: Franc | undefined;

// franc and its trigram models weigh much in declutter's start-up (docs/speed.md), and English pages never need them:
// they are loaded (synchronously, require of an ES module, Node >= 20.19) the first time a page is not plainly English.
function loadFranc(): Franc {
  franc ??= (createRequire(import.meta.url)('franc-min') as typeof import('franc-min')).franc;
  return franc;
}

type StopwordLists = Record<string, string[] | undefined>;
let stopwordLists: StopwordLists | undefined;

// The lists of all languages are much code to compile at start-up (docs/speed.md, Start-up); English, the commonest
// case, is imported alone, and the rest load (the same way as franc) on the first page in another language.
function loadStopwordLists(): StopwordLists {
  stopwordLists ??= createRequire(import.meta.url)('stopword/dist/stopword.esm.mjs') as StopwordLists;
  return stopwordLists;
}

const SAMPLE_WORD = /[\p{L}\p{M}]+(?:['’]\p{L}+)*/gu;
// Share of English stopwords at and above which a sample is English: on the corpora's pages (paras and region),
// franc agreed on all but 3 of the 2,768 samples above it (mixed-language pages), and German, French or Spanish
// prose stays below 0.15.
const ENGLISH_STOPWORD_SHARE = 0.25;

/**
 * A fast path for the commonest case: a sample whose words are mostly English stopwords is English, without
 * franc's trigram comparison against every candidate language (a millisecond a page, a sixth of cleaning a page).
 */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(SAMPLE_WORD) ?? [];
  if (words.length < 20) return false;
  const english = stopwordsFor('eng');
  let hits = 0;
  for (const word of words) if (english.has(word)) hits++;
  return hits / words.length >= ENGLISH_STOPWORD_SHARE;
}

let withStopwords: string[] | undefined;

// Only the languages that have a stopword list: the rest would fall back to English anyway, and fewer candidates
// make franc faster.
function languagesWithStopwords(): string[] {
  withStopwords ??= Object.keys(loadStopwordLists()).filter((name) => /^[a-z]{3}$/.test(name));
  return withStopwords;
}

/**
 * A language declutter can be told a page is in: one with a stopword list (the languages detection picks from), or
 * `und`, franc's "undetermined". Any other code would be cleaned with English stopwords, quietly: a typo's result.
 */
export function isKnownLanguage(code: string): boolean {
  return code === 'eng' || code === 'und' || languagesWithStopwords().includes(code);
}

/** The codes `isKnownLanguage` takes, for a message. */
export function knownLanguages(): string {
  return ['und', ...languagesWithStopwords()].sort().join(', ');
}

const cache = new Map<string, ReadonlySet<string>>();

/** The stopword list of a language (the `stopword` package's lists), English where the language has none. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (!set) {
    const list = language === 'eng' ? englishStopwords : (loadStopwordLists()[language] ?? englishStopwords);
    set = new Set(list.map((word) => word.toLowerCase()));
    cache.set(language, set);
  }
  return set;
}
