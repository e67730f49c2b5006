import {choosePageTitle, headTitles, type NamedBy, saysTitle} from '../metadata/page-title.js';
import {titleKey} from '../metadata/title-words.js';
import type {PageHead} from '../read/page-head.js';
import {learnedTitle} from '../rules/learned-title.js';
import {pageHeading} from '../rules/page-h1.js';
import {slugTitle} from '../rules/slug-title.js';
import {overrule} from '../rules/rule.js';
import {statedTitle} from '../rules/stated-title.js';
import {titleBeforeBody} from '../rules/title-before-body.js';
import type {ScoredBlock} from '../types.js';

/** The rules that name a title block (the first reason on the block they keep), and how each comes by it. */
export const TITLE_RULES: ReadonlyMap<string, NamedBy> = new Map([
  [statedTitle.name, 'stated'],
  [pageHeading.name, 'h1'],
  [learnedTitle.name, 'guess'],
  [slugTitle.name, 'guess'],
  [titleBeforeBody.name, 'guess'],
]);

/**
 * The reason on a block the title rules took for the title where the page's title, chosen from all the evidence, is
 * something else: the block stays kept, in its place, as a heading.
 */
export const HEAD_TITLE = 'head-title';

/**
 * The reason on a block that says the title block's words again right after it (a page whose stated title the rules
 * took from its breadcrumb or menu, above the article's own `<h1>`): printed, the title would come twice.
 */
export const REPEATS_TITLE = 'repeats-title';

/**
 * The page's title and the block printed as its title line. For text, the title block's words. For HTML, the title
 * `choosePageTitle` takes from the block the rules named and the head's titles; the title block stays the title
 * line only where it says that title, else it becomes a heading in its place (so that the text format prints the
 * same words in the same order, and never a title line that is not the page's title). On HTML, a kept block that says
 * the title block's words again right after it is removed (`REPEATS_TITLE`); a text's lines are left as they are.
 * `stopwords` are those of the page's language (`choosePageTitle`). A block's words are those a reader sees where
 * `shownText` has them (a heading's hidden menu and buttons left out).
 */
export function settleTitle(
  blocks: ScoredBlock[],
  head: PageHead | undefined,
  url?: string,
  stopwords?: ReadonlySet<string>,
  shownText?: ReadonlyMap<number, string>,
): {title: string | null; titleBlock: number | null} {
  const titleBlock = blocks.findIndex((block) => block.label === 'title');
  if (!head) return {title: titleBlock < 0 ? null : blocks[titleBlock]!.text, titleBlock: titleBlock < 0 ? null : titleBlock};
  // The block the title rules named, found before a repeat of the title block is removed (it may be that repeat).
  const named = blocks.findIndex((block) => block.kept && TITLE_RULES.has(block.reasons[0] ?? ''));
  if (titleBlock >= 0) dropRepeatOfTitle(blocks, titleBlock);
  const evidence = headTitles(head, url);
  // A block is printed first where no kept block lies above it, though a rule that dropped the lines above it after
  // the title rules left it labelled a heading.
  const printed = named >= 0 && !blocks.some((block, i) => i < named && block.kept);
  const shownWords = (i: number) => shownText?.get(i) ?? blocks[i]!.text;
  const namedTitle = named < 0 ? undefined : {text: shownWords(named), by: TITLE_RULES.get(blocks[named]!.reasons[0]!)!, printed};
  const title = choosePageTitle(namedTitle, evidence, stopwords);
  if (titleBlock < 0) return {title, titleBlock: null};
  if (title !== null && saysTitle(shownWords(titleBlock), title, evidence)) return {title, titleBlock};
  overrule(blocks[titleBlock]!, true, 'heading', HEAD_TITLE);
  return {title, titleBlock: null};
}

/** Remove the block printed right after the title block (the first other kept one) where it says the title block's words again. */
function dropRepeatOfTitle(blocks: ScoredBlock[], titleBlock: number): void {
  const next = blocks.findIndex((block, i) => i !== titleBlock && block.kept);
  if (next < 0) return;
  // The same words, whatever their case and the marks between them.
  const key = titleKey(blocks[titleBlock]!.text);
  if (key !== '' && titleKey(blocks[next]!.text) === key) overrule(blocks[next]!, false, 'other', REPEATS_TITLE);
}
