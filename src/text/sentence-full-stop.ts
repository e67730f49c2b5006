// A line's last full stop, and whether it ends a sentence or an abbreviation's last word: a headline may end on "the
// U.S.", "Apple Inc." or "Smith Jr." and still be no sentence.

// The full stop at the end, after it only closing quotes and brackets; the word before it is the run of letters and
// dots that ends there (empty after a digit or a bracket).
const FINAL_FULL_STOP = /(?<![\p{L}.])([\p{L}.]*)[.。]["'”’»)\]]*\s*$/u;

// Single letters each followed by a full stop, two or more ("U.S.", "D.C.", "a.m.", "e.V."): initials, never a
// sentence's last word.
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

// Words that stand before a name or after it, and a firm's legal form: written with a full stop in English and said at
// the end of a headline ("... Apple Inc.", "... Martin Luther King Jr."). Compared with the word's case as written:
// "Co." is a firm's, "co." no word of it.
const ABBREVIATIONS = new Set(['Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Jr', 'Sr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'Mt', 'vs', 'Vs']);

/** Whether `text` ends on a full stop (closing quotes and brackets aside) that ends a sentence, not an abbreviation. */
export function endsWithSentenceFullStop(text: string): boolean {
  const match = FINAL_FULL_STOP.exec(text);
  if (!match) return false;
  const lastWord = match[1]!;
  return !INITIALS.test(lastWord) && !ABBREVIATIONS.has(lastWord);
}
