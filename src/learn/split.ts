/**
 * The fixed split of every corpus: ids whose last digit is 8 or 9 are validation, the rest training. Models are
 * trained and tuned on `train` ids only; the figures quoted in docs/accuracy.md are on `val` ids.
 */
export type Split = 'train' | 'val' | 'all';
export const SPLITS: readonly Split[] = ['train', 'val', 'all'];

export function splitOf(id: string): 'train' | 'val' {
  const last = id.at(-1) ?? '';
  return last === '8' || last === '9' ? 'val' : 'train';
}

export function inSplit(id: string, split: Split): boolean {
  return split === 'all' || splitOf(id) === split;
}
