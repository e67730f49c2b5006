import {type ContextRule, keepAsTitle, pageTitleHeading} from './rule.js';

/**
 * On an HTML page, the page's first `<h1>` is its title, kept even where the scorer doubted it: the page says so
 * itself. On the wcxb-dev train pages the first `<h1>` is the gold title on 68% of pages, where the guess of
 * `title-before-body`, which reads the text alone, finds it on 22%.
 */
export const pageHeading: ContextRule = {
  name: 'page-h1',
  apply({verdicts, descriptions, headings}) {
    const first = pageTitleHeading(headings, descriptions);
    if (first < 0) return;
    keepAsTitle(verdicts, first, this.name);
  },
};
