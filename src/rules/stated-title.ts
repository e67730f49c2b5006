import {type ContextRule, keepAsTitle} from './rule.js';
import {statedTitleBlock} from './stated-title-block.js';

/**
 * On an HTML page, the block that says the title the page states in its markup (`statedTitleBlock`) is its title,
 * before the first `<h1>`: where the two differ, the `<h1>` is most often a site's or a section's name.
 */
export const statedTitle: ContextRule = {
  name: 'stated-title',
  apply(input) {
    const block = statedTitleBlock(input);
    if (block >= 0) keepAsTitle(input.verdicts, block, this.name);
  },
};
