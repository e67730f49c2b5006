// The context pass: named rules, one a file, that revise the scorer's verdicts with what a block's neighbours and the
// page say. Their order is CONTEXT_RULES.
import type {BlockDescription} from '../features/describe.js';
import {articleEndMarker} from './article-end-marker.js';
import {authorLines} from './author-lines.js';
import {belowBody} from './below-body.js';
import {decisiveCue} from './decisive-cue.js';
import {shortKeptAreHeadings} from './heading.js';
import {learnedTitle} from './learned-title.js';
import {onlyBlock} from './only-block.js';
import {pageHeading} from './page-h1.js';
import {readersComments} from './readers-comments.js';
import {repeatedText} from './repeated-text.js';
import type {ContextOptions, ContextRule, Verdict} from './rule.js';
import {runAfterMarker} from './run-after-marker.js';
import {siteTemplate} from './site-template.js';
import {slugTitle} from './slug-title.js';
import {statedTitle} from './stated-title.js';
import {subheadingBetweenBody} from './subheading-between-body.js';
import {templateLines} from './template-lines.js';
import {titleBeforeBody} from './title-before-body.js';

export {LOW_SCORE, type ContextOptions, type ContextRule, type RuleInput, type Verdict} from './rule.js';

/** The rules of the context pass, in the order they run; frozen, since every `declutter()` call shares them. */
export const CONTEXT_RULES: readonly ContextRule[] = Object.freeze(
  [
    decisiveCue,
    runAfterMarker,
    subheadingBetweenBody,
    shortKeptAreHeadings,
    statedTitle,
    pageHeading,
    learnedTitle,
    slugTitle,
    titleBeforeBody,
    siteTemplate,
    repeatedText,
    articleEndMarker,
    belowBody,
    templateLines,
    readersComments,
    authorLines,
    // Last: whatever the rules above said of a lone block, it is the whole document.
    onlyBlock,
  ].map((rule) => Object.freeze(rule)),
);

/** Run the context rules (`options.rules`, all by default) over the scorer's verdicts, in order, in place. */
export function applyContext(verdicts: Verdict[], descriptions: readonly BlockDescription[], options: ContextOptions = {}): void {
  const {rules = CONTEXT_RULES, ...known} = options;
  for (const rule of rules) rule.apply({verdicts, descriptions, ...known});
}
