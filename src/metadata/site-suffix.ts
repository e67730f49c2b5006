/**
 * A page title without the site's name that pages add to it ("Headline | Site", "Site - Headline"): only a part
 * beyond a separator that is the site's name (as a source states it), so a headline with a dash of its own is kept.
 */
const SEPARATOR = /\s+[|–—·•:»-]\s+|\s+::\s+/gu;

export function withoutSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = folded(siteName);
  const parts = splitAtSeparators(title);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  if (isSiteName(last.text, site)) return title.slice(0, last.start - last.separator.length).trim();
  const firstPart = parts[0]!;
  if (isSiteName(firstPart.text, site)) return title.slice(parts[1]!.start).trim();
  return title;
}

function splitAtSeparators(title: string): {text: string; start: number; separator: string}[] {
  const parts: {text: string; start: number; separator: string}[] = [];
  let start = 0;
  let separator = '';
  for (const match of title.matchAll(SEPARATOR)) {
    parts.push({text: title.slice(start, match.index), start, separator});
    start = match.index + match[0].length;
    separator = match[0];
  }
  parts.push({text: title.slice(start), start, separator});
  return parts;
}

function isSiteName(part: string, site: string): boolean {
  const text = folded(part);
  return text.length >= 3 && (text === site || site.startsWith(text) || text.startsWith(site));
}

function folded(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
