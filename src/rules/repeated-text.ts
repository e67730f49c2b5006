import {storedKeyCounts} from '../features/description-table.js';
import {type ContextRule, overrule} from './rule.js';

// Shorter blocks repeat on purpose: a table's "Yes" or "2 years", a list's "In stock" under each product. Three words
// rather than five or one, as cross-validation chose (docs/learning.md, Context rules): one word drops a price kept
// once where the gold lists it twice.
const REPEAT_MIN_WORDS = 3;

/**
 * A kept block that says what a block kept above it said is a second copy: a page that carries its article twice (a
 * print or app version below the first), a pull quote, a teaser repeating a paragraph. The output keeps the first
 * copy. Blocks compare by their key (a short block's case and framing punctuation aside, as cues see it). The title
 * stays, whatever came before it. It runs after the title rules, as the title scorer learned without it.
 */
export const repeatedText: ContextRule = {
  name: 'repeated-text',
  apply({verdicts, descriptions}) {
    const seen = new Set<string>();
    // A long document's table counts each key's blocks: a block whose key no other block has is neither a copy nor
    // copied, so its key is not made and held (most blocks of a long document are such).
    const keyCounts = storedKeyCounts(descriptions);
    verdicts.forEach((v, i) => {
      const d = descriptions[i]!;
      if (!v.kept || d.words < REPEAT_MIN_WORDS || keyCounts?.[i] === 1) return;
      const key = d.key;
      if (seen.has(key) && v.label !== 'title') overrule(v, false, 'other', this.name);
      else seen.add(key);
    });
  },
};
