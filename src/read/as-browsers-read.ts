/**
 * Where htmlparser2's tokenizer and a browser's part ways on markup that hides the rest of a page, the page rewritten
 * so that htmlparser2 reads what a browser shows. Each rewrite keeps the page's length, so every offset into it (the
 * Markdown writer's, the rehype plugin's) stays the same.
 *
 * - `<![CDATA[` in the page's own content is no CDATA section: browsers read it as a bogus comment that ends at the
 *   first `>` (the HTML standard's "cdata-in-html-content" error). htmlparser2 reads a section that runs to `]]>`, and
 *   where none follows, to the end of the page: a forum template that writes one into its body hid the whole thread.
 *   It becomes a declaration (`<!_CDATA[`), which htmlparser2 ends at the first `>`. Inside SVG or MathML (where it
 *   is a section) and inside raw text (a script, a style) it stays.
 * - A browser with scripts reads `<noscript>`'s content as raw text, up to `</noscript>`. htmlparser2 reads it as
 *   markup, so a raw-text element opened there and not closed before `</noscript>` (a tag manager's `<iframe ... />`:
 *   an iframe does not close itself) took the rest of the page as its text. Its tag becomes one of no element
 *   (`<_frame`), whose content is read as markup and closed by `</noscript>`.
 */

// Raw-text elements, whose content is no markup, by name.
const RAW_TEXT_NAMES = 'script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext';
const RAW_TEXT = new RegExp(`<(\\/?)(${RAW_TEXT_NAMES})(?=[\\s/>])`, 'gi');
// Tags that change how a CDATA opening is read: raw-text elements and foreign content; and the opening itself.
const TAGS = new RegExp(`<(\\/?)(${RAW_TEXT_NAMES}|svg|math)(?=[\\s/>])|<!\\[CDATA\\[`, 'gi');
const FOREIGN: ReadonlySet<string> = new Set(['svg', 'math']);
const NOSCRIPT = /<noscript(?=[\s>])/gi;
const NOSCRIPT_END = /<\/noscript/gi;

export function asBrowsersRead(html: string): string {
  // Most pages have neither, and most of the rest a `<noscript>` only: each is looked for on its own.
  const cdata = html.includes('<![CDATA[') ? cdataOpenings(html) : [];
  const unclosed = html.includes('<noscript') || html.includes('<NOSCRIPT') ? rawTextUnclosedInNoscript(html) : [];
  if (cdata.length === 0 && unclosed.length === 0) return html;
  // Where a character becomes '_': the `[` of a CDATA opening, the first letter of a raw-text tag's name.
  const rewrites = [...cdata.map((at) => at + 2), ...unclosed.map((at) => at + 1)].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const at of rewrites) {
    parts.push(html.slice(from, at), '_');
    from = at + 1;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** Where the page's own content opens a CDATA section: outside raw text and foreign content. */
function cdataOpenings(html: string): number[] {
  const openings: number[] = [];
  let rawText: string | null = null;
  let foreign = 0;
  for (const match of html.matchAll(TAGS)) {
    const closing = match[1] === '/';
    const name = match[2]?.toLowerCase();
    if (rawText !== null) {
      if (closing && name === rawText) rawText = null;
    } else if (name === undefined) {
      if (foreign === 0) openings.push(match.index);
    } else if (FOREIGN.has(name)) {
      if (closing) foreign = Math.max(0, foreign - 1);
      else if (!selfClosing(html, match.index)) foreign++;
    } else if (!closing && foreign === 0) {
      rawText = name;
    }
  }
  return openings;
}

/** Where a raw-text element opens inside a `<noscript>` and is still open at its `</noscript>`. */
function rawTextUnclosedInNoscript(html: string): number[] {
  const openings: number[] = [];
  NOSCRIPT.lastIndex = 0;
  for (let start = NOSCRIPT.exec(html); start !== null; start = NOSCRIPT.exec(html)) {
    NOSCRIPT_END.lastIndex = start.index;
    const end = NOSCRIPT_END.exec(html)?.index ?? html.length;
    let open: {name: string; at: number} | null = null;
    RAW_TEXT.lastIndex = start.index;
    for (let tag = RAW_TEXT.exec(html); tag !== null && tag.index < end; tag = RAW_TEXT.exec(html)) {
      const name = tag[2]!.toLowerCase();
      if (open === null && tag[1] !== '/') open = {name, at: tag.index};
      else if (open !== null && tag[1] === '/' && name === open.name) open = null;
    }
    if (open !== null) openings.push(open.at);
    NOSCRIPT.lastIndex = end;
  }
  return openings;
}

/** Whether the tag that starts at `at` closes itself (`<svg ... />`). */
function selfClosing(html: string, at: number): boolean {
  const end = html.indexOf('>', at);
  return end > 0 && html[end - 1] === '/';
}
