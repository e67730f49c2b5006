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

// Tags that change how what follows is read: raw-text elements, whose content is no markup, foreign content, and
// `<noscript>`; and the CDATA opening.
const TAGS = /<(\/?)(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext|svg|math|noscript)(?=[\s/>])|<!\[CDATA\[/gi;
const FOREIGN: ReadonlySet<string> = new Set(['svg', 'math']);

export function asBrowsersRead(html: string): string {
  if (!html.includes('<![CDATA[') && !html.includes('<noscript')) return html;
  // Where a character becomes '_': the `[` of a CDATA opening, the first letter of a raw-text tag's name.
  const rewrites: number[] = [];
  let rawText: {name: string; at: number; inNoscript: boolean} | null = null;
  let foreign = 0;
  let inNoscript = false;
  for (const match of html.matchAll(TAGS)) {
    const closing = match[1] === '/';
    const name = match[2]?.toLowerCase();
    if (rawText !== null) {
      if (closing && name === rawText.name) rawText = null;
      else if (closing && name === 'noscript' && rawText.inNoscript) {
        rewrites.push(rawText.at + 1);
        rawText = null;
        inNoscript = false;
      }
    } else if (name === undefined) {
      if (foreign === 0) rewrites.push(match.index + 2);
    } else if (name === 'noscript') {
      if (foreign === 0) inNoscript = !closing;
    } else if (FOREIGN.has(name)) {
      if (closing) foreign = Math.max(0, foreign - 1);
      else if (!selfClosing(html, match.index)) foreign++;
    } else if (!closing && foreign === 0) {
      rawText = {name, at: match.index, inNoscript};
    }
  }
  if (rewrites.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const at of rewrites) {
    parts.push(html.slice(from, at), '_');
    from = at + 1;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** Whether the tag that starts at `at` closes itself (`<svg ... />`). */
function selfClosing(html: string, at: number): boolean {
  const end = html.indexOf('>', at);
  return end > 0 && html[end - 1] === '/';
}
