import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {Corpus} from '../src/learn/corpus.js';
import {scorePage, summarize, wordFor, type Summary} from '../src/eval/aggregate.js';
import {C4_RULES, KEEP_EVERYTHING, type Method} from '../src/eval/references.js';
import {loadGold} from '../src/eval/run.js';
import {findSharedRoot} from './helpers/shared.js';

const shared = findSharedRoot();
const hasPython = spawnSync('python3', ['--version']).status === 0;
const SAMPLE = 30;

/** score.py's --json output, for the figures this test compares. */
interface ScorePy {
  [key: `word_${string}`]: {n: number; P: number; R: number; F1: number};
  shingle?: {n: number; P: number; R: number; F1: number};
  snip?: {n: number; P: number; R: number; F: number};
}

// The project's metrics against the reference scorer, on real pages: a sample of val ids scored both ways.
describe.skipIf(!shared || !hasPython)('eval metrics agree with score.py', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'declutter-scorepy-'));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));

  const cases: [string, Method][] = [
    ['wcxb-dev', KEEP_EVERYTHING],
    ['wcxb-dev', C4_RULES],
    ['traf-dev', C4_RULES],
  ];
  for (const [name, method] of cases) {
    it(`on ${SAMPLE} val pages of ${name} (paras), ${method.name}`, () => {
      const corpus = new Corpus(join(shared!, 'corpus', name));
      const pages = loadGold(corpus, 'val').slice(0, SAMPLE);
      // score.py scores every page of a corpus folder: give it one holding just the sample's gold.
      const dir = join(scratch, `${name}-${method.name.replace(/\W+/g, '-')}`);
      mkdirSync(join(dir, 'corpus', 'gold'), {recursive: true});
      mkdirSync(join(dir, 'pred'));
      const scores = pages.map((gold) => {
        symlinkSync(join(corpus.root, 'gold', `${gold.id}.json`), join(dir, 'corpus', 'gold', `${gold.id}.json`));
        const extraction = method.extract(corpus.text(gold.id, 'paras') ?? '');
        writeFileSync(join(dir, 'pred', `${gold.id}.txt`), extraction);
        return scorePage(extraction, gold);
      });
      const reference = JSON.parse(
        execFileSync('python3', [join(shared!, 'tools', 'score.py'), join(dir, 'corpus'), join(dir, 'pred'), '--json'], {encoding: 'utf8'}),
      ) as ScorePy;
      expectSame(summarize(scores), reference);
    });
  }
});

function expectSame(ours: Summary, reference: ScorePy): void {
  const types = Object.keys(reference).filter((key) => key.startsWith('word_'));
  expect(ours.word.map((group) => `word_${group.pageType}`).sort()).toEqual(types.sort());
  for (const key of types) {
    const theirs = reference[key as `word_${string}`];
    const group = wordFor(ours, key.slice('word_'.length))!;
    expect(group.pages).toBe(theirs.n);
    expect(group.precision).toBeCloseTo(theirs.P, 3);
    expect(group.recall).toBeCloseTo(theirs.R, 3);
    expect(group.f1).toBeCloseTo(theirs.F1, 3);
  }
  expect(ours.shingle?.pages).toBe(reference.shingle?.n);
  if (reference.shingle) {
    expect(ours.shingle!.precision).toBeCloseTo(reference.shingle.P, 3);
    expect(ours.shingle!.recall).toBeCloseTo(reference.shingle.R, 3);
    expect(ours.shingle!.f1).toBeCloseTo(reference.shingle.F1, 3);
  }
  expect(ours.snippets!.snippets).toBe(reference.snip!.n);
  expect(ours.snippets!.precision).toBeCloseTo(reference.snip!.P, 3);
  expect(ours.snippets!.recall).toBeCloseTo(reference.snip!.R, 3);
  expect(ours.snippets!.f1).toBeCloseTo(reference.snip!.F, 3);
}
