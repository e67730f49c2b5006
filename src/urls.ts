/**
 * `url` read as a browser reads a link, against `base` where it is relative: its absolute form, or none where it does
 * not parse (or is relative with no base that parses). The URL parser itself drops the tabs, line breaks and control
 * characters the URL standard ignores.
 */
export function resolveUrl(url: string, base?: string): string | undefined {
  return URL.canParse(url, base) ? new URL(url, base).href : undefined;
}
