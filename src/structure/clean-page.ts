import type {Verdict} from '../types.js';

/**
 * A page with no boilerplate evidence left is kept whole. A scraped page, whatever its kind, has blocks the scorer is
 * sure are junk: menus, share buttons, footers, a lone "Advertisement" score near zero. Text that is already clean (a
 * cleaner's own output piped back in, an archive cleaned before, a corpus of bodies) has none; cleaned as a page, it
 * would still lose the short paragraphs, cells and list items that its body's context vouched for and that, standing
 * alone, score below the page's threshold. So on a text of two or more blocks where every block scores at least
 * `sureJunk`, the stage keeps every block; the context rules still run after it, and drop what their cues and the
 * page's repeats say is boilerplate. A document of one block is `only-block`'s. An HTML page is left to its markup,
 * whose headings and stated titles the title rules find among the blocks above its body; cleaned text is text.
 */
export const CLEAN_PAGE = 'clean-page';

/**
 * The score below which the scorer is sure a block is junk: chosen on the train ids (docs/learning.md, Cleaning
 * twice), where nearly every scraped page of the paras, blocks, lynx and HTML renderings has such a block and nearly
 * every cleaned output has none.
 */
export const SURE_JUNK = 0.05;

/** Does the page show no boilerplate evidence: blocks to judge, and none that the scorer is sure is junk? */
export function isCleanPage(verdicts: readonly Verdict[], sureJunk = SURE_JUNK): boolean {
  return verdicts.length > 1 && verdicts.every((v) => v.score >= sureJunk);
}

/** On a clean page, keep every block the scorer or the page-structure stage dropped, in place; whether it was one. */
export function keepCleanPage(verdicts: Verdict[], sureJunk = SURE_JUNK): boolean {
  if (!isCleanPage(verdicts, sureJunk)) return false;
  for (const v of verdicts) {
    if (v.kept) continue;
    v.kept = true;
    v.label = 'body';
    v.reasons = [CLEAN_PAGE];
  }
  return true;
}
