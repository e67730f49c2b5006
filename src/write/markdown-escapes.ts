import type {Link, Nodes, Parents, PhrasingContent, Root, Text} from 'mdast';
import type {ConstructName, Handle, Info, Options, State, Unsafe} from 'mdast-util-to-markdown';

/**
 * mdast-util-to-markdown's escaping, narrowed to where Markdown would read syntax in what declutter writes. Its
 * `unsafe` patterns err on the safe side, since they serve any tree: a `&` before any letter, every `(` and `)` of a
 * link's address, every `[`, `*` and `~` of the text, and (GFM) the `:` of a URL and the `@` of an address in plain
 * text, all come escaped. Raw readers of the Markdown (a regex finding URLs, a language model) then see
 * `offer_id=3859\&aff_id=1005` and `http\://example.com`. What each escape guards against cannot happen here:
 *
 * - `&` starts a character reference only as `&name;` or `&#123;`: before anything else it is a `&`;
 * - parentheses in a link's address need no escape where they pair up (`Redirection_(computing)`);
 * - a `[` forms a link only with a `](` after it, whose `(` stays escaped, or with a definition, which declutter never
 *   writes (a `[` at a line's start stays escaped: it could start one); in a link's text, brackets that pair up stand;
 * - a `*`, `_` or `~` is emphasis or strikethrough only with another that closes it in the same block (an `_` that
 *   starts or ends a word too: `_private`, `__init__` alone in its block);
 * - at a line's start, a `~` starts a code fence only as `~~~`, and an `_` a thematic break only beside another `_`;
 * - a plain URL or address that GFM reads as an autolink keeps its words, where no escape of another character falls
 *   in it (an autolink reads its backslashes as they are) and it ends where the text does not run on.
 *
 * The handlers change the patterns `safe` reads (`state.unsafe`) around the library's own handlers, as its link
 * handler changes `state.stack` around an autolink; the Markdown stays CommonMark with GFM and reads back as the same
 * words.
 */
export function narrowEscapes(defaults: Readonly<Record<'root' | 'link' | 'text', Handle>>): Options {
  // Per tree: the text nodes whose `*`, those whose `_`, and those whose `~`, cannot pair with another in their block.
  let lone: LoneDelimiters = {'*': new WeakSet(), _: new WeakSet(), '~': new WeakSet()};
  const root: Handle = (node: Root, parent: Parents | undefined, state: State, info: Info) => {
    state.unsafe = narrowed(state.unsafe);
    lone = {'*': new WeakSet(), _: new WeakSet(), '~': new WeakSet()};
    markLoneDelimiters(node, lone, escapedAtBreak(state.unsafe));
    return defaults.root(node, parent, state, info);
  };
  const link: Handle = (node: Link, parent: Parents | undefined, state: State, info: Info) => {
    let unsafe = state.unsafe;
    if (pairsUp(node.url, '(', ')')) unsafe = withoutIn(withoutIn(unsafe, '(', 'destinationRaw'), ')', 'destinationRaw');
    if (pairsUp(flatText(node.children), '[', ']')) unsafe = withoutIn(withoutIn(unsafe, '[', 'label'), ']', 'label');
    return withUnsafe(state, unsafe, () => defaults.link(node, parent, state, info));
  };
  const text: Handle = (node: Text, parent: Parents | undefined, state: State, info: Info) => {
    let unsafe = state.unsafe;
    for (const marker of DELIMITERS) if (lone[marker].has(node)) unsafe = withoutIn(unsafe, marker, 'phrasing');
    if (!MAY_BE_AUTOLINK.test(node.value)) return withUnsafe(state, unsafe, () => defaults.text(node, parent, state, info));
    const plain = withoutAutolinkGuards(unsafe);
    const bare = withUnsafe(state, plain, () => defaults.text(node, parent, state, info));
    return readsAsAutolinks(bare, literalEnd(state, info.after)) ? bare : wordByWord(node.value, state, info, unsafe, plain);
  };
  return {handlers: {root, link, text}};
}

// A character reference, as CommonMark reads one after a `&`: a name or a number, and a semicolon.
const CHARACTER_REFERENCE = '(?:[A-Za-z][A-Za-z\\d]{1,31}|#\\d{1,7}|#[Xx][\\dA-Fa-f]{1,6});';
// Characters GFM's autolink literals are guarded by, in text: `www.`, `http:`, `name@host`.
const AUTOLINK_LITERAL_CHARACTERS = new Set(['.', ':', '@']);

// Text GFM could read as an autolink literal, and such literals in Markdown: from their start to white space or `<`.
const MAY_BE_AUTOLINK = /[:@]|www\./i;
const AUTOLINK_SPANS = /(?:https?:\/\/|www\.)[^\s<]*|[\w.+-]+@[^\s<]*/gi;

// What must follow a character at a line's start for it to start a construct there, where the library escapes it
// whatever follows: a fence of three tildes or more, a thematic break of three underscores or more (spaces between).
const AT_BREAK_AFTER: Readonly<Record<string, string>> = {'~': '~~', _: '[ \\t]*_'};

