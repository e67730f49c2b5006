/**
 * Where a block of an HTML page sits in its markup: the signals HTML extractors read beside the text. A block inside
 * <nav>, in a list of links, or under an element whose class says "comments" or "related" is rarely the article; one
 * under <article> or a class "post-content" often is. The scorer learns what each is worth from the corpus's pages
 * as fetched; text input has none of them (docs/learning.md, HTML pages).
 */

/** The contexts a block may lie in, each one bit of `BlockMarkup.contexts`, in this order. */
export const MARKUP_CONTEXTS = Object.freeze([
  // The element's own kind, or its ARIA role.
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'listItem',
  'heading',
  'figure',
  'table',
  'article',
  'quote',
  'code',
  'paragraph',
  // Not shown: the hidden attribute, aria-hidden, display:none, or a class for screen readers only.
  'hidden',
  // What an ancestor's class or id names.
  'named:navigation',
  'named:comments',
  'named:related',
  'named:social',
  'named:ad',
  'named:prompt',
  'named:sidebar',
  'named:footer',
  'named:meta',
  'named:caption',
  'named:content',
  'named:author',
  // Of the elements around the block whose class or id names something, what the innermost one names: a bio box
  // inside the article's "post-content", a story inside a page-wide "sidebar-layout".
  'innermost:junk',
  'innermost:content',
] as const);

export type MarkupContext = (typeof MARKUP_CONTEXTS)[number];

/** A block's place in the markup of its page. */
export interface BlockMarkup {
  /** Share of the block's visible characters that are link text (inside <a>). */
  linkShare: number;
  /** Bit i is set when the block lies inside `MARKUP_CONTEXTS[i]`. */
  contexts: number;
  /** The level of the heading (`<h1>` to `<h6>`) the block's text lies in, innermost; 0 outside headings. */
  heading: number;
  /** The innermost element the block's first text lies in: an index into the page's `ElementTree`, -1 for none. */
  element: number;
}

/** The level of a heading element (1 for `<h1>`), 0 for any other element. */
export function headingLevel(tag: string): number {
  return tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6' ? Number(tag[1]) : 0;
}

const bit = (context: MarkupContext): number => 1 << MARKUP_CONTEXTS.indexOf(context);

/**
 * Whether contexts say a browser does not show what has them (`isHidden`): an element's own (`elementContexts`), or a
 * block's (`BlockMarkup.contexts`), which lies hidden where any element around it is.
 */
export function hidesElement(contexts: number): boolean {
  return (contexts & HIDDEN) !== 0;
}

const HIDDEN = bit('hidden');

/** Whether the contexts (`elementContexts`, `nestedContexts`) are those of an element that is or lies in code. */
export function inCode(contexts: number): boolean {
  return (contexts & CODE) !== 0;
}
const CODE = bit('code');

const TAG_CONTEXTS: ReadonlyMap<string, number> = new Map<string, number>([
  ['nav', bit('nav')],
  ['menu', bit('nav')],
  ['header', bit('header')],
  ['footer', bit('footer')],
  ['aside', bit('aside')],
  ['form', bit('form')],
  ['button', bit('form')],
  ['label', bit('form')],
  ['fieldset', bit('form')],
  ['li', bit('listItem')],
  ['dt', bit('listItem')],
  ['dd', bit('listItem')],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag): [string, number] => [tag, bit('heading')]),
  ['figure', bit('figure')],
  ['figcaption', bit('figure')],
  ['table', bit('table')],
  ['article', bit('article')],
  ['main', bit('article')],
  ['blockquote', bit('quote')],
  ['pre', bit('code')],
  ['code', bit('code')],
  ['p', bit('paragraph')],
]);

const ROLE_CONTEXTS: ReadonlyMap<string, number> = new Map<string, number>([
  ['navigation', bit('nav')],
  ['menu', bit('nav')],
  ['menubar', bit('nav')],
  ['banner', bit('header')],
  ['contentinfo', bit('footer')],
  ['complementary', bit('aside')],
  ['form', bit('form')],
  ['search', bit('form')],
  ['main', bit('article')],
  ['article', bit('article')],
  ['dialog', bit('named:prompt')],
  ['alertdialog', bit('named:prompt')],
]);

