import {writtenWords} from './title-words.js';

/**
 * A page title without the site's name that pages add to it ("Headline | Site", "Site - Headline"): only a part
 * beyond a separator that is the site's name (as a source states it), so a headline with a dash of its own is kept.
 */
// A slash between spaces separates a forum's topic from its board and the board from the forum's name ("Topic /
// Board / Forum"); without spaces it stays within a word ("AC/DC", "TCP/IP"), and before a single word it pairs
// (`pairsWords`).
const SEPARATOR = /\s+[|–—·•:»/-]\s+|\s+::\s+/gu;

/**
 * Whether a slash between spaces, `rest` the title after it, pairs words of the headline's own ("Back in Black by AC /
 * DC", "tips / tricks", "Mac / PC"): a single word follows it up to the next separator, and that separator is no other
 * slash. A forum's board, a word too as often as not, is followed by the forum's name ("Topic / Hardware / Forum").
 */
// The first separator of a text: SEPARATOR keeps its place between matches, this one starts afresh each time.
const FIRST_SEPARATOR = new RegExp(SEPARATOR.source, 'u');

export function pairsWords(rest: string): boolean {
  const next = FIRST_SEPARATOR.exec(rest);
  const part = next ? rest.slice(0, next.index) : rest;
  return writtenWords(part).length === 1 && next?.[0].trim() !== '/';
}

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

/**
 * A title without every part at its ends that is one of the site's names: "Headline | Blog | Site" gives "Headline"
 * where both "Blog" and "Site" name the site, "Site: Headline" gives "Headline". The parts left keep the title's own
 * separators. A name a source states (`siteNames`) also takes a part that starts with it or that it starts with ("City
 * Herald Online"); a host's name (`hostNames`: "cityherald.com", "cityherald") only a part that is it, for a host's
 * name is short and often the start of a word ("net" of abc.net.au, "move" of move.org).
 */
export function withoutSiteNames(title: string, siteNames: readonly string[], hostNames: readonly string[] = []): string {
  const sites = siteNames.map(folded).filter((site) => site.length >= 3);
  const hosts = hostNames.map(folded).filter((host) => host.length >= 3);
  if (sites.length === 0 && hosts.length === 0) return title;
  const parts = splitAtSeparators(title);
  let first = 0;
  let last = parts.length - 1;
  const isSite = (part: {text: string}) => namesSite(part.text, sites, hosts);
  while (last > first && isSite(parts[last]!)) last--;
  while (first < last && isSite(parts[first]!)) first++;
  if (first === 0 && last === parts.length - 1) return title;
  const end = last + 1 < parts.length ? parts[last + 1]!.start - parts[last + 1]!.separator.length : title.length;
  return title.slice(parts[first]!.start, end).trim();
}

/** Whether a part of a title is one of the site's names (`withoutSiteNames` says how a name is compared). */
export function isSitePart(part: string, siteNames: readonly string[], hostNames: readonly string[] = []): boolean {
  return namesSite(part, siteNames.map(folded), hostNames.map(folded));
}

function namesSite(part: string, sites: readonly string[], hosts: readonly string[]): boolean {
  return sites.some((site) => site.length >= 3 && isSiteName(part, site)) || hosts.some((host) => host.length >= 3 && host === folded(part));
}

/** Whether a title is of several parts ("Product | Category"): a separator between spaces stands in it. */
export function hasSeparator(title: string): boolean {
  return splitAtSeparators(title).length > 1;
}

/** A title's parts between its separators ("Headline | Site" gives "Headline" and "Site"). */
export function titleParts(title: string): string[] {
  return splitAtSeparators(title).map((part) => part.text);
}

function splitAtSeparators(title: string): {text: string; start: number; separator: string}[] {
  const parts: {text: string; start: number; separator: string}[] = [];
  let start = 0;
  let separator = '';
  for (const match of title.matchAll(SEPARATOR)) {
    if (match[0].trim() === '/' && pairsWords(title.slice(match.index + match[0].length))) continue;
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
