import {describe, expect, it} from 'vitest';
import {endsWithSentenceFullStop} from '../src/text/sentence-full-stop.js';

const SENTENCES = [
  'The main article for this category is Harbour bridges.',
  'Prices rose by 2.',
  'He said it was “over.”',
  'Wait for it...',
  '日本の新しい計画。',
  // An abbreviation is compared with its case, and a word that only ends like one is none.
  'We moved to the co.',
  'It was a fine mist.',
  'Plan B.',
];

const NO_SENTENCES = [
  'Council agrees new plan for the harbour bridge',
  'Is the harbour bridge safe?',
  '',
  // A final abbreviation's dot: initials, a firm's legal form, a name's title.
  'Heat wave breaks records across the U.S.',
  'Flights resume to Washington, D.C.',
  'Market opens at 9 a.m.',
  'New chip unveiled by Apple Inc.',
  'Profits fall at Acme Ltd.',
  'A day with Martin Luther King Jr.',
  'Rovers vs.',
  '(Apple Inc.)',
];

describe('endsWithSentenceFullStop', () => {
  it('reads a full stop after a word, a number or before a closing quote as a sentence’s end', () => {
    for (const line of SENTENCES) expect(endsWithSentenceFullStop(line), line).toBe(true);
  });

  it('reads none where the line ends bare, on a question mark, or on an abbreviation’s dot (“U.S.”, “Inc.”, “Jr.”)', () => {
    for (const line of NO_SENTENCES) expect(endsWithSentenceFullStop(line), line).toBe(false);
  });
});
