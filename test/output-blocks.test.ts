import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {declutter} from '../src/declutter.js';
import {analyzeForCleaning} from '../src/pipeline/analyze.js';
import {judgeBlocks} from '../src/pipeline/judge.js';
import {defaultModel} from '../src/pipeline/model.js';
import {scorerFor} from '../src/score/model.js';

const nato = readFileSync(new URL('../fixtures/nato/input.txt', import.meta.url), 'utf8');

describe('output blocks made from the verdicts', () => {
  const doc = declutter(nato);
  const {verdicts} = judgeBlocks(analyzeForCleaning(nato), scorerFor(defaultModel(), false));

  it('have the fields of an output block in the order JSON prints them, and no other', () => {
    for (const block of doc.blocks) expect(Object.keys(block)).toEqual(['text', 'kept', 'label', 'score', 'reasons']);
    expect(JSON.stringify(doc.blocks[0])).toMatch(/^\{"text":.*,"kept":.*,"label":.*,"score":.*,"reasons":\[.*\]\}$/);
  });

  it('hold each verdict rounded to three decimals, with its block text, kept, label and reasons', () => {
    expect(verdicts.some((v) => v.score !== Math.round(v.score * 1000) / 1000)).toBe(true);
    expect(doc.blocks).toEqual(
      verdicts.map((v) => ({text: v.text, kept: v.kept, label: v.label, score: Math.round(v.score * 1000) / 1000, reasons: v.reasons})),
    );
  });
});
