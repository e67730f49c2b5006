/**
 * What a page says about itself, gathered raw while the HTML reader parses the page: meta and link tags, JSON-LD
 * scripts, microdata properties, `<time datetime>`, `rel=author` links, `<title>` and `<html lang>`. Nothing is
 * interpreted here (no JSON is parsed, no date read): that waits until someone asks for the page's metadata, so that
 * cleaning to text pays only for a few string checks a tag.
 */
export interface PageHead {
  /** `<html lang>`. */
  lang?: string;
  /** The first `<title>`'s text. */
  title?: string;
  /** `<meta>` tags with `property` or `name` and `content`: the key lower-cased, in document order. */
  metas: {key: string; content: string}[];
  /** `<link>` tags with `rel` and `href`, rel lower-cased (the first 200). */
  links: {rel: string; href: string}[];
  /** The first `<link rel="canonical">`'s href, kept apart so that a page of many links does not lose it. */
  canonical?: string;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Microdata: each `itemprop` with its value (`content`, `datetime`, `href` or the element's text). */
  props: MicrodataProp[];
  /**
   * `<time datetime>` values, in document order; `published` when the element says it is the publication date
   * (`pubdate`, `itemprop="datePublished"`, or hAtom's class `published`, as WordPress themes write it); an
   * `<abbr class="published" title>`'s title too, hAtom's older form.
   */
  times: {datetime: string; published: boolean}[];
  /** The text of `<a rel="author">` links. */
  authorLinks: string[];
  /** The text of hCard authors (an element of class `author vcard`). */
  authorCards: string[];
}

export interface MicrodataProp {
  name: string;
  value: string;
  /** The itemtype of the item the property belongs to (its last path segment), '' when it has none. */
  itemType: string;
  /** The itemprop of the element that opened that item ('' at the top or when it has none): `author` for a name inside an author. */
  itemProp: string;
  /** Which item: items are numbered in the order they open, 0 for properties outside every item. */
  item: number;
  /** The item that holds that item (0 at the top), and its itemtype. */
  parentItem: number;
  parentItemType: string;
}

// Limits that keep a hostile page from making the head large: a page states its metadata once.
const MAX_ENTRIES = 200;
const MAX_TEXT = 1000;
const MAX_JSON_LD = 200_000;

const CANONICAL = /(?:^|\s)canonical(?:\s|$)/i;
const PUBLISHED_CLASS = /(?:^|\s)published(?:\s|$)/i;
// An hCard that names the author: both classes, in either order (a comment's card is `comment-author vcard`).
const AUTHOR_CARD = /^(?=(?:.*\s)?author(?:\s|$))(?=(?:.*\s)?vcard(?:\s|$))/i;

const TAGS_OF_NOTE: ReadonlySet<string> = new Set(['meta', 'link', 'html', 'title', 'script', 'time', 'a']);

type Capture = {kind: 'prop' | 'author' | 'card' | 'title'; depth: number; text: string; prop?: Omit<MicrodataProp, 'value'>};

/** Gathers a `PageHead` from the parser's events; the HTML reader forwards each start tag, text and end tag. */
export class PageHeadCollector {
  readonly head: PageHead = {metas: [], links: [], jsonLd: [], props: [], times: [], authorLinks: [], authorCards: []};
  private depth = 0;
  private jsonLdDepth = -1;
  private jsonLdText = '';
  private jsonLdChars = 0;
  private readonly captures: Capture[] = [];
  // Open itemscopes, innermost last: their depth, type and own itemprop.
  private readonly scopes: {depth: number; itemType: string; itemProp: string; item: number}[] = [];
  private items = 0;

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    const head = this.head;
    const itemprop = attributes.itemprop;
    if (attributes.class?.includes('vcard') && AUTHOR_CARD.test(attributes.class)) this.captures.push({kind: 'card', depth: this.depth, text: ''});
    // hAtom's older form of a published time: the ISO date in an <abbr>'s title.
    if (name === 'abbr' && attributes.title && PUBLISHED_CLASS.test(attributes.class ?? '') && head.times.length < MAX_ENTRIES) {
      head.times.push({datetime: attributes.title.trim(), published: true});
    }
    // Most tags are none of these and carry no microdata: two look-ups and a switch.
    if (itemprop === undefined && !TAGS_OF_NOTE.has(name)) {
      if ('itemscope' in attributes) this.openItem(attributes, itemprop);
      return;
    }
    if (name === 'meta') this.meta(attributes);
    else if (name === 'link') {
      if (attributes.rel && attributes.href) {
        if (head.links.length < MAX_ENTRIES) head.links.push({rel: attributes.rel.toLowerCase(), href: attributes.href.trim()});
        if (head.canonical === undefined && CANONICAL.test(attributes.rel)) head.canonical = attributes.href.trim();
      }
    } else if (name === 'html') {
      if (attributes.lang && head.lang === undefined) head.lang = attributes.lang.trim();
    } else if (name === 'title') {
      if (head.title === undefined) this.captures.push({kind: 'title', depth: this.depth, text: ''});
    } else if (name === 'script') {
      if (attributes.type?.trim().toLowerCase() === 'application/ld+json') {
        this.jsonLdDepth = this.depth;
        this.jsonLdText = '';
      }
    } else if (name === 'time') {
      if (attributes.datetime && head.times.length < MAX_ENTRIES) {
        const published = 'pubdate' in attributes || attributes.itemprop === 'datePublished' || PUBLISHED_CLASS.test(attributes.class ?? '');
        head.times.push({datetime: attributes.datetime.trim(), published});
      }
    } else if (name === 'a' && attributes.rel && /(?:^|\s)author(?:\s|$)/i.test(attributes.rel)) {
      this.captures.push({kind: 'author', depth: this.depth, text: ''});
    }
    if (itemprop !== undefined && name !== 'meta') this.property(name, itemprop, attributes);
    if ('itemscope' in attributes) this.openItem(attributes, itemprop);
  }

