/** Small readers shared by the metadata sources: a stated string cleaned, names and keyword lists split. */

// A profile's address, often written without its scheme ("facebook.com/name"): a host with a dot, then a path.
const URL_LIKE = /^(?:https?:)?\/\/|^www\.|^[a-z\d-]+(?:\.[a-z\d-]+)+\/\S*$/i;
// What stands before a name in a byline: "By ", "Posted by: ", "Autor: ".
const BY = /^(?:(?:posted|written)\s+by|by|von|par|por|di|door|av|af|author|autor|auteur|autore)\s*:?\s+/i;

/** A string value with white space folded and trimmed, or undefined when nothing is left. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/**
 * A person's name as a page states it: "By " or "Author: " before it dropped, and undefined for what names no one (a
 * profile URL, as `article:author` often holds, or an empty string).
 */
export function personName(value: unknown): string | undefined {
  const text = cleanText(value)?.replace(BY, '');
  if (!text || URL_LIKE.test(text)) return undefined;
  return text;
}

/** Names in stated order, each once. */
export function uniqueNames(names: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    if (!name) continue;
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/** A keyword list: a comma-separated string or an array of strings. */
export function keywordList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return uniqueNames(items.map(cleanText));
}
