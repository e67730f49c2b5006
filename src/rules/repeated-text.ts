import {storedKeyCounts} from '../features/description-table.js';
import {type ContextRule, overrule, type RuleInput, SUBHEADING_MAX_WORDS, type Verdict} from './rule.js';

// Shorter blocks repeat on purpose: a table's "Yes" or "2 years", a list's "In stock" under each product. Three words
// rather than five or one, as cross-validation chose (docs/learning.md, Context rules): one word drops a price kept
// once where the gold lists it twice.
const REPEAT_MIN_WORDS = 3;

// A later copy of a heading's length (`SUBHEADING_MAX_WORDS`) replaces the first where the scorer is this much surer
// of it: a section's name in a short list above the body (scored 0.4 to 0.7) and the heading itself (0.9 and more).
const SURER_BY = 0.1;
// A table of contents: this many lines or more in a row, each said again below, in the same order.
const CONTENTS_MIN_LINES = 3;

/**
 * A kept block that says what another kept block says is a copy: a page that carries its article twice (a print or
 * app version below the first), a pull quote, a teaser repeating a paragraph, a table of contents listing the
 * headings below it. A page's table of contents goes first, as a whole (`dropContents`), and its headings stay in
 * their places. Of other copies the output keeps one, the first, unless a later copy of a line no longer than a
 * subheading is one the scorer is `SURER_BY` surer of. Longer blocks keep their first copy, so that an article
 * printed twice is kept whole in its first printing. Blocks compare by their key (a short block's case and framing
 * punctuation aside, as cues see it). The title stays, and with it only the first copy of its text. It runs after
 * the title rules, as the title scorer learned without it.
 */
export const repeatedText: ContextRule = {
  name: 'repeated-text',
  apply({verdicts, descriptions}) {
    // A long document's table counts each key's blocks: a block whose key no other block has is neither a copy nor
    // copied, so its key is not made and held (most blocks of a long document are such).
    const keyCounts = storedKeyCounts(descriptions);
    dropContents(verdicts, descriptions, keyCounts, this.name);
    const isCandidate = (v: Verdict, i: number) => v.kept && descriptions[i]!.words >= REPEAT_MIN_WORDS && keyCounts?.[i] !== 1;
    // Each key's first copy, and the copy to keep where no copy is the title.
    const first = new Map<string, number>();
    const keeper = new Map<string, number>();
    const titled = new Set<string>();
    verdicts.forEach((v, i) => {
      if (!isCandidate(v, i)) return;
      const d = descriptions[i]!;
      if (v.label === 'title') titled.add(d.key);
      const kept = keeper.get(d.key);
      if (kept === undefined) {
        first.set(d.key, i);
        keeper.set(d.key, i);
        return;
      }
      if (d.words > SUBHEADING_MAX_WORDS) return;
      if (v.score >= verdicts[kept]!.score + SURER_BY) keeper.set(d.key, i);
    });
    verdicts.forEach((v, i) => {
      if (!isCandidate(v, i) || v.label === 'title') return;
      const key = descriptions[i]!.key;
      if ((titled.has(key) ? first : keeper).get(key) !== i) overrule(v, false, 'other', this.name);
    });
  },
};

/**
 * Drop the kept lines of a page's tables of contents: runs of `CONTENTS_MIN_LINES` kept lines or more, one after the
 * other, each no longer than a subheading, whose text (the marks around it aside: a `¶` or `#` of a permalink) a later
 * kept block says once again, those later blocks in the same order and most of them apart by prose, as the headings
 * of a page's sections are. The headings below stay, in their places; so does the title.
 */
function dropContents(verdicts: Verdict[], descriptions: RuleInput['descriptions'], keyCounts: ArrayLike<number> | undefined, rule: string): void {
  const lines = new Map<string, number[]>();
  verdicts.forEach((v, i) => {
    const d = descriptions[i]!;
    if (!v.kept || d.words === 0 || d.words > SUBHEADING_MAX_WORDS || keyCounts?.[i] === 1) return;
    const key = d.key.replace(EDGE_MARKS, '');
    if (key === '') return;
    const at = lines.get(key);
    if (at) at.push(i);
    else lines.set(key, [i]);
  });
  // Each line said exactly twice: its entry, and the heading it stands for.
  const next = new Map<number, number>();
  for (const at of lines.values()) if (at.length === 2) next.set(at[0]!, at[1]!);
  if (next.size < CONTENTS_MIN_LINES) return;
  const firsts = [...next.keys()].sort((a, b) => a - b);
  const proseBetween = (from: number, to: number) => {
    for (let i = from + 1; i < to; i++) if (descriptions[i]!.words >= CONTENTS_PROSE_WORDS) return true;
    return false;
  };
  let runStart = 0;
  for (let k = 1; k <= firsts.length; k++) {
    const continues = k < firsts.length && firsts[k] === firsts[k - 1]! + 1 && next.get(firsts[k]!)! > next.get(firsts[k - 1]!)!;
    if (continues) continue;
    const run = firsts.slice(runStart, k);
    runStart = k;
    if (run.length < CONTENTS_MIN_LINES) continue;
    const gaps = run.slice(1).filter((line, r) => proseBetween(next.get(run[r]!)!, next.get(line)!)).length;
    if (gaps * 2 < run.length - 1) continue;
    for (const line of run) if (verdicts[line]!.label !== 'title') overrule(verdicts[line]!, false, 'other', rule);
    const label = labelAbove(verdicts, descriptions, run[0]!);
    if (label !== undefined) overrule(verdicts[label]!, false, 'other', rule);
  }
}

/**
 * The kept line just above a dropped table of contents, with nothing kept between, where it names the list
 * ("Contents", "On this page", "In this article"). Left alone it would head nothing. A section's own heading above a
 * list of its subsections has that place too, so the line must say what it is, not only stand there.
 */
function labelAbove(verdicts: Verdict[], descriptions: RuleInput['descriptions'], runStart: number): number | undefined {
  let above = runStart - 1;
  while (above >= 0 && !verdicts[above]!.kept) above--;
  if (above < 0 || verdicts[above]!.label === 'title') return undefined;
  return CONTENTS_LABEL.test(descriptions[above]!.key.replace(EDGE_MARKS, '')) ? above : undefined;
}

// What marks a heading's text may carry in one copy and not the other: a permalink's `¶`, `#` or `§`, an emoji.
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// What a table of contents is called above it, in the languages of the corpora and their neighbours (a block's key
// is folded to lower case).
const CONTENTS_LABEL =
  /^(?:(?:table of |page |article |post )?contents|on this page|in this (?:article|post|page|guide|story)|jump to|toc|what's inside|inhalt|inhaltsverzeichnis|sommaire|table des matières|contenido|contenidos|índice|indice|sumário|inhoud|innehåll|spis treści|содержание|目次|目录)$/u;
// Prose between two headings: a block of this many words.
const CONTENTS_PROSE_WORDS = 12;
