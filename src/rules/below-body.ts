import {type ContextRule, overrule} from './rule.js';
import {mapped} from '../arrays.js';

// Kept blocks this far below the body (dropped blocks between) are another part of the page.
const TAIL_GAP_BLOCKS = 20;
// A group is weighed by the words of its blocks of this many words or more (its paragraphs, not its links).
const TAIL_PROSE_WORDS = 20;
const TAIL_MIN_BODY_WORDS = 200;
const TAIL_SHARE = 0.25;

/**
 * Kept blocks far below the body, with little prose of their own, are a widget at the foot of the page (a teaser
 * box, a comments preview, an author card). The kept blocks form groups wherever more than TAIL_GAP_BLOCKS dropped
 * blocks stand between them; the body is the group with the most words in blocks of TAIL_PROSE_WORDS or more, and a
 * group after it with under a quarter of that is dropped. Groups above the body are left alone: a listing's intro
 * stands above its items. It runs after `repeated-text`, which may have emptied a group.
 */
export const belowBody: ContextRule = {
  name: 'below-body',
  apply({verdicts, descriptions}) {
    // The kept blocks in order, and where each group starts among them: a list a group, grown by push, left a long
    // document's groups in the old generation.
    const kept = new Int32Array(verdicts.length);
    const groupStarts: number[] = [];
    let count = 0;
    let gap = Infinity;
    for (let i = 0; i < verdicts.length; i++) {
      const v = verdicts[i]!;
      if (!v.kept || v.label === 'title') {
        gap++;
        continue;
      }
      if (gap > TAIL_GAP_BLOCKS) groupStarts.push(count);
      kept[count++] = i;
      gap = 0;
    }
    if (groupStarts.length < 2) return;
    const groupEnd = (g: number) => (g + 1 < groupStarts.length ? groupStarts[g + 1]! : count);
    const prose = mapped(groupStarts, (start, g) => {
      let sum = 0;
      for (let k = start; k < groupEnd(g); k++) {
        const words = descriptions[kept[k]!]!.words;
        if (words >= TAIL_PROSE_WORDS) sum += words;
      }
      return sum;
    });
    const body = prose.indexOf(Math.max(...prose));
    if (prose[body]! < TAIL_MIN_BODY_WORDS) return;
    for (let g = body + 1; g < groupStarts.length; g++) {
      if (prose[g]! < TAIL_SHARE * prose[body]!) {
        for (let k = groupStarts[g]!; k < groupEnd(g); k++) overrule(verdicts[kept[k]!]!, false, 'other', this.name);
      }
    }
  },
};