/** The patterns for the whole tree: `&` only before a reference, `~` and `_` at a line's start only before their construct, no `[` in text. */
function narrowed(unsafe: readonly Unsafe[]): Unsafe[] {
  const patterns = withoutIn(unsafe, '[', 'phrasing');
  return patterns.map((pattern) => {
    if (pattern.character === '&' && !pattern.atBreak) return {...pattern, after: CHARACTER_REFERENCE, _compiled: undefined};
    const after = AT_BREAK_AFTER[pattern.character];
    return after && pattern.atBreak && !pattern.after && !pattern.before ? {...pattern, after, _compiled: undefined} : pattern;
  });
}

// What of the text before a word decides how it is escaped: a few characters, and the line break before them. After
// it, the next character, as the library's handlers give it (its `safe` reads a longer `after` as if it were one).
const CONTEXT_CHARS = 64;

/**
 * The text escaped a word at a time, each URL or address left plain where it reads as the autolink it is: one
 * address that must stay guarded (an escape would fall in it) leaves the others of the text plain.
 */
function wordByWord(value: string, state: State, info: Info, guarded: Unsafe[], plain: Unsafe[]): string {
  let written = '';
  let at = 0;
  for (const word of value.match(/\s+|\S+/g) ?? []) {
    at += word.length;
    const before = (info.before + written).slice(-CONTEXT_CHARS);
    const after = at < value.length ? value.charAt(at) : info.after.charAt(0);
    const escape = (unsafe: Unsafe[]) => withUnsafe(state, unsafe, () => state.safe(word, {...info, before, after}));
    const bare = MAY_BE_AUTOLINK.test(word) ? escape(plain) : undefined;
    written += bare !== undefined && readsAsAutolinks(bare, literalEnd(state, after)) ? bare : escape(guarded);
  }
  return written;
}

/**
 * What follows a text's last word for an autolink literal in it: a table cell's closing pipe ends it, since GFM splits
 * a row into its cells before it reads their text.
 */
function literalEnd(state: State, after: string): string {
  return after.startsWith('|') && state.stack.includes('tableCell') ? ' ' : after;
}

function withoutAutolinkGuards(unsafe: readonly Unsafe[]): Unsafe[] {
  let patterns: readonly Unsafe[] = unsafe;
  for (const character of AUTOLINK_LITERAL_CHARACTERS) patterns = withoutIn(patterns, character, 'phrasing');
  return patterns as Unsafe[];
}

/**
 * Does Markdown text, where GFM reads autolink literals, say what it says? Not where an escape falls in a literal,
 * whose backslash would then be read as a character of the address, nor where a literal runs on into what follows.
 */
function readsAsAutolinks(markdown: string, after: string): boolean {
  for (const match of markdown.matchAll(AUTOLINK_SPANS)) {
    if (match[0].includes('\\')) return false;
    if (match.index + match[0].length === markdown.length && after !== '' && !/^[\s<]/.test(after)) return false;
  }
  return true;
}

// Lists made from a list, kept: a pattern compiles its expression once, on its first use.
const derived = new WeakMap<readonly Unsafe[], Map<string, Unsafe[]>>();

/**
 * The patterns with `construct` taken out of where `character` is unsafe (mid-line: a pattern at a line's start
 * stays), each pattern left with no construct dropped.
 */
function withoutIn(unsafe: readonly Unsafe[], character: string, construct: ConstructName): Unsafe[] {
  const key = `${character} ${construct}`;
  let made = derived.get(unsafe);
  if (!made) derived.set(unsafe, (made = new Map()));
  let patterns = made.get(key);
  if (!patterns) made.set(key, (patterns = withoutInUncached(unsafe, character, construct)));
  return patterns;
}

function withoutInUncached(unsafe: readonly Unsafe[], character: string, construct: ConstructName): Unsafe[] {
  const patterns: Unsafe[] = [];
  for (const pattern of unsafe) {
    const constructs = pattern.inConstruct === undefined || pattern.inConstruct === null ? [] : [pattern.inConstruct].flat();
    if (pattern.character !== character || pattern.atBreak || !constructs.includes(construct)) {
      patterns.push(pattern);
      continue;
    }
    const rest = constructs.filter((name) => name !== construct);
    if (rest.length > 0) patterns.push({...pattern, inConstruct: rest, _compiled: undefined});
  }
  return patterns;
}

function withUnsafe(state: State, unsafe: Unsafe[], write: () => string): string {
  const saved = state.unsafe;
  state.unsafe = unsafe;
  try {
    return write();
  } finally {
    state.unsafe = saved;
  }
}

// CommonMark reads parentheses in a link's address as part of it when they pair up, nested 32 deep at most.
const MAX_PAIR_DEPTH = 32;

