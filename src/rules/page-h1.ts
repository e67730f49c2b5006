import {type ContextRule, keepAsTitle, pageTitleHeading} from './rule.js';
import {statedTitleBlock} from './stated-title-block.js';

/**
 * On an HTML page, the page's first `<h1>` is its title, kept even where the scorer doubted it: the page says so
 * itself, and more often right than any guess from the text alone (docs/learning.md, Titles).
 */
export const pageHeading: ContextRule = {
  name: 'page-h1',
  apply(input) {
    const {verdicts, descriptions, headings} = input;
    // The title the page states in its markup comes first (`stated-title`).
    if (statedTitleBlock(input) >= 0) return;
    const first = pageTitleHeading(headings, descriptions);
    if (first < 0) return;
    keepAsTitle(verdicts, first, this.name);
  },
};
