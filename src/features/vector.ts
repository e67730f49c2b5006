import {BOILERPLATE_LABELS, type Layout} from '../types.js';
import type {BlockDescription} from './describe.js';


const OWN = [
  'logChars',
  'logWords',
  'logSentences',
  'meanSentenceWords',
  'stopwordDensity',
  'capitalised',
  'upperLetters',
  'allCaps',
  'digits',
  'punctuation',
  'endsWithTerminal',
  'endsWithColon',
  'startsLower',
  'startsWithBullet',
  'hasUrl',
  'hasEmail',
  'hasMention',
  'hasHashtag',
  'hasSeparators',
  'multiLine',
  'veryShort',
  'short',
  'anyWholeCue',
  'anyCue',
  ...BOILERPLATE_LABELS.map((label) => `cue:${label}`),
  ...BOILERPLATE_LABELS.map((label) => `wholeCue:${label}`),
] as const;

const NEIGHBOUR = ['exists', 'logWords', 'stopwordDensity', 'endsWithTerminal', 'anyWholeCue', 'short'] as const;
const OFFSETS = [-3, -2, -1, 1, 2, 3] as const;

const DOCUMENT = [
  'position',
  'positionSquared',
  'isFirst',
  'isLast',
  'wordsBefore',
  'wordShare',
  'repeats',
  'windowMaxWords',
  'windowMeanStopwords',
  'windowTerminal',
  'docLogBlocks',
  'docLongShare',
  'relativeWords',
  'layout:lines',
  'layout:paragraphs',
  'layout:wrapped',
] as const;

/**
 * Numeric features of every block of a document: its own, its neighbours' and its place in the document.
 * The names are the model's contract: a model file lists the names it was trained on, in order.
 */
export const FEATURE_NAMES: readonly string[] = buildNames();

function buildNames(): string[] {
  return [
    ...OWN,
    ...OFFSETS.flatMap((offset) => NEIGHBOUR.map((name) => `${offset > 0 ? 'next' : 'prev'}${Math.abs(offset)}:${name}`)),
    ...DOCUMENT,
  ];
}

function ownFeatures(d: BlockDescription): number[] {
  const cueLabels = new Set(d.cues.filter((cue) => !cue.whole).map((cue) => cue.label));
  const wholeLabels = new Set(d.cues.filter((cue) => cue.whole).map((cue) => cue.label));
  return [
    Math.log1p(d.chars) / 8,
    Math.log1p(d.words) / 6,
    Math.log1p(d.sentences) / 3,
    Math.min(d.sentences ? d.words / d.sentences : 0, 60) / 30,
    d.stopwordDensity,
    d.capitalised,
    d.upperLetters,
    d.upperLetters > 0.8 && d.chars >= 3 ? 1 : 0,
    d.digits,
    d.punctuation,
    d.endsWithTerminal ? 1 : 0,
    d.endsWithColon ? 1 : 0,
    d.startsLower ? 1 : 0,
    d.startsWithBullet ? 1 : 0,
    d.urls > 0 ? 1 : 0,
    d.emails > 0 ? 1 : 0,
    d.mentions > 0 ? 1 : 0,
    d.hashtags > 0 ? 1 : 0,
    d.separators > 0 ? 1 : 0,
    d.lines > 1 ? 1 : 0,
    d.words <= 3 ? 1 : 0,
    d.words <= 10 ? 1 : 0,
    wholeLabels.size > 0 ? 1 : 0,
    cueLabels.size > 0 ? 1 : 0,
    ...BOILERPLATE_LABELS.map((label) => (cueLabels.has(label) ? 1 : 0)),
    ...BOILERPLATE_LABELS.map((label) => (wholeLabels.has(label) ? 1 : 0)),
  ];
}

function neighbourFeatures(d: BlockDescription | undefined): number[] {
  if (!d) return [0, 0, 0, 0, 0, 0];
  return [
    1,
    Math.log1p(d.words) / 6,
    d.stopwordDensity,
    d.endsWithTerminal ? 1 : 0,
    d.cues.some((cue) => cue.whole) ? 1 : 0,
    d.words <= 10 ? 1 : 0,
  ];
}

/** The feature matrix of a document: one row a block, columns in `FEATURE_NAMES` order. */
export function featureMatrix(descriptions: readonly BlockDescription[], layout: Layout): number[][] {
  const n = descriptions.length;
  const totalWords = descriptions.reduce((sum, d) => sum + d.words, 0) || 1;
  const maxWords = descriptions.reduce((max, d) => Math.max(max, d.words), 0) || 1;
  const longShare = n ? descriptions.filter((d) => d.words >= 20).length / n : 0;
  const keyCounts = new Map<string, number>();
  const keys = descriptions.map((d) => d.key);
  for (const key of keys) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);

  const own = descriptions.map(ownFeatures);
  const neighbours = descriptions.map(neighbourFeatures);
  const rows: number[][] = [];
  let wordsBefore = 0;
  for (let i = 0; i < n; i++) {
    const d = descriptions[i]!;
    const row = [...own[i]!];
    for (const offset of OFFSETS) row.push(...(neighbours[i + offset] ?? neighbourFeatures(undefined)));
    let windowMax = 0;
    let windowStop = 0;
    let windowTerminal = 0;
    let windowSize = 0;
    for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
      if (j === i) continue;
      const other = descriptions[j]!;
      windowMax = Math.max(windowMax, other.words);
      windowStop += other.stopwordDensity;
      windowTerminal += other.endsWithTerminal ? 1 : 0;
      windowSize++;
    }
    const position = n > 1 ? i / (n - 1) : 0;
    row.push(
      position,
      position * position,
      i === 0 ? 1 : 0,
      i === n - 1 ? 1 : 0,
      wordsBefore / totalWords,
      d.words / totalWords,
      Math.log1p((keyCounts.get(keys[i]!) ?? 1) - 1),
      Math.log1p(windowMax) / 6,
      windowSize ? windowStop / windowSize : 0,
      windowSize ? windowTerminal / windowSize : 0,
      Math.log1p(n) / 6,
      longShare,
      d.words / maxWords,
      layout === 'lines' ? 1 : 0,
      layout === 'paragraphs' ? 1 : 0,
      layout === 'wrapped' ? 1 : 0,
    );
    wordsBefore += d.words;
    rows.push(row);
  }
  return rows;
}
