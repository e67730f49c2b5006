import {describe, expect, it} from 'vitest';
import {labelBlocks} from '../src/learn/align.js';

const page = (mainContent: string) => ({main_content: mainContent, with: [], without: []});

describe('labelBlocks', () => {
  it('labels long blocks by how many of their shingles the gold body holds', () => {
    const gold = page('The council met on Tuesday to discuss the new budget for the city schools.');
    const labels = labelBlocks(['The council met on Tuesday to discuss the new budget.', 'Subscribe to our daily newsletter for more news today.'], gold);
    expect(labels).toEqual([1, 0]);
  });

  it('labels a short block body when it is a whole line of the gold, junk when its words are nowhere in it', () => {
    const gold = page('High price\nThe council met on Tuesday.');
    expect(labelBlocks(['High price', 'Share', 'price'], gold)).toEqual([1, 0, null]);
  });

  it("labels a table's cells body where the gold joins them into its rows", () => {
    const gold = page('The results are in the table below.\nName Score\nAlice 12\nBob 7');
    const texts = ['The results are in the table below.', 'Name', 'Score', 'Alice', '12', 'Bob', '7', 'Home'];
    expect(labelBlocks(texts, gold)).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('leaves a short block unlabelled when its run of blocks is not a whole row of the gold', () => {
    // "Alice 12" is a row, but "12 Bob" starts none, and a row must be two blocks or more: a lone word inside a
    // paragraph of the gold stays unknown.
    const gold = page('Alice 12 points\nBob scored more than Alice this week.');
    expect(labelBlocks(['Alice', '12', 'Bob'], gold)).toEqual([null, null, null]);
    expect(labelBlocks(['Alice', '12', 'points'], gold)).toEqual([1, 1, 1]);
  });

  it('never overrules a block already labelled junk inside a row-like run', () => {
    const gold = page('Name Score\nAlice 12');
    expect(labelBlocks(['Name', 'Score', 'Menu'], gold)).toEqual([1, 1, 0]);
  });
});
