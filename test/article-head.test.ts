import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';
import {ARTICLE_HEAD, hasHeadlineSlug, headedByByline, isHeadedAsArticle} from '../src/structure/article-head.js';

const describeText = (text: string) => describeBlock(text, stopwordsFor('eng'));
const paragraph = describeText(
  'The council met on Tuesday evening to vote on the new road through the old town centre after a long debate that ran past midnight.',
);
const byline = describeText('By Jane Doe');
const dateline = describeText('Published March 3, 2025');
const menu = describeText('Home');
const slug = ['council', 'votes', 'road'];

describe('isHeadedAsArticle', () => {
  it('reads an address that ends in a headline of three words or more', () => {
    expect(hasHeadlineSlug(undefined)).toBe(false);
    expect(hasHeadlineSlug(['news'])).toBe(false);
    expect(hasHeadlineSlug(slug)).toBe(true);
    expect(isHeadedAsArticle(slug, [menu])).toBe(true);
  });

  it('without such an address, reads a byline or dateline standing within reach above a paragraph', () => {
    const reach = ARTICLE_HEAD.bylineReach;
    expect(headedByByline([menu, byline, paragraph])).toBe(true);
    expect(headedByByline([byline, dateline, menu, paragraph])).toBe(true);
    expect(isHeadedAsArticle(undefined, [dateline, ...Array(reach - 1).fill(menu), paragraph])).toBe(true);
    expect(isHeadedAsArticle(['news'], [dateline, ...Array(reach).fill(menu), paragraph])).toBe(false);
    // A byline under the paragraphs, or none: a forum's post signature, a listing.
    expect(isHeadedAsArticle(undefined, [menu, paragraph, byline])).toBe(false);
    expect(isHeadedAsArticle(undefined, [menu, paragraph, paragraph])).toBe(false);
  });

  it('reads no article where bylines or datelines repeat, one an item of a listing', () => {
    const items = (n: number) => Array.from({length: n}, () => [dateline, paragraph]).flat();
    expect(headedByByline(items(ARTICLE_HEAD.bylinesAtMost))).toBe(true);
    expect(headedByByline(items(ARTICLE_HEAD.bylinesAtMost + 1))).toBe(false);
  });
});
