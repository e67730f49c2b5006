/**
 * What a "word" is, wherever the project counts, compares or aligns words. The definitions differ on purpose, each for
 * its reader; this module holds the ones that must agree with the corpora's Python scorer, and names the others:
 *
 * - `pythonWords`: the `\w+` tokens of Python's `re` (../shared/tools/score.py). The metric's words (word and
 *   shingle scores), the words of titles compared (`sameTitle`) and the tokens training aligns with the gold body
 *   (`alignmentTokens`): one definition, so that training labels a block as the metric will score it.
 * - `fold`: a text as the snippet metric finds snippets in it (lower case, white space folded), not split at all.
 * - The describer's words (`scanText` in src/features/scan.ts): runs of letters, digits and combining marks, kept
 *   whole across an apostrophe before a letter ("don't" is one word); what the block features count.
 * - The word table's terms (`termSlots` in src/features/terms.ts): the describer's words, lower-cased, kept whole
 *   across an apostrophe before a digit too, with ©, ® and ™ as words; hashed, with pairs of adjacent words.
 * - The title's content words (`contentWords` in src/score/content-words.ts): lower-case runs of four or more letters.
 * - A block's key (`blockKey` in src/features/lexicon.ts) and a template line's normal form (`normalizeBlock` in
 *   src/templates.ts) compare whole blocks, not words.
 */

/**
 * Python's `\w` on `str`: the characters for which `str.isalnum()` is true (letters, and numbers of every kind:
 * digits, "²", "½", "Ⅳ") and the underscore. Not combining marks: Python splits "नमस्ते" at its vowel signs, and so
 * must this, to give the same figures. Checked against Python over every code point both know.
 */
const PYTHON_WORD = /[\p{L}\p{N}_]+/gu;

/** The `\w+` tokens of a text as Python's `re.findall(r'\w+', text)` gives them, case kept. */
export function pythonWords(text: string): string[] {
  return text.match(PYTHON_WORD) ?? [];
}

/** The tokens training aligns with a gold body: `pythonWords` of the lower-cased text, as the word metric reads it. */
export function alignmentTokens(text: string): string[] {
  return pythonWords(text.toLowerCase());
}

/**
 * Is a title the gold title? Their words (`pythonWords`, case-folded) are the same, in order: punctuation, spacing
 * and case aside ("Top 10: Best apps (tested)" is "top 10 best apps tested"). Not in score.py, which scores no titles.
 */
export function sameTitle(title: string, gold: string): boolean {
  const words = pythonWords(title.toLowerCase());
  const goldWords = pythonWords(gold.toLowerCase());
  return words.length > 0 && words.length === goldWords.length && words.every((word, i) => word === goldWords[i]);
}

/** Lower case, white space folded to single spaces: how snippets are found in text (the trafilatura metric). */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Most texts are folded already: single spaces between words. Replacing each of their spaces by a space made a new
  // string for nothing, on every block the title scorer reads.
  return UNFOLDED.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
}

// White space other than a space, two spaces, or a space at either end: what `fold` changes. `trim` removes the same
// characters as `\s` matches.
const UNFOLDED = /[^\S ]| {2}|^ | $/;
