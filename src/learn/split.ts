/**
 * The fixed split of every corpus: ids whose last digit is 8 or 9 are validation, the rest training. Models are
 * trained and tuned on `train` ids only; the figures quoted in docs/accuracy.md are on `val` ids.
 */
export type Split = 'train' | 'val' | 'all';
export const SPLITS: readonly Split[] = ['train', 'val', 'all'];

/** What each split holds, as messages name it. */
export const SPLIT_NAMES: Readonly<Record<Split, string>> = {
  train: 'train ids: those whose last digit is not 8 or 9',
  val: 'val ids: those whose last digit is 8 or 9',
  all: 'every id',
};

export function splitOf(id: string): 'train' | 'val' {
  const last = id.at(-1) ?? '';
  return last === '8' || last === '9' ? 'val' : 'train';
}

export function inSplit(id: string, split: Split): boolean {
  return split === 'all' || splitOf(id) === split;
}

/**
 * A train id's fold in a cross-validation of `folds` folds: FNV-1a of the id, so that a page's fold never depends on
 * which other pages the corpus holds, and fold models written once keep scoring the pages they did not learn.
 */
export function foldOf(id: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % folds;
}
