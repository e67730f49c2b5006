/**
 * A heading's permalink: the link to the heading itself that documentation generators and blogs put beside it (Sphinx
 * and MkDocs `<a class="headerlink">¶</a>`, Hugo's `#`, GitHub's `a.anchor`, Docusaurus' `hash-link`). Its sign is no
 * word of the heading: read as text it gives "Debug Mode¶", and in Markdown a link inside every heading.
 */

// Classes sites give such links, on a heading or on a term, a caption or a figure that can be linked to.
const PERMALINK_CLASSES: ReadonlySet<string> = new Set([
  'headerlink', 'anchor', 'header-anchor', 'heading-anchor', 'anchor-link', 'anchorjs-link', 'hash-link', 'permalink',
]);
// The link's whole text: one sign, or (for a link of such a class) nothing visible. A page whose UTF-8 was read as
// Latin-1 (saved twice over) spells `¶` and `§` with an `Â` before them.
const SIGN = /^(?:Â?[¶§]|[#🔗⚓])$/u;
const INVISIBLE = /[\s\u200b\u200c\u200d\u2060\ufe0e\ufe0f]/gu;
// A letter or digit, but the `Â` of a sign's mojibake.
const WORD_START = /[^\P{L}Â]|\p{N}/u;
// How far after its start tag a permalink's end tag may be: its sign, perhaps in a span, and a title.
const MAX_SOURCE_CHARS = 400;

/**
 * Is the `<a>` whose start tag ends at `from` in `source` a permalink: a link of a permalink's class, or a link in a
 * heading, whose text is a permalink's sign alone?
 */
export function isPermalink(attributes: Readonly<Record<string, string>>, inHeading: boolean, source: string, from: number): boolean {
  const className = attributes.class;
  // Every class above says one of these: most links' classes are not split at all.
  const named = className !== undefined && (className.includes('anchor') || className.includes('link')) && className.split(/\s+/).some((token) => PERMALINK_CLASSES.has(token));
  if (!named && !inHeading) return false;
  // A heading's link that starts with a word (a teaser's headline) is no sign: most are, and need no look ahead.
  if (!named && WORD_START.test(source.charAt(from))) return false;
  const end = source.slice(from, from + MAX_SOURCE_CHARS).search(/<\/a[\s>]/i);
  if (end < 0) return false;
  const text = decodeSign(source.slice(from, from + end).replace(/<[^>]*>/g, '')).replace(INVISIBLE, '');
  return SIGN.test(text) || (named && text === '');
}

/** The text with the character references a sign is spelt with read: numeric ones and `&para;`, `&sect;`, `&num;`. */
function decodeSign(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(para|sect|num));/gi, (reference, decimal, hex, name) => {
    if (name) return {para: '¶', sect: '§', num: '#'}[(name as string).toLowerCase()] ?? reference;
    const code = decimal ? Number(decimal) : Number.parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}
