import {storedKeyCounts} from '../features/description-table.js';
import {type ContextRule, SUBHEADING_MAX_WORDS, overrule, type Verdict} from './rule.js';

// Shorter blocks repeat on purpose: a table's "Yes" or "2 years", a list's "In stock" under each product. Three words
// rather than five or one, as cross-validation chose (docs/learning.md, Context rules): one word drops a price kept
// once where the gold lists it twice.
const REPEAT_MIN_WORDS = 3;

// A later copy of a heading's length (`SUBHEADING_MAX_WORDS`) replaces the first where the scorer is this much surer
// of it: the line of a table of contents (a run of short lines, scored 0.4 to 0.7) and the heading it lists in the
// body (0.9 and more).
const SURER_BY = 0.1;

/**
 * A kept block that says what another kept block says is a copy: a page that carries its article twice (a print or
 * app version below the first), a pull quote, a teaser repeating a paragraph, a table of contents listing the
 * headings below it. The output keeps one copy, the first, unless a later copy of a line no longer than a subheading
 * scores `SURER_BY` more: then the heading stays in its place in the body and its entry in the table of contents
 * goes. Longer blocks keep their first copy, so that an article printed twice is kept whole in its first printing.
 * Blocks compare by their key (a short block's case and framing punctuation aside, as cues see it). The title stays,
 * and with it only the first copy of its text. It runs after the title rules, as the title scorer learned without it.
 */
export const repeatedText: ContextRule = {
  name: 'repeated-text',
  apply({verdicts, descriptions}) {
    // A long document's table counts each key's blocks: a block whose key no other block has is neither a copy nor
    // copied, so its key is not made and held (most blocks of a long document are such).
    const keyCounts = storedKeyCounts(descriptions);
    const isCandidate = (v: Verdict, i: number) => v.kept && descriptions[i]!.words >= REPEAT_MIN_WORDS && keyCounts?.[i] !== 1;
    // Each key's first copy, and the copy to keep where no copy is the title.
    const first = new Map<string, number>();
    const surest = new Map<string, number>();
    const titled = new Set<string>();
    verdicts.forEach((v, i) => {
      if (!isCandidate(v, i)) return;
      const d = descriptions[i]!;
      if (v.label === 'title') titled.add(d.key);
      const kept = surest.get(d.key);
      if (kept === undefined) {
        first.set(d.key, i);
        surest.set(d.key, i);
      } else if (d.words <= SUBHEADING_MAX_WORDS && v.score >= verdicts[kept]!.score + SURER_BY) surest.set(d.key, i);
    });
    verdicts.forEach((v, i) => {
      if (!isCandidate(v, i) || v.label === 'title') return;
      const key = descriptions[i]!.key;
      if ((titled.has(key) ? first : surest).get(key) !== i) overrule(v, false, 'other', this.name);
    });
  },
};
