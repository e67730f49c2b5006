import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {contentWords, TITLE_FEATURE_NAMES, titleCandidates, titleRows, type TitleContext} from '../src/score/title.js';

// The share of a candidate's words the body uses (`sharedWithBody`), against the plain reading of its definition: the
// content words of the first 600 words kept from the first kept block on (from the block after it, for the first
// kept block itself), all collected, then each candidate's distinct words looked up among them.
const BODY_WORDS = 600;

function expectedShared(context: TitleContext, candidates: readonly number[]): number[] {
  const {verdicts, descriptions, texts} = context;
  const firstKept = verdicts.findIndex((v) => v.kept);
  const fromFirst = new Set<string>();
  const afterFirst = new Set<string>();
  let fromCount = 0;
  let afterCount = 0;
  for (let i = firstKept; i < verdicts.length && (fromCount < BODY_WORDS || afterCount < BODY_WORDS); i++) {
    if (!verdicts[i]!.kept) continue;
    const words = contentWords(texts[i]!);
    if (fromCount < BODY_WORDS) {
      for (const word of words) fromFirst.add(word);
      fromCount += descriptions[i]!.words;
    }
    if (i > firstKept && afterCount < BODY_WORDS) {
      for (const word of words) afterFirst.add(word);
      afterCount += descriptions[i]!.words;
    }
  }
  return candidates.map((i) => {
    const words = [...new Set(contentWords(texts[i]!))];
    const below = i === firstKept ? afterFirst : fromFirst;
    return words.length ? words.filter((word) => below.has(word)).length / words.length : 0;
  });
}

describe('the words a title candidate shares with the body', () => {
  it('are what collecting every content word of the body finds, on random pages of every kind of character', () => {
    // A small vocabulary, so that candidates and body share words; letters of several scripts and cases, surrogate
    // pairs, a lone surrogate, a dotted İ (which lower-cases to two code units).
    const pieces = ['harbour', 'HARBOUR', 'authority', 'Ünïcödé', 'straße', 'İstanbul', 'жизнь', '中文字符', '𝐀𝐁𝐂𝐃', 'met', 'the', '2024', ' ', ' ', '. ', '-', '’', 'x\u0301yzw', '\ud835'];
    const stopwords = stopwordsFor('eng');
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const sharedAt = TITLE_FEATURE_NAMES.indexOf('sharedWithBody');
    let compared = 0;
    for (let n = 0; n < 200; n++) {
      const blocks = 2 + Math.floor(next() * 30);
      const texts = Array.from({length: blocks}, () =>
        Array.from({length: 1 + Math.floor(next() * (next() < 0.2 ? 400 : 12))}, () => pieces[Math.floor(next() * pieces.length)]).join(''),
      );
      const kept = texts.map(() => next() < 0.5);
      const context: TitleContext = {
        texts,
        descriptions: texts.map((text) => describeBlock(text, stopwords)),
        verdicts: kept.map((k) => ({kept: k, score: k ? 0.9 : 0.1})),
      };
      const candidates = titleCandidates(context);
      if (candidates.length === 0) continue;
      const shared = titleRows(context, candidates).map((row) => row[sharedAt]);
      expect(shared, JSON.stringify(texts)).toEqual(expectedShared(context, candidates));
      compared += candidates.length;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
