import {type ContextRule, overrule} from './rule.js';

// A block this long is prose: a body paragraph quoted on several pages of a site stays, however often it repeats.
const TEMPLATE_MAX_WORDS = 40;

// A site's template is its furniture, a small part of what a page keeps. Template lines that make up more than this
// share of a page's kept words are its article, printed on other pages of the site as well (an article saved under
// two names, a page that quotes it whole).
const TEMPLATE_MAX_KEPT_SHARE = 0.5;

/**
 * A line that repeats across many pages of one site (menus, footers, "Subscribe to our daily newsletter") is
 * template, not article, unless such lines are most of what the page keeps. It runs after the title and heading
 * rules, so none of them keeps it as a title or heading.
 */
export const siteTemplate: ContextRule = {
  name: 'site-template',
  apply({verdicts, descriptions, siteTemplate: repeated}) {
    if (!repeated) return;
    const isTemplate = (i: number) => repeated[i] === true && descriptions[i]!.words <= TEMPLATE_MAX_WORDS;
    let keptWords = 0;
    let templateWords = 0;
    verdicts.forEach((v, i) => {
      if (!v.kept) return;
      keptWords += descriptions[i]!.words;
      if (isTemplate(i)) templateWords += descriptions[i]!.words;
    });
    if (templateWords > keptWords * TEMPLATE_MAX_KEPT_SHARE) return;
    verdicts.forEach((v, i) => {
      if (isTemplate(i)) overrule(v, false, v.kept ? 'other' : v.label, this.name);
    });
  },
};
