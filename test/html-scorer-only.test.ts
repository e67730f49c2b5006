import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {htmlScorerBase, trainHtmlScorerInto} from '../src/learn/html-scorer-only.js';
import {trainModel, type TrainingDocument} from '../src/learn/train.js';
import {analyze} from '../src/pipeline/analyze.js';
import {defaultModel, loadModel} from '../src/pipeline/model.js';
import {CONTEXT_FEATURE_NAMES} from '../src/pipeline/score-blocks.js';
import {MODEL_VERSION, type Model} from '../src/score/model.js';
import {declutterCli} from './helpers/spawn.js';

/** The message of what `run` throws. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('nothing thrown');
}

const SENTENCES = [
  'The council met on Tuesday evening to vote on the new road through the old town centre.',
  'After three hours of debate it voted to close the road to cars for a year, starting in the spring.',
  'Shops along the road said they feared losing customers, and asked for more parking nearby.',
  'The mayor promised a review of the closure after six months, with figures on trade and traffic.',
];
const MENU = ['Home', 'News', 'Sport', 'Share on Facebook', 'Sign up for our newsletter'];

function pageOf(n: number): {html: string; text: string} {
  const body = SENTENCES.map((sentence, i) => SENTENCES[(i + n) % SENTENCES.length]!.replace('council', `council of town ${n}`));
  const html = `<!doctype html><html><body><nav>${MENU.map((item) => `<a href="/">${item}</a>`).join(' ')}</nav><article>${body
    .map((p) => `<p>${p}</p>`)
    .join('')}</article><footer><a href="/more">More stories</a></footer></body></html>`;
  return {html, text: [...MENU, ...body, 'More stories'].join('\n\n')};
}

/** A training document, body being what reads as a sentence. Without word terms: a word table needs 50 pages. */
function documentOf(text: string): TrainingDocument {
  const {rows, descriptions, layout} = analyze(text, {withoutWordScores: true});
  return {rows, descriptions, labels: descriptions.map((d) => (d.words >= 8 ? 1 : 0)), fromHtml: layout === 'html'};
}

const corpus = (pages: number): TrainingDocument[] =>
  Array.from({length: pages}, (_, n) => [documentOf(pageOf(n).text), documentOf(pageOf(n).html)]).flat();
const LOGISTIC = {blockStage: 'logistic', contextStage: 'logistic', title: false} as const;
const json = (value: unknown) => JSON.stringify(value);

describe('learning the HTML scorer alone (train --keep-text)', () => {
  it("learns the HTML scorer that trainModel learns, and keeps every other part of the base as the base has it", () => {
    // A base learned from fewer pages: its text scorer differs from that of a model learned anew.
    const base = trainModel(corpus(2), LOGISTIC);
    const anew = trainModel(corpus(4), LOGISTIC);
    const spliced = trainHtmlScorerInto(htmlScorerBase(JSON.parse(json(base))), corpus(4), LOGISTIC);

    expect(json(spliced.html)).toBe(json(anew.html));
    expect(json(anew.blockStage)).not.toBe(json(base.blockStage));
    for (const part of Object.keys(base) as (keyof Model)[]) {
      if (part !== 'html') expect(json(spliced[part])).toBe(json(base[part]));
    }
  });

  it("takes a base of an older version whose context columns are a prefix of this version's, and refuses others", () => {
    const shipped = JSON.parse(json(defaultModel())) as Model;
    const older = {...shipped, version: MODEL_VERSION - 1, stackFeatures: CONTEXT_FEATURE_NAMES.slice(0, -1)};
    const base = htmlScorerBase(older);
    expect(base.version).toBe(MODEL_VERSION);
    expect(base.stackFeatures).toEqual(CONTEXT_FEATURE_NAMES);
    expect(json(base.contextStage)).toBe(json(shipped.contextStage));

    const reordered = {...shipped, stackFeatures: [...CONTEXT_FEATURE_NAMES].reverse()};
    expect(() => htmlScorerBase(reordered)).toThrow(/not a prefix of this version's/);
    expect(() => htmlScorerBase({...shipped, features: FEATURE_NAMES.slice(1)})).toThrow(/other block features/);
    expect(() => htmlScorerBase(null)).toThrow(/not a declutter model/);
    expect(() => htmlScorerBase({})).toThrow(/not a declutter model/);
    // A version it cannot take is refused in the words loadModel uses.
    for (const version of [MODEL_VERSION + 1, '4', undefined]) {
      const other = {...shipped, version};
      const loading = thrown(() => loadModel(other));
      expect(loading, String(version)).toMatch(/^model version \S+ (was written by a newer declutter|is not supported)/);
      expect(() => htmlScorerBase(other), String(version)).toThrow(loading);
    }
  });

  it('refuses, before training, renderings without html, a base that cannot be read and a seed under 1', async () => {
    // A corpus with no pages: the base is read, and refused, before any page would be.
    const folder = mkdtempSync(join(tmpdir(), 'declutter-keep-text-'));
    mkdirSync(join(folder, 'gold'));
    afterAll(() => rmSync(folder, {recursive: true, force: true}));
    const base = join(folder, 'base.json');
    writeFileSync(base, json(defaultModel()));
    const out = join(folder, 'model.json');

    const noHtml = await declutterCli(['train', folder, '--keep-text', base, '--renderings', 'paras', '-q', '-o', out]);
    expect(noHtml.status).toBe(2);
    expect(noHtml.stderr).toMatch(/--renderings must include html/);

    const missing = await declutterCli(['train', folder, '--keep-text', join(folder, 'missing.json'), '-q', '-o', out]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the model .*missing\.json: ENOENT/);

    const badSeed = await declutterCli(['train', folder, '--keep-text', base, '--seed', '0', '-q', '-o', out]);
    expect(badSeed.status).toBe(2);
    expect(badSeed.stderr).toMatch(/--seed must be a whole number from 1 to 4294967295, not "0"/);
  });
});
