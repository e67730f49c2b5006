import type {BlockDescription} from '../features/describe.js';
import type {Verdict} from '../types.js';
import {ARTICLE_COPY} from './article-copy.js';

/**
 * A page with no boilerplate evidence left is kept whole. A scraped page, whatever its kind, has blocks the scorer is
 * sure are junk: menus, share buttons, footers, a lone "Advertisement" score near zero. Text that is already clean (a
 * cleaner's own output piped back in, an archive cleaned before, a corpus of bodies) has none, or one short line that
 * the scorer, without the surroundings that vouched for it, is sure of; cleaned as a page, it would still lose the
 * short paragraphs, cells and list items that its body's context vouched for and that, standing alone, score below the
 * page's threshold. So on a text of two or more blocks that shows no boilerplate evidence (see `isCleanPage`), the
 * stage keeps every block; the context rules still run after it, and drop what their cues and the page's repeats say
 * is boilerplate. A document of one block is `only-block`'s. An HTML page is left to its markup, whose headings and
 * stated titles the title rules find among the blocks above its body; cleaned text is text.
 */
export const CLEAN_PAGE = 'clean-page';

/**
 * The score below which the scorer is sure a block is junk: chosen on the train ids (docs/learning.md, Cleaning
 * twice), where nearly every scraped page of the paras, blocks, lynx and HTML renderings has such a block and nearly
 * every cleaned output has none.
 */
export const SURE_JUNK = 0.05;

/**
 * How many sure-junk blocks that no cue names a clean text may hold. A scraped page's boilerplate comes as chrome:
 * several sure-junk blocks (a menu, a footer, share buttons), or a line a cue names (a copyright, "Skip to content",
 * a privacy link). One unnamed line is what cleaned text keeps of a section heading, a button or a name whose markup
 * vouched for it on the first pass.
 */
export const UNNAMED_SURE_JUNK = 1;

/**
 * Does the page show no boilerplate evidence: blocks to judge, none that the scorer is sure is junk and a cue names,
 * and at most `UNNAMED_SURE_JUNK` that it is sure of alone?
 */
export function isCleanPage(verdicts: readonly Verdict[], descriptions: readonly Pick<BlockDescription, 'cues'>[], sureJunk = SURE_JUNK): boolean {
  if (verdicts.length < 2) return false;
  let unnamed = 0;
  for (let i = 0; i < verdicts.length; i++) {
    if (verdicts[i]!.score >= sureJunk) continue;
    if (descriptions[i]!.cues.length > 0 || ++unnamed > UNNAMED_SURE_JUNK) return false;
  }
  return true;
}

/** On a clean page, keep every block the scorer or the page-structure stage dropped, in place; whether it was one. */
export function keepCleanPage(verdicts: Verdict[], descriptions: readonly Pick<BlockDescription, 'cues'>[], sureJunk = SURE_JUNK): boolean {
  if (!isCleanPage(verdicts, descriptions, sureJunk)) return false;
  for (const v of verdicts) {
    // A copy of the article is no junk a clean page may hold: kept, it would print the article twice.
    if (v.kept || v.reasons[0] === ARTICLE_COPY) continue;
    v.kept = true;
    v.label = 'body';
    v.reasons = [CLEAN_PAGE];
  }
  return true;
}