  private openItem(attributes: Record<string, string>, itemprop: string | undefined): void {
    const itemType = (attributes.itemtype ?? '').trim().split(/[/#]/).pop() ?? '';
    this.scopes.push({depth: this.depth, itemType, itemProp: itemprop?.trim() ?? '', item: ++this.items});
  }

  text(text: string): void {
    if (this.jsonLdDepth < 0 && this.captures.length === 0) return;
    if (this.jsonLdDepth >= 0) {
      if (this.jsonLdChars + text.length <= MAX_JSON_LD) {
        this.jsonLdText += text;
        this.jsonLdChars += text.length;
      }
      return;
    }
    for (const capture of this.captures) if (capture.text.length < MAX_TEXT) capture.text += text;
  }

  close(): void {
    if (this.jsonLdDepth === this.depth) {
      if (this.head.jsonLd.length < MAX_ENTRIES) this.head.jsonLd.push(this.jsonLdText);
      this.jsonLdDepth = -1;
    }
    while (this.captures.length && this.captures[this.captures.length - 1]!.depth === this.depth) this.finish(this.captures.pop()!);
    const scope = this.scopes[this.scopes.length - 1];
    if (scope && scope.depth === this.depth) this.scopes.pop();
    this.depth--;
  }

  private meta(attributes: Record<string, string>): void {
    const content = attributes.content;
    if (content === undefined) return;
    const head = this.head;
    if (attributes.itemprop !== undefined) {
      this.pushProp(attributes.itemprop, content);
      return;
    }
    const key = attributes.property ?? attributes.name;
    if (key && head.metas.length < MAX_ENTRIES) head.metas.push({key: key.trim().toLowerCase(), content: content.trim()});
  }

  private property(name: string, itemprop: string, attributes: Record<string, string>): void {
    // An element that opens an item holds other properties, not a value of its own (a Person's name is inside it).
    if ('itemscope' in attributes) return;
    const value = attributes.content ?? attributes.datetime ?? (name === 'link' || name === 'a' ? attributes.href : undefined) ?? (name === 'img' ? attributes.src : undefined);
    if (value !== undefined) this.pushProp(itemprop, value);
    else this.captures.push({kind: 'prop', depth: this.depth, text: '', prop: {name: itemprop.trim(), ...this.scope()}});
  }

  private pushProp(itemprop: string, value: string): void {
    if (this.head.props.length >= MAX_ENTRIES) return;
    for (const name of itemprop.trim().split(/\s+/)) {
      if (name) this.head.props.push({name, value: value.trim(), ...this.scope()});
    }
  }

  private scope(): Omit<MicrodataProp, 'name' | 'value'> {
    const scope = this.scopes[this.scopes.length - 1];
    const parent = this.scopes[this.scopes.length - 2];
    const parentItem = parent?.item ?? 0;
    const parentItemType = parent?.itemType ?? '';
    return scope ? {itemType: scope.itemType, itemProp: scope.itemProp, item: scope.item, parentItem, parentItemType} : {itemType: '', itemProp: '', item: 0, parentItem, parentItemType};
  }

  private finish(capture: Capture): void {
    const text = capture.text.replace(/\s+/g, ' ').trim();
    const head = this.head;
    if (capture.kind === 'title') head.title = text;
    else if (!text) return;
    else if (capture.kind === 'author') {
      if (head.authorLinks.length < MAX_ENTRIES) head.authorLinks.push(text);
    } else if (capture.kind === 'card') {
      if (head.authorCards.length < MAX_ENTRIES) head.authorCards.push(text);
    } else if (capture.prop && head.props.length < MAX_ENTRIES) {
      for (const name of capture.prop.name.split(/\s+/)) if (name) head.props.push({...capture.prop, name, value: text});
    }
  }
}
