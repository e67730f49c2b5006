import {type ContextRule, overrule} from './rule.js';

// A block this long is prose: a body paragraph quoted on several pages of a site stays, however often it repeats.
const TEMPLATE_MAX_WORDS = 40;

/**
 * A line that repeats across many pages of one site (menus, footers, "Subscribe to our daily newsletter") is
 * template, not article. It runs after the title and heading rules, so none of them keeps it as a title or heading.
 */
export const siteTemplate: ContextRule = {
  name: 'site-template',
  apply({verdicts, descriptions, siteTemplate: repeated}) {
    if (!repeated) return;
    verdicts.forEach((v, i) => {
      if (repeated[i] && descriptions[i]!.words <= TEMPLATE_MAX_WORDS) overrule(v, false, v.kept ? 'other' : v.label, this.name);
    });
  },
};
