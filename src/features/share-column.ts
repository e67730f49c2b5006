import {fitting, type CountColumn} from './count-column.js';

/**
 * A column of shares, each a count over a total of its block's (its words, its characters). A page's are doubles; a
 * long document's are its counts, each share worked out again when read (`count / total`), a byte or two a block
 * where a double took eight: kept so only while every share so far is that division to the bit, and as doubles from
 * the first that is not.
 */
export class ShareColumn {
  private counts: CountColumn | undefined;
  private shares: Float64Array | undefined;

  /** `totalOf(i)`: block `i`'s total, as the table holds it, whenever it is read. */
  constructor(
    length: number,
    asCounts: boolean,
    private readonly totalOf: (i: number) => number,
  ) {
    if (asCounts) this.counts = new Uint8Array(length);
    else this.shares = new Float64Array(length);
  }

  set(i: number, share: number): void {
    if (this.counts) {
      const total = this.totalOf(i);
      const count = Math.round(share * total);
      if (Number.isSafeInteger(count) && count >= 0 && Object.is(shareOf(count, total), share)) {
        this.counts = fitting(this.counts, count);
        this.counts[i] = count;
        return;
      }
      this.asShares();
    }
    this.shares![i] = share;
  }

  get(i: number): number {
    return this.shares ? this.shares[i]! : shareOf(this.counts![i]!, this.totalOf(i));
  }

  /** The bytes of its typed array. */
  get byteLength(): number {
    return (this.shares ?? this.counts)!.byteLength;
  }

  /** From counts to doubles: the shares so far, worked out as they are read. */
  private asShares(): void {
    const shares = new Float64Array(this.counts!.length);
    for (let i = 0; i < shares.length; i++) shares[i] = this.get(i);
    this.shares = shares;
    this.counts = undefined;
  }
}

/** A count over its total: 0 where the total is. */
const shareOf = (count: number, total: number) => (total ? count / total : 0);
