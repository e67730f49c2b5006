import {eng as englishStopwords} from 'stopword/src/stopwords_eng.js';
import {titleWords} from './title-words.js';

/**
 * The headline words an article's address carries: most sites write the headline into the path as a slug
 * ("/2023/05/nato-leaders-agree-new-plan", "/nato-leaders-agree-123456.html", "?title=Nato_leaders"). The words of the
 * last path segment that has any (else of a `title`-like query value), percent-decoded and lower-cased as titles are
 * compared, without what is no headline: ids, dates, file extensions, and one-letter fragments. Scripts other than
 * Latin come through as they are. Empty where the address carries no words: a number, a hash, `index.html`, an
 * address that is not http(s). Pure.
 */
export function slugWords(url: string | null | undefined): string[] {
  if (!url || !URL.canParse(url)) return [];
  const address = new URL(url);
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return [];
  for (const key of TITLE_QUERY_KEYS) {
    const value = address.searchParams.get(key);
    const words = value ? headlineWords(value) : [];
    if (words.length > 0) return words;
  }
  const segments = address.pathname.split('/');
  for (let i = segments.length - 1; i >= 0; i--) {
    const words = headlineWords(withoutExtension(decoded(segments[i]!)));
    if (words.length > 0) return words;
  }
  return [];
}

/** Query keys whose value is the page's title on sites that address pages by it (wikis, CMS previews). */
const TITLE_QUERY_KEYS = ['title', 'slug', 'headline'];

/** A file's extension at a segment's end: ".html", ".php", ".aspx". */
const EXTENSION = /\.[a-z][a-z0-9]{1,4}$/i;

/** A segment that names a page type and no headline: "index.html", "default.aspx", "amp". */
const NO_HEADLINE = new Set(['index', 'default', 'home', 'amp', 'print', 'article', 'story', 'post', 'page', 'view', 'show']);

/** An id: a run of at least five digits, or letters and digits mixed with two digits or more ("a63515464", "8n6xe"). */
function isId(word: string): boolean {
  if (/^\d+$/.test(word)) return word.length >= 5;
  return /\d.*\d/.test(word) && /\p{L}/u.test(word) && word.length >= 5;
}

/** The words of one segment or query value that may be a headline's; none where it holds only numbers or ids. */
function headlineWords(text: string): string[] {
  const words = titleWords(text).filter((word) => !isId(word));
  // A date ("2023", "05") or a number alone is no headline; a numbered headline ("10-easy-steps") keeps its number.
  if (!words.some((word) => /\p{L}/u.test(word))) return [];
  if (words.length === 1 && NO_HEADLINE.has(words[0]!)) return [];
  // One-letter fragments ("s" of "what-s", "a" of a cut-off slug) say nothing; a script written without spaces keeps its run.
  return words.filter((word) => word.length > 1 || /\d/.test(word));
}

function withoutExtension(segment: string): string {
  return segment.replace(EXTENSION, '');
}

/** A segment percent-decoded, or as it stands where its escapes are broken. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return segment;
  }
}

const STOPWORDS: ReadonlySet<string> = new Set(englishStopwords);

/**
 * The share of the slug's words that `text` says, each once, order aside: 1 where a headline says every word of its
 * slug. Stopwords are left out where other words remain (slugs often drop them, and any line says them). A word also
 * matches one that it starts or that starts it, four letters in at least ("trend", "trends"): slugs and headlines
 * inflect apart. 0 for an empty slug.
 */
export function slugCoverage(slug: readonly string[], text: string): number {
  const wanted = countedWords(slug);
  if (wanted.size === 0) return 0;
  const said = titleWords(text);
  let found = 0;
  for (const word of wanted) if (said.some((other) => sameWord(word, other))) found++;
  return found / wanted.size;
}

/** How many words of the slug count in `slugCoverage`: a slug of one such word is too weak to tell a title by. */
export function slugContentWords(slug: readonly string[]): number {
  return countedWords(slug).size;
}

/** The slug's words that count, each once: those that are not stopwords, or all of them where every one is. */
function countedWords(slug: readonly string[]): Set<string> {
  const content = slug.filter((word) => !STOPWORDS.has(word));
  return new Set(content.length > 0 ? content : slug);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}