/**
 * Class names and ids of what readers write below a page: comment threads, and a shop's customer reviews (a list of
 * them, "reviews", or a reviews widget by its maker's name; a lone "review" is as often a review article's own body).
 * Matched on lower-cased names.
 */
export const COMMENTS_NAME = /comment|disqus|respond|replies|reviews|yotpo|judge-?me|okendo|trustpilot|bazaarvoice/;

// Words of class names and ids, as sites name their parts (matched on the lower-cased class and id together).
const NAMED: readonly [MarkupContext, RegExp][] = [
  ['named:navigation', /nav|menu|breadcrumb|pagination|pager|skip-?link/],
  ['named:comments', COMMENTS_NAME],
  ['named:related', /related|recommend|more-?(?:stories|articles|news|posts)|read-?(?:more|next)|popular|trending|teaser|outbrain|taboola/],
  ['named:social', /share|sharing|social|follow/],
  ['named:ad', /(?:^|[^a-z])ads?(?:[^a-z]|$)|advert|sponsor|promo|banner|dfp/],
  ['named:prompt', /newsletter|subscri|sign-?up|cookie|consent|gdpr|popup|modal|paywall/],
  ['named:sidebar', /sidebar|widget|(?:^|[^a-z])rail(?:[^a-z]|$)/],
  ['named:footer', /footer|copyright/],
  ['named:meta', /date|(?:^|[^a-z])tags?(?:[^a-z]|$)|meta/],
  ['named:caption', /caption|credit/],
  ['named:content', /article|content|post|entry|story|(?:^|[^a-z])(?:body|text)(?:[^a-z]|$)/],
  ['named:author', /author|byline|(?:^|[^a-z])bio(?:[^a-z]|$)|profile/],
];

const NAMED_BITS = NAMED.reduce((bits, [context]) => bits | bit(context), 0);
const INNERMOST_BITS = bit('innermost:junk') | bit('innermost:content');

/**
 * The contexts inside an element: its parent's and its own; the innermost name is the element's own when its class or
 * id names anything (junk when it names any kind of junk, even beside content: "post-sidebar"), else the parent's.
 */
export function nestedContexts(parent: number, own: number): number {
  const named = own & NAMED_BITS;
  if (!named) return parent | own;
  const innermost = named === bit('named:content') ? bit('innermost:content') : bit('innermost:junk');
  return ((parent & ~INNERMOST_BITS) | own | innermost) >>> 0;
}

/**
 * What an element adds to the contexts of what lies inside it: its tag, its role, and what its class and id name.
 * `named` remembers class-and-id strings already read, since a page repeats the same few many times.
 */
export function elementContexts(tag: string, attributes: Record<string, string>, named: Map<string, number>): number {
  let contexts = TAG_CONTEXTS.get(tag) ?? 0;
  if (isHidden(attributes)) contexts |= bit('hidden');
  const role = attributes.role;
  if (role) contexts |= ROLE_CONTEXTS.get(role.trim().toLowerCase()) ?? 0;
  const names = `${attributes.class ?? ''} ${attributes.id ?? ''}`.trim();
  if (names) {
    let found = named.get(names);
    if (found === undefined) {
      const lower = names.toLowerCase();
      found = 0;
      for (const [context, pattern] of NAMED) if (pattern.test(lower)) found |= bit(context);
      named.set(names, found);
    }
    contexts |= found;
  }
  return contexts;
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const HIDING_CLASS = /(?:^|\s)(?:sr-only|screen-reader-text|visually-?hidden|hidden)(?:\s|$)/i;

/** Whether a browser shows the element: not where it is `hidden`, `aria-hidden`, `display: none` or for screen readers only. */
function isHidden(attributes: Readonly<Record<string, string>>): boolean {
  return (
    attributes.hidden !== undefined ||
    attributes['aria-hidden'] === 'true' ||
    (attributes.style !== undefined && HIDING_STYLE.test(attributes.style)) ||
    (attributes.class !== undefined && HIDING_CLASS.test(attributes.class))
  );
}
