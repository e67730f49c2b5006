import type {BlockDescription} from '../features/describe.js';
import {isProse} from './rule.js';

// What the rules that drop a page's head above its headline share: where the article surely starts, and how
// much the lines above the headline may weigh.

// The score from which the scorer is sure of a paragraph, as the page-structure stage counts the sure body.
const SURE_BODY = 0.9;

/**
 * What the kept lines above a headline may weigh against what is kept from it down: a page head is a small part of an
 * article's page, while a listing's or a forum's items above its first sure paragraph are much of its body.
 */
const HEAD_SHARE = 0.5;

type Verdicts = readonly {kept: boolean; score: number}[];

/**
 * The first kept block of prose the scorer is sure of (`SURE_BODY`): where the article's text has surely begun, so
 * that its headline lies above it. -1 for none.
 */
export function firstSureParagraph(verdicts: Verdicts, descriptions: readonly BlockDescription[]): number {
  return verdicts.findIndex((v, i) => v.kept && v.score >= SURE_BODY && isProse(descriptions[i]!));
}

/** Do the kept words above block `headline` weigh more than `HEAD_SHARE` of those kept from it down? */
export function headOutweighsBody(verdicts: Verdicts, descriptions: readonly BlockDescription[], headline: number): boolean {
  let above = 0;
  let kept = 0;
  verdicts.forEach((v, i) => {
    if (!v.kept) return;
    if (i < headline) above += descriptions[i]!.words;
    else kept += descriptions[i]!.words;
  });
  return above > HEAD_SHARE * kept;
}
