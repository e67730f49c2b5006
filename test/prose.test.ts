import {describe, expect, it} from 'vitest';
import {HEADLINE_MAX_WORDS as ruleHeadlineMaxWords, isProse as ruleIsProse} from '../src/rules/rule.js';
import {HEADLINE_MAX_WORDS, isProse} from '../src/score/prose.js';

describe('isProse', () => {
  it('is one test for the context rules and the title scorer: where the body begins is read alike by both', () => {
    expect(ruleIsProse).toBe(isProse);
    expect(ruleHeadlineMaxWords).toBe(HEADLINE_MAX_WORDS);
  });
});
