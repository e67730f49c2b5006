import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {applyContext, CONTEXT_RULES, type Verdict} from '../src/rules/index.js';

const BODY = 'The council met on Tuesday evening to vote on the new road through the old town centre after a long debate.';
const TOWNS = ['Atco', 'Berlin', 'Bristol', 'Camden', 'Ewing', 'Olney', 'Trenton', 'Wayne', 'Vineland', 'Newark', 'Salem', 'Dover'];
const rule = CONTEXT_RULES.filter((r) => r.name === 'template-lines');

function run(texts: string[]): Verdict[] {
  const stopwords = stopwordsFor('eng');
  const descriptions = texts.map((text) => describeBlock(text, stopwords));
  const verdicts: Verdict[] = texts.map(() => ({kept: true, label: 'body', score: 0.9, reasons: []}));
  applyContext(verdicts, descriptions, {rules: rule, texts});
  return verdicts;
}

describe('template-lines', () => {
  const directory = TOWNS.map((town, n) => `Affordable Gym in ${town}, ${n % 2 ? 'Camden' : 'Mercer'} County, New Jersey`);

  it('drops a long chain of lines said from one template below the body', () => {
    const verdicts = run([...Array(8).fill(BODY), ...directory]);
    expect(verdicts.slice(0, 8).every((v) => v.kept)).toBe(true);
    expect(verdicts.slice(8).map((v) => [v.kept, v.label, v.reasons[0]])).toEqual(directory.map(() => [false, 'navigation', 'template-lines']));
  });

  it('keeps such a chain that is the page: a listing after a short intro, or lines above the body', () => {
    expect(run([BODY, ...directory]).every((v) => v.kept)).toBe(true);
    expect(run([...directory, ...Array(8).fill(BODY)]).every((v) => v.kept)).toBe(true);
  });

  it('keeps a list the article brings in, its prose going on below it', () => {
    const levels = TOWNS.map((town, n) => `Water level at ${town}: ${n % 3}.${n} metres above normal`);
    const page = [...Array(6).fill(BODY), 'The readings at noon were as follows:', ...levels, ...Array(3).fill(BODY)];
    expect(run(page).every((v) => v.kept)).toBe(true);
  });

  it('keeps lines that differ in more than a slot or two, and short chains', () => {
    const headlines = TOWNS.map((town) => `${town} council votes to close the old road for a year`).map((line, n) => (n % 2 ? `${line} after protests` : line));
    expect(run([...Array(8).fill(BODY), ...headlines]).every((v) => v.kept)).toBe(true);
    expect(run([...Array(8).fill(BODY), ...directory.slice(0, 9)]).every((v) => v.kept)).toBe(true);
  });
});