/** Does every `open` in the text have its `close` after it, and every `close` an `open` before it? */
function pairsUp(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === open && ++depth > MAX_PAIR_DEPTH) return false;
    if (character === close && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The text of phrasing content as Markdown spells it around its words: a link's brackets, a code span's ticks, a line
 * break as a backslash at the line's end (or as a space, where the block holds no line break).
 */
function flatText(nodes: readonly PhrasingContent[], lineBreak = '\\\n'): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'html') return node.value;
      if (node.type === 'inlineCode') return '`x`';
      if (node.type === 'break') return lineBreak;
      if (node.type === 'image') return '![x](x)';
      if (node.type === 'link') return `[${flatText(node.children, lineBreak)}](x)`;
      if ('children' in node) return flatText(node.children, lineBreak);
      return '';
    })
    .join('');
}

/** The delimiters of emphasis (`*`, `_`) and strikethrough (`~`), each with the text nodes where it stands alone. */
const DELIMITERS = ['*', '_', '~'] as const;
type LoneDelimiters = Record<(typeof DELIMITERS)[number], WeakSet<Nodes>>;

/**
 * The text nodes of each block (paragraph, heading, table cell) whose `*` or `_` (`~`) cannot be emphasis
 * (strikethrough): no run of them there can open with another after it that can close, in the text as it is written
 * (a line break a backslash, a delimiter escaped at a line's start a character like any other). A block with emphasis,
 * strong or a deletion of its own writes such runs itself, and keeps its escapes.
 */
function markLoneDelimiters(node: Nodes, lone: LoneDelimiters, atBreak: AtBreakEscapes): void {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    if (hasMarkup(node.children)) return;
    // A paragraph starts a line, and its breaks start lines; a heading or a cell holds one line, its breaks spaces.
    const text = node.type === 'paragraph' ? `\n${flatText(node.children)}` : flatText(node.children, ' ');
    for (const marker of DELIMITERS) {
      if (!canPair(asWritten(text, atBreak[marker]), marker)) for (const leaf of textLeaves(node.children)) lone[marker].add(leaf);
    }
    return;
  }
  if ('children' in node) for (const child of node.children) markLoneDelimiters(child, lone, atBreak);
}

/** For each delimiter, where the patterns escape it at a line's start, whatever else the block holds. */
type AtBreakEscapes = Record<(typeof DELIMITERS)[number], RegExp[]>;

function escapedAtBreak(unsafe: readonly Unsafe[]): AtBreakEscapes {
  const at = (marker: string) =>
    unsafe
      .filter((pattern) => pattern.atBreak && pattern.character === marker && !pattern.before && !pattern.inConstruct)
      .map((pattern) => new RegExp(`([\\r\\n][\\t ]*)\\${marker}${pattern.after ? `(?=${pattern.after})` : ''}`, 'g'));
  return {'*': at('*'), _: at('_'), '~': at('~')};
}

// What an escaped delimiter is to the runs beside it: a character of punctuation, as the `\_` it is written as.
const ESCAPED = '!';

/**
 * The text with each delimiter that is escaped at a line's start in its place as another punctuation mark: the rest of
 * its run (`\__` of `__`) starts after punctuation, where it can close emphasis that an earlier run opens.
 */
function asWritten(text: string, escapes: readonly RegExp[]): string {
  return escapes.reduce((written, escape) => written.replace(escape, `$1${ESCAPED}`), text);
}

function hasMarkup(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some((node) => node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || ('children' in node && hasMarkup(node.children)));
}

function textLeaves(nodes: readonly PhrasingContent[]): Text[] {
  return nodes.flatMap((node) => (node.type === 'text' ? [node] : 'children' in node ? textLeaves(node.children) : []));
}

const WHITE_SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Could a run of `marker` in this text open emphasis that a later run closes? CommonMark's flanking rules: a run opens
 * when it is left-flanking, closes when it is right-flanking (a line's ends count as white space); an `_` run inside
 * a word (`snake_case`) does neither. With GFM, a `*` or `_` run also opens before a `~` and closes after one
 * (micromark counts strikethrough's delimiter among the markers of attention: `a*~b~*c` is emphasis).
 */
function canPair(text: string, marker: string): boolean {
  const runs = new RegExp(`\\${marker}+`, 'g');
  let opener = false;
  for (const match of text.matchAll(runs)) {
    const before = text[match.index - 1] ?? ' ';
    const after = text[match.index + match[0].length] ?? ' ';
    const besideTilde = (character: string) => marker !== '~' && character === '~';
    const left = (!WHITE_SPACE.test(after) && (!PUNCTUATION.test(after) || WHITE_SPACE.test(before) || PUNCTUATION.test(before))) || besideTilde(after);
    const right = (!WHITE_SPACE.test(before) && (!PUNCTUATION.test(before) || WHITE_SPACE.test(after) || PUNCTUATION.test(after))) || besideTilde(before);
    const opens = left && (marker !== '_' || !right || PUNCTUATION.test(before));
    const closes = right && (marker !== '_' || !left || PUNCTUATION.test(after));
    if (closes && opener) return true;
    if (opens) opener = true;
  }
  return false;
}
