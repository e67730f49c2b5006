import {type ContextRule, HEADLINE_MAX_WORDS, isBody, keepAsTitle, looksLikeHeadline, pageNamedTitle} from './rule.js';

/**
 * For a model without a title scorer (one trained before it came): the longest headline-like block of the four
 * before the first body block is the title, kept even where the scorer doubted it; unless the page named its title
 * itself (`page-h1`). Longest, since what stands between a headline and its article (a byline, a section name, a
 * photo credit) is mostly shorter: on the train pages the longest is the gold title more often than the nearest
 * headline is, and wrong less often.
 */
export const titleBeforeBody: ContextRule = {
  name: 'title-before-body',
  apply(input) {
    const {verdicts, descriptions, texts, titleScorer} = input;
    if ((titleScorer && texts) || pageNamedTitle(input)) return;
    const firstBody = verdicts.findIndex(isBody);
    if (firstBody <= 0) return;
    let title = -1;
    for (let i = firstBody - 1; i >= Math.max(0, firstBody - 4); i--) {
      const d = descriptions[i]!;
      const headline = d.words >= 3 && looksLikeHeadline(d, HEADLINE_MAX_WORDS) && d.digits < 0.2;
      // Nearest the body of the longest.
      if (headline && (title < 0 || d.words > descriptions[title]!.words)) title = i;
    }
    if (title >= 0) keepAsTitle(verdicts, title, this.name);
  },
};
