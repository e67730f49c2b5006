import {alignmentTokens} from '../text/words.js';
import {labelBlocks, type Truth} from './align.js';

// A region of nearly the page's words is no container: no element held the body apart, and the whole page stands for it.
const WHOLE_PAGE = 0.9;

/**
 * What the container scorer learns from: each block of a text rendering labelled by whether the article's container
 * holds it (1) or not (0), as a gold body labels blocks (`labelBlocks`) with the container's text for the body: a short
 * block is inside where it is a whole line of the container, outside where its words occur nowhere in it, and
 * unlabelled (null) where they occur only inside a longer line ("Share" in a sentence of the article). `region` is the
 * container's text (a corpus's `region` rendering: the smallest element holding nearly all of the gold body, with the
 * ads, captions and related links inside it), `page` the page's whole text in any rendering, to tell a region that is
 * the page. Undefined where the region has no words, holds nearly all of the page's, or holds no block: such a page
 * says nothing of where an article ends.
 */
export function containerLabels(texts: readonly string[], region: string | undefined, page: string): Truth[] | undefined {
  const words = region ? alignmentTokens(region).length : 0;
  if (words === 0 || words >= WHOLE_PAGE * alignmentTokens(page).length) return undefined;
  const labels = labelBlocks(texts, {id: '', main_content: region!, with: [], without: []});
  return labels.includes(1) ? labels : undefined;
}
