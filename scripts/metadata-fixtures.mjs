#!/usr/bin/env node
// The metadata fixtures (test/fixtures/metadata/: real corpus pages with their author, date and site name checked by
// hand) scored field by field: of the pages that state a field, how many get it right; of those that do not, how
// many get a value anyway. `node scripts/metadata-fixtures.mjs` after `npm run build` prints the table; the tests
// check the same figures against the library's source.
import {readdirSync, readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../test/fixtures/metadata/', import.meta.url));
export const FIELDS = ['author', 'date', 'siteName'];

/** Each fixture: its name, the page's HTML and the expected fields. */
export function loadFixtures(folder = FIXTURES) {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const html = gunzipSync(readFileSync(`${folder}${name}.html.gz`)).toString('utf8');
      return {name, html, expected: JSON.parse(readFileSync(`${folder}${file}`, 'utf8'))};
    });
}

const fold = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Is the found value the expected one? Names as a set, a date by its calendar day, a site name folded. */
export function sameValue(field, expected, found) {
  if (field === 'author') return expected.length === found.length && expected.every((name) => found.some((f) => fold(f) === fold(name)));
  if (field === 'date') return found !== null && found.slice(0, 10) === expected;
  return found !== null && fold(found) === fold(expected);
}

const stated = (field, value) => (field === 'author' ? value.length > 0 : value !== null);

/** Per field: pages that state it, how many are right, pages that do not, how many got a value anyway, and the misses. */
export function scoreFixtures(fixtures, metadataOf) {
  const scores = Object.fromEntries(FIELDS.map((field) => [field, {stated: 0, right: 0, unstated: 0, invented: 0, wrong: []}]));
  for (const {name, html, expected} of fixtures) {
    const found = metadataOf(html);
    for (const field of FIELDS) {
      const score = scores[field];
      if (stated(field, expected[field])) {
        score.stated++;
        if (sameValue(field, expected[field], found[field])) score.right++;
        else score.wrong.push(`${name}: ${JSON.stringify(found[field])}, not ${JSON.stringify(expected[field])}`);
      } else {
        score.unstated++;
        if (stated(field, found[field])) {
          score.invented++;
          score.wrong.push(`${name}: ${JSON.stringify(found[field])}, where the page states none`);
        }
      }
    }
  }
  return scores;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {declutter} = await import('../dist/index.js');
  const fixtures = loadFixtures();
  const scores = scoreFixtures(fixtures, (html) => declutter(html, {format: 'html'}).metadata);
  console.log(`${fixtures.length} pages`);
  console.log('field     stated  right  share  unstated  given anyway');
  for (const [field, s] of Object.entries(scores)) {
    console.log(`${field.padEnd(9)} ${String(s.stated).padStart(6)} ${String(s.right).padStart(6)} ${(s.stated ? s.right / s.stated : 1).toFixed(3).padStart(6)} ${String(s.unstated).padStart(9)} ${String(s.invented).padStart(13)}`);
  }
  for (const [field, s] of Object.entries(scores)) for (const line of s.wrong) console.log(`  ${field} ${line}`);
}
