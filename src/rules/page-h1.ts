import {type ContextRule, keepAsTitle, pageTitleHeading} from './rule.js';

/**
 * On an HTML page, the page's first `<h1>` is its title, kept even where the scorer doubted it: the page says so
 * itself, and more often right than any guess from the text alone (docs/learning.md, Titles).
 */
export const pageHeading: ContextRule = {
  name: 'page-h1',
  apply({verdicts, descriptions, headings}) {
    const first = pageTitleHeading(headings, descriptions);
    if (first < 0) return;
    keepAsTitle(verdicts, first, this.name);
  },
};
