import {type ContextRule, hasWholeCue, isProse, overrule} from './rule.js';

/**
 * A document of one block (a paragraph piped in, a one-paragraph article) has no page to pick the body from: the
 * block is what the user gave, and it is body when it is prose with no whole-block cue. In the corpora every such
 * document of prose is body (wcxb-dev and traf-dev: 81 documents of one block; the few that are not are a handful of
 * words), and the scorer, which learned from pages of many blocks, puts lone prose near its threshold.
 */
export const onlyBlock: ContextRule = {
  name: 'only-block',
  apply({verdicts, descriptions}) {
    if (verdicts.length !== 1) return;
    const v = verdicts[0]!;
    const d = descriptions[0]!;
    if (!v.kept && isProse(d) && !hasWholeCue(d)) overrule(v, true, 'body', this.name);
  },
};
