/**
 * `<![CDATA[` in an HTML page's own content is no CDATA section: browsers read it as a bogus comment that ends at the
 * first `>` and show what follows (the HTML standard's "cdata-in-html-content" error). htmlparser2 reads it as a section
 * that runs to `]]>`, and where none follows, to the end of the page: a forum's template that writes one into its body
 * hid the whole thread. `htmlCdataAsBrowsersRead` turns each such opening into a declaration of the same length
 * (`<!_CDATA[`), which htmlparser2 ends at the first `>` as browsers do, so every offset into the page stays the same.
 * Openings inside SVG or MathML (real sections there), a script, a style or another raw-text element stay as they are.
 */

const OPENING = '<![CDATA[';

// Tags that change how `<![CDATA[` is read: raw-text elements, whose content is not markup, and foreign content.
const TAGS = /<(\/?)(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext|svg|math)(?=[\s/>])|<!\[CDATA\[/gi;
const FOREIGN: ReadonlySet<string> = new Set(['svg', 'math']);

export function htmlCdataAsBrowsersRead(html: string): string {
  if (!html.includes(OPENING)) return html;
  const openings: number[] = [];
  let rawText: string | null = null;
  let foreign = 0;
  for (const match of html.matchAll(TAGS)) {
    const name = match[2]?.toLowerCase();
    if (rawText !== null) {
      if (match[1] === '/' && name === rawText) rawText = null;
    } else if (name === undefined) {
      if (foreign === 0) openings.push(match.index);
    } else if (FOREIGN.has(name)) {
      if (match[1] === '/') foreign = Math.max(0, foreign - 1);
      else if (!selfClosing(html, match.index)) foreign++;
    } else if (match[1] !== '/' && foreign === 0) {
      rawText = name;
    }
  }
  if (openings.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const at of openings) {
    parts.push(html.slice(from, at), '<!_');
    from = at + 3;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** Whether the tag that starts at `at` closes itself (`<svg ... />`). */
function selfClosing(html: string, at: number): boolean {
  const end = html.indexOf('>', at);
  return end > 0 && html[end - 1] === '/';
}
