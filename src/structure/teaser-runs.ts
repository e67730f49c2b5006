import type {BlockDescription} from '../features/describe.js';
import {mainSpan, type Span} from './body-spans.js';
import {shapeRunRepeats} from './shape-runs.js';

/** The text's teaser runs as the context stage reads them: how often each block's run repeats, and where it starts. */
export interface TeaserRuns {
  /** How many times the run a block lies in repeats its shape, 1 outside runs (`shapeRunRepeats`). */
  repeats: readonly number[];
  /** Whether a block lies in a run of teasers that starts at or after the end of the page's main body span. */
  afterBody: readonly boolean[];
}

/**
 * The runs of headline, meta and summary shapes on a page, and which of them follow its body: a list of other stories
 * below an article starts where the article ends, where a run that starts inside the body is as likely its own list.
 * Adjacent runs count as one, from the first block of the first.
 */
export function teaserRuns(descriptions: readonly BlockDescription[], spans: readonly Span[]): TeaserRuns {
  const repeats = shapeRunRepeats(descriptions);
  const bodyEnd = mainSpan(spans)?.end ?? Infinity;
  const afterBody: boolean[] = [];
  let runStart = -1;
  repeats.forEach((times, i) => {
    if (times <= 1) runStart = -1;
    else if (runStart === -1) runStart = i;
    afterBody.push(runStart !== -1 && runStart >= bodyEnd);
  });
  return {repeats, afterBody};
}
