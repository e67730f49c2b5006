import {type ContextRule, overrule} from './rule.js';

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
    const groups: number[][] = [];
    let gap = Infinity;
    verdicts.forEach((v, i) => {
      if (!v.kept || v.label === 'title') {
        gap++;
        return;
      }
      if (gap > TAIL_GAP_BLOCKS) groups.push([]);
      groups.at(-1)!.push(i);
      gap = 0;
    });
    if (groups.length < 2) return;
    const prose = groups.map((group) => group.reduce((sum, i) => sum + (descriptions[i]!.words >= TAIL_PROSE_WORDS ? descriptions[i]!.words : 0), 0));
    const body = prose.indexOf(Math.max(...prose));
    if (prose[body]! < TAIL_MIN_BODY_WORDS) return;
    for (let g = body + 1; g < groups.length; g++) {
      if (prose[g]! < TAIL_SHARE * prose[body]!) for (const i of groups[g]!) overrule(verdicts[i]!, false, 'other', this.name);
    }
  },
};
