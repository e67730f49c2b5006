// Random and mutated inputs for fuzzing declutter: random bytes, corpus text and HTML with bytes flipped, inserted,
// deleted and spliced, and gzip and UTF-16 variants of them. Seeded, so a failing input can be made again from its
// seed and number.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync, gzipSync} from 'node:zlib';

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `count` pages of each kind from the shared corpora: text renderings and HTML as fetched. */
export function loadSeeds(corpusRoot, count, rand) {
  const pick = (folder, suffix, read) => {
    const names = readdirSync(folder).filter((name) => name.endsWith(suffix)).sort();
    return Array.from({length: Math.min(count, names.length)}, () => read(join(folder, names[Math.floor(rand() * names.length)])));
  };
  const corpora = readdirSync(corpusRoot, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const texts = [];
  const pages = [];
  for (const corpus of corpora) {
    for (const rendering of readdirSync(join(corpusRoot, corpus, 'text'))) texts.push(...pick(join(corpusRoot, corpus, 'text', rendering), '.txt', readFileSync));
    pages.push(...pick(join(corpusRoot, corpus, 'html'), '.html.gz', (path) => gunzipSync(readFileSync(path))));
  }
  return {texts, pages};
}

const TOKENS = ['<', '>', '</div>', '<p>', '<!--', '-->', '&amp;', '&#0;', '\u0000', '\r', '\n\n', '\t', '\u00a0', '<script>', '<!DOCTYPE', '\uFFFD', '   ', '....', '•', '<table>'].map((token) => Buffer.from(token));

/** The bytes with a few random edits: flips, inserts of random bytes or markup tokens, deletions, repeats. */
export function mutate(bytes, rand) {
  let out = Buffer.from(bytes);
  const edits = 1 + Math.floor(rand() * 8);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (out.length + 1));
    const kind = Math.floor(rand() * 5);
    if (kind === 0 && out.length > 0) out[Math.min(at, out.length - 1)] = Math.floor(rand() * 256);
    else if (kind === 1) out = Buffer.concat([out.subarray(0, at), TOKENS[Math.floor(rand() * TOKENS.length)], out.subarray(at)]);
    else if (kind === 2) out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + Math.floor(rand() * 200)))]);
    else if (kind === 3) {
      const piece = out.subarray(at, at + Math.floor(rand() * 100));
      out = Buffer.concat([out.subarray(0, at), ...Array.from({length: 1 + Math.floor(rand() * 20)}, () => piece), out.subarray(at)]);
    } else out = Buffer.concat([out.subarray(0, at), Buffer.from(Array.from({length: Math.floor(rand() * 16)}, () => Math.floor(rand() * 256))), out.subarray(at)]);
  }
  return out;
}

function utf16(bytes, bom) {
  const text = Buffer.from(bytes).toString('utf8');
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

/** The `index`-th input of a run: its kind and bytes. */
export function makeInput(seeds, rand) {
  const roll = rand();
  let kind;
  let bytes;
  if (roll < 0.15) {
    kind = 'random bytes';
    bytes = Buffer.from(Array.from({length: Math.floor(rand() * 4096)}, () => Math.floor(rand() * 256)));
  } else if (roll < 0.55) {
    kind = 'mutated text';
    bytes = mutate(seeds.texts[Math.floor(rand() * seeds.texts.length)], rand);
  } else {
    kind = 'mutated html';
    bytes = mutate(seeds.pages[Math.floor(rand() * seeds.pages.length)], rand);
  }
  const variant = rand();
  if (variant < 0.1) return {kind: `${kind}, gzipped`, bytes: gzipSync(bytes)};
  if (variant < 0.15) return {kind: `${kind}, UTF-16 with BOM`, bytes: utf16(bytes, true)};
  if (variant < 0.2) return {kind: `${kind}, UTF-16 without BOM`, bytes: utf16(bytes, false)};
  return {kind, bytes};
}
