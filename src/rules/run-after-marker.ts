import {wholeCueNamed} from '../features/lexicon.js';
import {isTopicList} from './topic-list.js';
import {type ContextRule, isProse, overrule} from './rule.js';

// Only headings of link lists start a run: a lone nav word or a sign-in button is followed by anything at all.
const isRunMarker = wholeCueNamed(new Set(['related-marker']));

/**
 * After a marker such as "Read Next" or "Related stories", the run of short, headline-like blocks is a list of
 * links, up to the next real paragraph.
 */
export const runAfterMarker: ContextRule = {
  name: 'run-after-marker',
  apply({verdicts, descriptions, texts}) {
    // A list of tags under each teaser is as long as prose, but it is part of the list, not the end of it.
    const endsRun = (j: number) => isProse(descriptions[j]!) && !(texts && isTopicList(texts[j]!, descriptions[j]!));
    for (let i = 0; i < verdicts.length; i++) {
      const marker = descriptions[i]!.cues.find(isRunMarker);
      if (!marker || verdicts[i]!.kept) continue;
      let j = i + 1;
      // The run ends at the first prose: a sentence of some length.
      for (; j < verdicts.length && !endsRun(j); j++) {
        const v = verdicts[j]!;
        if (v.kept) overrule(v, false, marker.label, this.name);
      }
      // A marker inside the run would start a run with the same end: go on from that end, so that a page of
      // markers ("Read more" under every teaser) takes one pass, not one a marker.
      i = j - 1;
    }
  },
};
