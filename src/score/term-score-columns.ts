import type {WordWeights} from './word-table.js';

/**
 * `termScores` of a document being cleaned, each block's kept as the numbers its three are worked out from: the sum
 * of its terms' weights (whole numbers, the stored bytes), how many terms it has, the lowest and the highest weight.
 * 14 bytes a block where the three doubles took 24, held from describing to the block stage's last window; read back
 * (`read`) by the same divisions, so the same to the bit.
 */
export class TermScoreColumns {
  private readonly sums: Float64Array;
  private readonly counts: Int32Array;
  private readonly lowest: Int8Array;
  private readonly highest: Int8Array;

  constructor(
    readonly blocks: number,
    private readonly table: WordWeights,
  ) {
    this.sums = new Float64Array(blocks);
    this.counts = new Int32Array(blocks);
    this.lowest = new Int8Array(blocks);
    this.highest = new Int8Array(blocks);
  }

  /** Block `b`'s terms, by their slots in the table (`termSlots`); a block with none scores zeros. */
  write(b: number, slots: Int32Array): void {
    if (slots.length === 0) return;
    const weights = this.table.bytes;
    let sum = 0;
    let lowest = 127;
    let highest = -127;
    for (let i = 0; i < slots.length; i++) {
      const weight = weights[slots[i]!]!;
      sum += weight;
      if (weight < lowest) lowest = weight;
      if (weight > highest) highest = weight;
    }
    this.sums[b] = sum;
    this.counts[b] = slots.length;
    this.lowest[b] = lowest;
    this.highest[b] = highest;
  }

  /** Blocks `from` to `to - 1` as `termScores` gives them, three numbers a block, in a list of their own. */
  read(from = 0, to = this.blocks): Float64Array {
    const scores = new Float64Array(3 * (to - from));
    const scale = this.table.scale;
    for (let b = from; b < to; b++) {
      const count = this.counts[b]!;
      if (count === 0) continue;
      const at = 3 * (b - from);
      scores[at] = this.sums[b]! / count / scale;
      scores[at + 1] = this.lowest[b]! / scale;
      scores[at + 2] = this.highest[b]! / scale;
    }
    return scores;
  }
}
