import {type ContextRule, overrule} from './rule.js';

/**
 * A document of one block (a note piped in, a one-paragraph article) has no page to pick the body from: the block is
 * what the user gave, and it is kept whole. Dropping it would print nothing for `echo "Hello world" | declutter`, and
 * silently lose a document in a pipeline; the scorer, which learned from pages of many blocks, puts a lone block near
 * its threshold. In the corpora every one-block document of prose is body (the few that are not are a handful of
 * words).
 */
export const onlyBlock: ContextRule = {
  name: 'only-block',
  apply({verdicts}) {
    if (verdicts.length !== 1) return;
    const v = verdicts[0]!;
    if (!v.kept) overrule(v, true, 'body', this.name);
  },
};
