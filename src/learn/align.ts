import {alignmentTokens, fold} from '../text/words.js';
import type {GoldPage} from './corpus.js';

/** A block's training label: 1 body, 0 boilerplate, null too ambiguous to learn from. */
export type Truth = 0 | 1 | null;

const SHINGLE = 4;
const BODY_COVERAGE = 0.6;
const JUNK_COVERAGE = 0.25;

/**
 * Label blocks by aligning them with the gold body. A block of four or more tokens is body when most of its
 * 4-token shingles occur in the gold body, boilerplate when few do; a shorter block is body when it is a whole line
 * of the gold body or a cell of one of its rows (`labelRows`), boilerplate when its words occur nowhere in it, and
 * unknown otherwise. Pages with only
 * with/without snippets label the blocks that hold (or lie inside) a snippet.
 */
export function labelBlocks(texts: readonly string[], gold: GoldPage): Truth[] {
  return gold.main_content ? labelByBody(texts, gold.main_content) : labelBySnippets(texts, gold);
}

function labelByBody(texts: readonly string[], body: string): Truth[] {
  const bodyLines = body.split('\n').map(alignmentTokens);
  // A line break is no token character: the body's tokens are its lines' tokens, in order.
  const bodyTokens = bodyLines.flat();
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= bodyTokens.length; i++) shingles.add(bodyTokens.slice(i, i + SHINGLE).join(' '));
  const lines = new Set(bodyLines.map((t) => t.join(' ')).filter((line) => line !== ''));
  const joinedBody = ` ${bodyTokens.join(' ')} `;

  const blockTokens = texts.map(alignmentTokens);
  const labels: Truth[] = blockTokens.map((t) => {
    if (t.length === 0) return null;
    if (t.length < SHINGLE) {
      const key = t.join(' ');
      if (lines.has(key)) return 1;
      return joinedBody.includes(` ${key} `) ? null : 0;
    }
    let hits = 0;
    for (let i = 0; i + SHINGLE <= t.length; i++) if (shingles.has(t.slice(i, i + SHINGLE).join(' '))) hits++;
    const coverage = hits / (t.length - SHINGLE + 1);
    return coverage >= BODY_COVERAGE ? 1 : coverage <= JUNK_COVERAGE ? 0 : null;
  });
  labelRows(blockTokens.map((t) => t.join(' ')), bodyLines, lines, labels);
  return labels;
}

// Longer lines are paragraphs, not table rows: a row is looked for among the gold's short lines alone.
const ROW_MAX_TOKENS = 40;

/**
 * Table cells. The gold body joins a row's cells into one line, where the text has a block a cell, so a cell is
 * neither a whole line of the gold nor long enough for shingles, and was left unlabelled. Consecutive blocks whose
 * tokens, joined, are a whole short line of the gold body are a row: the unlabelled ones among them are body.
 * `blocks` are the blocks' tokens joined by spaces, `bodyLines` the gold's lines as tokens, `lines` those joined.
 */
function labelRows(blocks: readonly string[], bodyLines: readonly string[][], lines: ReadonlySet<string>, labels: Truth[]): void {
  // Every run of blocks that may still grow into a row: the starts of the gold's short lines.
  const prefixes = new Set<string>();
  for (const t of bodyLines) {
    if (t.length > ROW_MAX_TOKENS) continue;
    for (let k = 1; k <= t.length; k++) prefixes.add(t.slice(0, k).join(' '));
  }
  for (let i = 0; i < blocks.length; ) {
    // The longest run from block i that is a whole row, of two blocks or more. A run in `prefixes` is no longer than
    // a short line, so a whole line it equals is a short one.
    let joined = blocks[i]!;
    let end = -1;
    for (let j = i; joined !== '' && prefixes.has(joined); ) {
      if (j > i && lines.has(joined)) end = j;
      j++;
      if (j >= blocks.length) break;
      joined = blocks[j] === '' ? joined : `${joined} ${blocks[j]}`;
    }
    if (end < 0) {
      i++;
      continue;
    }
    for (let k = i; k <= end; k++) if (labels[k] === null) labels[k] = 1;
    i = end + 1;
  }
}


/**
 * Which blocks hold a gold snippet (a `with` or a `without`), or are a line of one that spans several blocks. The
 * snippet metric counts each snippet once, however short, so training can weigh these blocks up. A block is never
 * marked for sharing letters with a snippet ("News" inside "newsletter"): it holds the whole snippet, or it is one
 * of the snippet's lines, or ten or more characters of it standing between spaces.
 */
export function snippetBlocks(texts: readonly string[], gold: GoldPage): boolean[] {
  const snippets = [...gold.with, ...gold.without].map(fold).filter((s) => s.length >= 4);
  const lines = new Set([...gold.with, ...gold.without].flatMap((s) => s.split('\n').map(fold)).filter((line) => line.length >= 4));
  const padded = snippets.map((s) => ` ${s} `);
  return texts.map((text) => {
    const block = fold(text);
    if (block.length < 4) return false;
    if (lines.has(block) || snippets.some((s) => block.includes(s))) return true;
    return block.length >= 10 && padded.some((s) => s.includes(` ${block} `));
  });
}

function labelBySnippets(texts: readonly string[], gold: GoldPage): Truth[] {
  const withSnippets = gold.with.map(fold).filter((s) => s.length >= 10);
  const withoutSnippets = gold.without.map(fold).filter((s) => s.length >= 10);
  const related = (block: string, snippet: string) => block.includes(snippet) || (block.length >= 10 && snippet.includes(block));
  return texts.map((text) => {
    const block = fold(text);
    if (withSnippets.some((s) => related(block, s))) return 1;
    if (withoutSnippets.some((s) => related(block, s))) return 0;
    return null;
  });
}
