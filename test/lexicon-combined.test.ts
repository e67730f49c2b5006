import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CUES, matchCues} from '../src/index.js';
import {cueKey} from '../src/features/lexicon.js';

// matchCues runs only the cues whose required literals occur in a block (the literal filter), once a process has
// matched a few hundred blocks. This file runs in a module of its own, so that it sees the first blocks too.

/** Every cue tried on its own, as the table defines it: the answer the filter must give. */
function reference(text: string): string[] {
  const names: string[] = [];
  if (text.length <= 200) {
    const keys = [cueKey(text)];
    const newline = text.indexOf('\n');
    if (newline > 0) keys.push(cueKey(text.slice(0, newline)));
    for (const cue of CUES) if (cue.whole && cue.name !== 'byline' && keys.some((k) => cue.pattern.test(k))) names.push(cue.name);
    // The byline cue reads the block's own case; the blocks below carry no framing punctuation to drop.
    for (const cue of CUES) if (cue.name === 'byline' && cue.pattern.test(text.trim())) names.push(cue.name);
  }
  const lower = text.toLowerCase();
  for (const cue of CUES) if (!cue.whole && cue.pattern.test(lower)) names.push(cue.name);
  return names;
}

const MARKERS = [
  'ADVERTISEMENT', 'Read Next', 'Read more', 'Related Stories', 'Most Read', 'Trending now', 'FEATURED STORIES',
  "Editors' Picks", 'You may also like', 'Subscribe to our daily newsletter', 'Sign up', "Don't miss out",
  'Share this article', 'Follow us on Twitter', 'View comments', '12 comments', 'All rights reserved',
  '© 2024 Example Media', 'We use cookies to improve your experience', 'Privacy Policy', 'Terms of Use',
  'Photo: Jane Doe/Reuters', '(AP Photo/John Smith)', 'Getty Images', 'Home', 'Menu', 'Skip to content',
  'News > World > Europe', '3 likes', '1.2K shares', 'By Jane Doe', 'March 3, 2024', '5 min read',
  'Story continues below advertisement', 'Click to share on Facebook (Opens in new window)',
  // Bylines in each case and language the byline cue reads, which the filter finds by their lower-cased key.
  'BY JOHN SMITH', 'Von Anna Müller', 'par Jean Dupont', 'Por María López', 'Di Marco Rossi and Luca Bianchi',
];

function blocks(): string[] {
  const fixture = readFileSync(new URL('../fixtures/nato/input.txt', import.meta.url), 'utf8');
  const bases = [...fixture.split('\n').map((line) => line.trim()).filter(Boolean), ...MARKERS];
  const texts = new Set<string>();
  for (let n = 1; texts.size < 900; n++) {
    for (const base of bases) {
      texts.add(n === 1 ? base : n % 3 === 0 ? `${base} ${n}` : n % 3 === 1 ? `${n} ${base}` : `${base}\n${n}`);
    }
  }
  return [...texts];
}

describe('matchCues, cue by cue and behind the literal filter', () => {
  it('gives every block the cues of the table, on the first blocks of a process and after', () => {
    const texts = blocks();
    const got = texts.map((text) => matchCues(text).map((cue) => cue.name));
    const want = texts.map(reference);
    expect(got).toEqual(want);
    // Both the first blocks and the later ones match cues, so that the comparison means something in each.
    const matchedIn = (from: number, to: number) => want.slice(from, to).filter((names) => names.length > 0).length;
    expect(matchedIn(0, 300)).toBeGreaterThan(20);
    expect(matchedIn(300, texts.length)).toBeGreaterThan(50);
  });
});
