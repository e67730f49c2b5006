import type {BlockDescription} from '../features/describe.js';
import {shapeRunRepeats} from '../structure/shape-runs.js';
import {isTopicList} from './topic-list.js';
import {type ContextRule, isProse, overrule, type Verdict} from './rule.js';

// Only headings of link lists start a run: a lone nav word or a sign-in button is followed by anything at all.
const RUN_MARKERS: ReadonlySet<string> = new Set(['related-marker']);
// Teasers repeated this many times are a list, as the page-structure stage counts one.
const TEASER_LIST_MIN = 3;
// A marker below this share of the page's kept prose stands at the article's end.
const ARTICLE_SHARE = 0.5;

/**
 * After a marker such as "Read Next" or "Related stories", the run of short, headline-like blocks is a list of
 * links, up to the next real paragraph. Where the marker heads a list of teasers below the article, the run goes on
 * through their summaries too (`headsTeaserList`).
 */
export const runAfterMarker: ContextRule = {
  name: 'run-after-marker',
  apply({verdicts, descriptions, texts}) {
    // A list of tags under each teaser is as long as prose, but it is part of the list, not the end of it; so is a
    // teaser's summary, a sentence or three under each headline, where the marker heads a list of teasers.
    let teasers: Uint32Array | undefined;
    const inTeaserList = (j: number) => (teasers ??= shapeRunRepeats(descriptions))[j]! >= TEASER_LIST_MIN;
    const endsRun = (j: number, teaserList: boolean) =>
      isProse(descriptions[j]!) && !(texts && isTopicList(texts[j]!, descriptions[j]!)) && !(teaserList && inTeaserList(j));
    let headsTeaserList: ((i: number) => boolean) | undefined;
    for (let i = 0; i < verdicts.length; i++) {
      const marker = descriptions[i]!.cues.find((cue) => cue.whole && RUN_MARKERS.has(cue.name));
      if (!marker || verdicts[i]!.kept) continue;
      // Read on the first marker only: most pages have none.
      headsTeaserList ??= teaserListHeads(verdicts, descriptions, texts);
      const teaserList = headsTeaserList(i);
      let j = i + 1;
      // The run ends at the first prose: a sentence of some length.
      for (; j < verdicts.length && !endsRun(j, teaserList); j++) {
        const v = verdicts[j]!;
        if (v.kept) overrule(v, false, marker.label, this.name);
      }
      // A marker inside the run would start a run with the same end: go on from that end, so that a page of
      // markers ("Read more" under every teaser) takes one pass, not one a marker.
      i = j - 1;
    }
  },
};

/**
 * Does the marker at a block head a list of teasers below the article? It stands below at least `ARTICLE_SHARE` of
 * the page's kept prose (`isProse`), at the article's end, not at the head of a listing whose teasers are the page;
 * and its text stands once on the page: a marker said under every teaser ("Read more") is each item's own link, and
 * the list it stands in may be the page's own. Never without the blocks' texts.
 */
function teaserListHeads(verdicts: readonly Verdict[], descriptions: readonly BlockDescription[], texts: readonly string[] | undefined): (i: number) => boolean {
  if (!texts) return () => false;
  const counts = markerTextCounts(texts, descriptions);
  const proseAbove = keptProseAbove(verdicts, descriptions);
  const pageProse = proseAbove[verdicts.length]!;
  return (i) => counts.get(markerKey(texts[i]!)) === 1 && proseAbove[i]! > 0 && proseAbove[i]! >= ARTICLE_SHARE * pageProse;
}

/** How many times each related-content marker's text stands on the page. */
function markerTextCounts(texts: readonly string[], descriptions: readonly BlockDescription[]): Map<string, number> {
  const counts = new Map<string, number>();
  descriptions.forEach((d, i) => {
    if (!d.cues.some((cue) => cue.whole && RUN_MARKERS.has(cue.name))) return;
    const key = markerKey(texts[i]!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

function markerKey(text: string): string {
  return text.trim().toLowerCase();
}

/** The words of kept prose above each block (`isProse`); the last entry, one past the blocks, is the page's. */
function keptProseAbove(verdicts: readonly Verdict[], descriptions: readonly BlockDescription[]): Float64Array {
  const above = new Float64Array(verdicts.length + 1);
  for (let i = 0; i < verdicts.length; i++) {
    const d = descriptions[i]!;
    above[i + 1] = above[i]! + (verdicts[i]!.kept && isProse(d) ? d.words : 0);
  }
  return above;
}
