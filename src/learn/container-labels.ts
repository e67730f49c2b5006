import {alignmentTokens} from '../text/words.js';
import type {Truth} from './align.js';

// A region nearly as long as the page is no container: no element held the body apart, and the whole page stands for it.
const WHOLE_PAGE = 0.9;

/**
 * What the container scorer learns from: each block of a text rendering labelled by whether the article's container
 * holds it (1) or not (0), null for a block of no words. `region` is the container's text (a corpus's `region`
 * rendering: the smallest element holding nearly all of the gold body, with the ads, captions and related links
 * inside it), `page` the page's whole text in any rendering, to tell a region that is the page. Undefined where the
 * region is missing or as long as the page: such a page says nothing of where an article ends.
 */
export function containerLabels(texts: readonly string[], region: string | undefined, page: string): Truth[] | undefined {
  if (!region || region.length >= WHOLE_PAGE * page.length) return undefined;
  const inside = ` ${alignmentTokens(region).join(' ')} `;
  return texts.map((text) => {
    const words = alignmentTokens(text);
    if (words.length === 0) return null;
    return inside.includes(` ${words.join(' ')} `) ? 1 : 0;
  });
}
