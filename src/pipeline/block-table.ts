import type {BlockDescription} from '../features/describe.js';
import {DescriptionTable, StoredDescription} from '../features/description-table.js';
import {blockKey} from '../features/lexicon.js';
import {stringHash53} from '../text/string-hash.js';
import {BOILERPLATE_LABELS, type Label, type ScoredBlock, type Verdict} from '../types.js';

// Every label, by its code in a table's column of labels.
const LABELS: readonly Label[] = ['title', 'heading', 'body', ...BOILERPLATE_LABELS];
const LABEL_CODE = new Map(LABELS.map((label, code) => [label, code]));
// A key's hash is kept in 31 bits.
const HASH_SPAN = 2 ** 31;

/**
 * A long document's blocks for a caller that only reads the cleaned document (the CLI, which prints it): each block's
 * description and, once judged, its verdict, in columns, read and written through one object a block. A verdict
 * object of its own, with its boxed score and the score rounded anew, took some 90 bytes a block, made while judging
 * and held to the end, where cleaning's memory peaks; its columns take 18, and the block's object is the one its
 * description already had.
 */
export class BlockTable extends DescriptionTable {
  kept = new Uint8Array(0);
  labels = new Uint8Array(0);
  scores = new Float64Array(0);
  reasons: string[][] = [];
  // A block's key is made again from its text when read (rarely, once the block stage has its repeats): held, a short
  // block's key took 27 bytes a block, and a map of the keys to count them some 50 more while the table was filled.
  // Each key's hash instead, while it is filled; then how many blocks have each block's key (`countKeys`).
  private keyHashes: Int32Array | undefined;
  private counts: Uint32Array | undefined;
  // Each different list of reasons once, frozen: the rules give the blocks they change a new list each, and a long
  // document's blocks share a few dozen lists. The stages never write into a block's list, only give it a new one.
  private readonly reasonLists = new Map<string, string[]>();

  constructor(readonly texts: readonly string[]) {
    super(texts.length, false);
    this.keyHashes = new Int32Array(texts.length);
  }

  protected override view(i: number): BlockDescription {
    return new TableBlock(this, i);
  }

  protected override keepKey(i: number, key: string): void {
    this.keyHashes![i] = stringHash53(key) % HASH_SPAN;
  }

  override stored(): void {
    super.stored();
    this.counts = countKeys(this.keyHashes!, (i) => blockKey(this.texts[i]!));
    this.keyHashes = undefined;
  }

  override keyCounts(): Uint32Array | undefined {
    return this.counts;
  }

  /**
   * The blocks' verdicts, each first as `verdict(i)` gives it: the descriptions' own list (`descriptions`, as
   * `store` returned them), whose blocks are now their verdicts too.
   */
  judged<V extends Verdict & ScoredBlock>(descriptions: readonly BlockDescription[], verdict: (i: number) => V): V[] {
    const count = this.texts.length;
    this.kept = new Uint8Array(count);
    this.labels = new Uint8Array(count);
    this.scores = new Float64Array(count);
    this.reasons = new Array<string[]>(count);
    for (let i = 0; i < count; i++) {
      const v = verdict(i);
      this.kept[i] = v.kept ? 1 : 0;
      this.labels[i] = LABEL_CODE.get(v.label)!;
      this.scores[i] = v.score;
      this.reasons[i] = this.sharedReasons(v.reasons);
    }
    return descriptions as unknown as V[];
  }

  /** `reasons`, or the frozen list of the same reasons that blocks share. */
  sharedReasons(reasons: string[]): string[] {
    if (Object.isFrozen(reasons)) return reasons;
    const names = reasons.join('\n');
    let shared = this.reasonLists.get(names);
    if (!shared) this.reasonLists.set(names, (shared = Object.freeze(reasons.slice()) as string[]));
    return shared;
  }
}

/**
 * For each block, how many blocks have its key, from 31-bit hashes of the keys (`hashes`) and, among blocks of equal
 * hash, the keys themselves (`keyOf`): exact, whatever the hashes share. The blocks are put in order of their hash
 * by sorting numbers that hold a block's hash above its number (a numeric sort, which makes no list of its own), then
 * each run of equal hashes is counted by its keys.
 */
export function countKeys(hashes: Int32Array, keyOf: (i: number) => string): Uint32Array {
  const n = hashes.length;
  const numberSpan = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  // What of a hash fits above the block's number in the 53 bits a double holds whole.
  const hashSpan = 2 ** 53 / numberSpan;
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) order[i] = (hashes[i]! % hashSpan) * numberSpan + i;
  order.sort();
  const blockAt = (k: number) => order[k]! % numberSpan;
  const hashAt = (k: number) => Math.floor(order[k]! / numberSpan);
  const counts = new Uint32Array(n);
  for (let start = 0; start < n; ) {
    const hash = hashAt(start);
    let end = start + 1;
    while (end < n && hashAt(end) === hash) end++;
    if (end - start === 1) {
      counts[blockAt(start)] = 1;
    } else if (allEqual(start, end, blockAt, keyOf)) {
      for (let k = start; k < end; k++) counts[blockAt(k)] = end - start;
    } else {
      const keys: string[] = [];
      const blocksOf = new Map<string, number>();
      for (let k = start; k < end; k++) {
        const key = keyOf(blockAt(k));
        keys.push(key);
        blocksOf.set(key, (blocksOf.get(key) ?? 0) + 1);
      }
      for (let k = start; k < end; k++) counts[blockAt(k)] = blocksOf.get(keys[k - start]!)!;
    }
    start = end;
  }
  return counts;
}

/** Whether the blocks at `start` to `end` of an order have one key: most runs of equal hashes are one repeated line. */
function allEqual(start: number, end: number, blockAt: (k: number) => number, keyOf: (i: number) => string): boolean {
  const first = keyOf(blockAt(start));
  for (let k = start + 1; k < end; k++) if (keyOf(blockAt(k)) !== first) return false;
  return true;
}

/** The table of `descriptions`, when they are a `BlockTable`'s blocks. */
export function blockTableOf(descriptions: readonly BlockDescription[]): BlockTable | undefined {
  const first = descriptions[0];
  return first instanceof TableBlock ? first.blockTable() : undefined;
}

/** Block `i` of a `BlockTable`: its description (`StoredDescription`) and its verdict, as an output block. */
class TableBlock extends StoredDescription implements ScoredBlock {
  declare protected readonly table: BlockTable;

  blockTable(): BlockTable {
    return this.table;
  }
  get text(): string {
    return this.table.texts[this.i]!;
  }
  override get key(): string {
    return blockKey(this.text);
  }
  get kept(): boolean {
    return this.table.kept[this.i] === 1;
  }
  set kept(kept: boolean) {
    this.table.kept[this.i] = kept ? 1 : 0;
  }
  get label(): Label {
    return LABELS[this.table.labels[this.i]!]!;
  }
  set label(label: Label) {
    this.table.labels[this.i] = LABEL_CODE.get(label)!;
  }
  get score(): number {
    return this.table.scores[this.i]!;
  }
  set score(score: number) {
    this.table.scores[this.i] = score;
  }
  get reasons(): string[] {
    return this.table.reasons[this.i]!;
  }
  set reasons(reasons: string[]) {
    this.table.reasons[this.i] = this.table.sharedReasons(reasons);
  }
  /** As JSON, the output block's fields in their order: what a printer of `blocks` writes. */
  toJSON(): ScoredBlock {
    return {text: this.text, kept: this.kept, label: this.label, score: this.score, reasons: this.reasons};
  }
}
