import type {Layout} from '../types.js';

export interface LayoutInfo {
  layout: Layout;
  /** For `wrapped`: the column the scraper wrapped at. */
  width: number;
}

// Scrapers that hard-wrap (lynx, w3m, html2text) wrap at 72 to 100 columns.
const MAX_WRAP_WIDTH = 110;
const MIN_WRAP_WIDTH = 40;

/**
 * Decide how a document's text was laid out: one block a line (no blank lines), blocks separated by blank lines,
 * or hard-wrapped paragraphs. Decided once per document, since a scraper writes a whole page one way.
 */
export function detectLayout(lines: readonly string[]): LayoutInfo {
  let blank = 0;
  const lengths: number[] = [];
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed.trim() === '') blank++;
    else lengths.push(trimmed.length);
  }
  const nonBlank = lengths.length;
  if (nonBlank <= 1 || blank < nonBlank * 0.05) return {layout: 'lines', width: 0};

  const width = wrapWidth(lengths);
  if (width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH) {
    // Wrapped text has many lines that end near the width and go on in the next line.
    let fullAndContinued = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      const length = lines[i]!.trimEnd().length;
      if (length >= width - 20 && lines[i + 1]!.trim() !== '') fullAndContinued++;
    }
    if (fullAndContinued >= Math.max(2, nonBlank * 0.1)) return {layout: 'wrapped', width};
  }
  return {layout: 'paragraphs', width: 0};
}

/** The 98th percentile of line lengths: the wrap column, robust to the odd unbreakable URL. */
function wrapWidth(lengths: readonly number[]): number {
  const sorted = [...lengths].sort((a, b) => b - a);
  return sorted[Math.floor(sorted.length * 0.02)] ?? 0;
}
