import {describe, expect, it} from 'vitest';
import {endsWithSentenceFullStop} from '../src/text/sentence-full-stop.js';

describe('endsWithSentenceFullStop', () => {
  it('reads a full stop after a word, a number or a closing quote as a sentence’s end', () => {
    expect(endsWithSentenceFullStop('The main article for this category is Harbour bridges.')).toBe(true);
    expect(endsWithSentenceFullStop('Prices rose by 2.')).toBe(true);
    expect(endsWithSentenceFullStop('He said it was “over.”')).toBe(true);
    expect(endsWithSentenceFullStop('Wait for it...')).toBe(true);
    expect(endsWithSentenceFullStop('日本の新しい計画。')).toBe(true);
  });

  it('reads no sentence’s end where the line ends bare, or on a question or exclamation mark', () => {
    expect(endsWithSentenceFullStop('Council agrees new plan for the harbour bridge')).toBe(false);
    expect(endsWithSentenceFullStop('Is the harbour bridge safe?')).toBe(false);
    expect(endsWithSentenceFullStop('')).toBe(false);
  });

  it('reads the dot of a final abbreviation as no sentence’s end: initials, a firm’s legal form, a name’s title', () => {
    expect(endsWithSentenceFullStop('Heat wave breaks records across the U.S.')).toBe(false);
    expect(endsWithSentenceFullStop('Flights resume to Washington, D.C.')).toBe(false);
    expect(endsWithSentenceFullStop('Market opens at 9 a.m.')).toBe(false);
    expect(endsWithSentenceFullStop('New chip unveiled by Apple Inc.')).toBe(false);
    expect(endsWithSentenceFullStop('Profits fall at Acme Ltd.')).toBe(false);
    expect(endsWithSentenceFullStop('A day with Martin Luther King Jr.')).toBe(false);
    expect(endsWithSentenceFullStop('Cup final: Rovers vs. United')).toBe(false);
    expect(endsWithSentenceFullStop('Rovers vs.')).toBe(false);
    expect(endsWithSentenceFullStop('(Apple Inc.)')).toBe(false);
  });

  it('compares an abbreviation with its case: “co.” and a word that only ends like one are a sentence’s end', () => {
    expect(endsWithSentenceFullStop('We moved to the co.')).toBe(true);
    expect(endsWithSentenceFullStop('It was a fine mist.')).toBe(true);
    expect(endsWithSentenceFullStop('Plan B.')).toBe(true);
  });
});
