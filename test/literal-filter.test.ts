import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CUES} from '../src/index.js';
import {cueKey} from '../src/features/lexicon.js';
import {LiteralScan} from '../src/features/literal-scan.js';
import {requiredLiterals} from '../src/features/required-literals.js';
import {findSharedRoot} from './helpers/shared.js';

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomText(next: () => number, pieces: readonly string[], length: number): string {
  let text = '';
  while (text.length < length) text += pieces[Math.floor(next() * pieces.length)]!;
  return text;
}

describe('requiredLiterals: what every match of a pattern contains', () => {
  it('multiplies out runs of literals, optional parts and small classes', () => {
    expect(requiredLiterals('sign(?:ing)? up')?.sort()).toEqual(['sign up', 'signing up']);
    expect(requiredLiterals(String.raw`\bcopyright\b|©`)?.sort()).toEqual(['copyright', '©']);
    expect(requiredLiterals('don[’\']?t miss')?.sort()).toEqual(["don't miss", 'dont miss', 'don’t miss']);
  });

  it('keeps the strongest literal of a sequence where a repeat or a wide class breaks it', () => {
    expect(requiredLiterals(String.raw`[\p{L}][\p{L} ]{0,40} says`)).toEqual([' says']);
    expect(requiredLiterals(String.raw`(?:«|‹)?\s*(?:prev|next)\s*(?:»|›)?`)?.sort()).toEqual(['next', 'prev']);
    expect(requiredLiterals(String.raw`\d+ (?:likes?|replies)`)?.sort()).toEqual([' like', ' likes', ' replies']);
    expect(requiredLiterals(String.raw`we and our (?:\d+ )?partners`)).toEqual(['we and our ']);
  });

  it('requires nothing of a pattern that may match without a literal, or that it cannot read', () => {
    expect(requiredLiterals(String.raw`\w+`)).toBeNull();
    expect(requiredLiterals('a|.')).toBeNull();
    expect(requiredLiterals('(?:news)?')).toBeNull();
    expect(requiredLiterals(String.raw`(a)\1`)).toBeNull();
    expect(requiredLiterals(String.raw`[\n\t]`)).toBeNull();
    expect(requiredLiterals(String.raw`a[\-\]]`)?.sort()).toEqual(['a-', 'a]']);
  });

  it('reads through a lookaround, which requires nothing of the text it looks at', () => {
    expect(requiredLiterals('news(?=letter)')).toEqual(['news']);
    expect(requiredLiterals(String.raw`(?!(?:what|who) )[\p{L}][\p{L} ]{0,40} says`, 'u')).toEqual([' says']);
    expect(requiredLiterals('(?<!x)back|home')?.sort()).toEqual(['back', 'home']);
    // A lookaround in a sequence takes no characters: the literals around it join.
    expect(requiredLiterals('ab(?=d)d')).toEqual(['abd']);
    expect(requiredLiterals('x(?=a)*y')?.some((literal) => 'xy'.includes(literal))).toBe(true);
    expect(requiredLiterals('(?<name>a)b')).toBeNull();
    expect(requiredLiterals('(?=(?<name>a))b')).toBeNull();
  });

  it('never rules out a text the pattern matches: ranges from an escape, astral characters in a class without u', () => {
    const cases: [source: string, flags: string, subject: string][] = [
      [String.raw`x[\!-/]`, '', 'x#'],
      [String.raw`ab[\.-9]`, '', 'ab5'],
      ['[😀]z', '', '\ud83dz'],
    ];
    for (const [source, flags, subject] of cases) {
      expect(new RegExp(source, flags).test(subject), source).toBe(true);
      const literals = requiredLiterals(source, flags);
      expect(literals === null || literals.some((literal) => subject.includes(literal)), source).toBe(true);
    }
    // With the u flag the pair is one character, and the literal stands.
    expect(requiredLiterals('[😀]z', 'u')).toEqual(['😀z']);
  });

  it('for every cue: no text the pattern matches lacks all of its literals (random texts of its own words)', () => {
    const next = random(7);
    const separators = [' ', ' ', '  ', ':', '|', '2024', '12', '.', ' » ', '« ', '\n', '@ab', '#x1', 'X', '*'];
    let matches = 0;
    for (const cue of CUES) {
      const literals = requiredLiterals(cue.pattern.source, cue.pattern.flags);
      const words = literals ?? ['read', 'more', 'by', 'Jane'];
      const pieces = [...words, ...words.map((w) => w.slice(0, 3)), ...words.map((w) => w.slice(-3)), ...separators];
      for (let n = 0; n < 2_000; n++) {
        // Mostly short texts: whole-block cues must match all of it.
        const text = randomText(next, pieces, 1 + Math.floor(next() ** 3 * 40));
        for (const subject of [text, cueKey(text)]) {
          if (!cue.pattern.test(subject)) continue;
          matches++;
          if (literals) expect(literals.some((literal) => subject.includes(literal)), `${cue.name} on ${JSON.stringify(subject)}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(5_000);
  });
});

describe('LiteralScan: which groups of literals occur, in one pass', () => {
  const naive = (groups: string[][], text: string) =>
    groups.reduce((mask, group, g) => (group.length === 0 || group.some((literal) => text.includes(literal)) ? mask | (1 << g) : mask), 0);

  it('finds exactly the groups a substring search finds, overlapping literals included (random texts)', () => {
    const next = random(11);
    const alphabet = ['a', 'b', 'c', 'ab', 'é', '😀', ' '];
    for (let trial = 0; trial < 300; trial++) {
      const groups = Array.from({length: 1 + Math.floor(next() * 32)}, () =>
        Array.from({length: Math.floor(next() * 4)}, () => randomText(next, alphabet, 1 + Math.floor(next() * 5))),
      );
      const scan = new LiteralScan(groups);
      for (let t = 0; t < 30; t++) {
        const text = randomText(next, alphabet, Math.floor(next() * 30));
        expect(scan.scan(text) >>> 0, `${JSON.stringify(groups)} in ${JSON.stringify(text)}`).toBe(naive(groups, text) >>> 0);
      }
    }
  });

  it('never misses a long literal (it may report one whose first characters occur)', () => {
    const scan = new LiteralScan([['participant in the amazon services llc associates program'], ['cookies']]);
    expect(scan.scan('as a participant in the amazon services llc associates program, we earn')).toBe(1);
    expect(scan.scan('no such words')).toBe(0);
    expect(scan.scan('we use cookies')).toBe(2);
  });

  it('refuses more groups than a mask holds', () => {
    expect(() => new LiteralScan(Array.from({length: 33}, () => ['x']))).toThrow(RangeError);
  });
});

const shared = findSharedRoot();

describe.skipIf(!shared)('the cue literals on corpus text', () => {
  it('every cue match in 150 wcxb-dev pages contains one of the cue\'s literals', () => {
    const dir = join(shared!, 'corpus', 'wcxb-dev', 'text', 'lynx');
    const files = readdirSync(dir).sort().filter((_, i) => i % 10 === 0);
    const scanFor = new Map(CUES.map((cue) => [cue, new LiteralScan([requiredLiterals(cue.pattern.source, cue.pattern.flags) ?? []])]));
    let matches = 0;
    for (const file of files) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        for (const subject of [line.toLowerCase(), cueKey(line)]) {
          for (const cue of CUES) {
            if (!cue.pattern.test(subject)) continue;
            matches++;
            expect(scanFor.get(cue)!.scan(subject), `${cue.name} on ${JSON.stringify(subject)}`).toBe(1);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(1_000);
  });
});
