import {isWithinElement, PAGE_ROOT, type ElementTree} from '../read/element-tree.js';

/**
 * Where each block stands relative to the article's element: its branch (inside the element, the child of the element
 * that holds it; outside, the largest element around it that does not hold the article) and how many elements lie
 * between it and the article's element (0 outside it). A teaser box inside the article's element is a branch of few
 * words and many links; the body's own branch holds most of the element's words.
 */
export function containerBranches(tree: ElementTree, elements: readonly number[], container: number): {branches: number[]; depths: number[]} {
  const size = tree.tags.length;
  const branchOf = new Int32Array(size);
  const depthOf = new Int32Array(size);
  // Parents come before their children: one pass in document order, however deep the page nests.
  for (let e = 0; e < size; e++) {
    const parent = tree.parents[e]!;
    if (e === container || isWithinElement(tree, e, container)) {
      branchOf[e] = e;
    } else if (isWithinElement(tree, container, e)) {
      const top = parent === container;
      branchOf[e] = top ? e : branchOf[parent]!;
      depthOf[e] = top ? 1 : depthOf[parent]! + 1;
    } else {
      const top = parent === PAGE_ROOT || isWithinElement(tree, parent, container);
      branchOf[e] = top ? e : branchOf[parent]!;
    }
  }
  const branches = elements.map((e) => (e === PAGE_ROOT ? PAGE_ROOT : branchOf[e]!));
  const depths = elements.map((e) => (e === PAGE_ROOT ? 0 : depthOf[e]!));
  return {branches, depths};
}

/** What a block's branch holds: its share of the page's words, the share of its words that are link text, and its
 * share of the page's positive evidence. Each block also gets its depth in the article's element. */
export interface BranchShares {
  depths: number[];
  wordShare: number[];
  linkShare: number[];
  evidenceShare: number[];
}

export function branchShares(
  tree: ElementTree,
  elements: readonly number[],
  container: number,
  blocks: {words: readonly number[]; linkShares: readonly number[]; evidence: readonly number[]},
): BranchShares {
  const {branches, depths} = containerBranches(tree, elements, container);
  const {words, linkShares, evidence} = blocks;
  const branchWords = new Map<number, number>();
  const branchLinks = new Map<number, number>();
  const branchEvidence = new Map<number, number>();
  let totalWords = 0;
  let positive = 0;
  branches.forEach((branch, i) => {
    branchWords.set(branch, (branchWords.get(branch) ?? 0) + words[i]!);
    branchLinks.set(branch, (branchLinks.get(branch) ?? 0) + words[i]! * linkShares[i]!);
    branchEvidence.set(branch, (branchEvidence.get(branch) ?? 0) + Math.max(0, evidence[i]!));
    totalWords += words[i]!;
    positive += Math.max(0, evidence[i]!);
  });
  return {
    depths,
    wordShare: branches.map((b) => branchWords.get(b)! / (totalWords || 1)),
    linkShare: branches.map((b) => branchLinks.get(b)! / (branchWords.get(b)! || 1)),
    evidenceShare: branches.map((b) => branchEvidence.get(b)! / (positive || 1)),
  };
}
