/**
 * A score at which a block is surely body: where the article starts, whatever junk was kept above it. The context
 * stage reads what lies before the first such block (by the block stage's score) as the page head, and the title
 * scorer measures a candidate's distance to it (by the final score).
 */
export const CONFIDENT = 0.8;
