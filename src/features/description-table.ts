import type {Cue} from './lexicon.js';
import type {BlockDescription} from './describe.js';
import {fitting, type CountColumn} from './count-column.js';
import {ShareColumn} from './share-column.js';

// A block with no cue, the most common case, shares one list rather than holding an empty one of its own.
const NO_CUES: Cue[] = Object.freeze([]) as unknown as Cue[];

// The blocks from which a document's equal keys are kept as one string.
const SHARED_KEYS_FROM = 10_000;

const END_TERMINAL = 1;
const END_COLON = 2;
const STARTS_LOWER = 4;
const STARTS_BULLET = 8;


const COUNT_FIELDS = ['chars', 'words', 'sentences', 'urls', 'emails', 'mentions', 'hashtags', 'separators', 'lines'] as const;

/**
 * Every block's description of a document in columns, one typed array a field: about 90 bytes a block and its key,
 * where a description object of 22 fields and its boxed fractions take about 400. The values are the same to the bit:
 * counts in 32-bit integers (in a long document, in the narrowest integers that hold them), shares in doubles.
 * `StoredDescription` reads a block's description back.
 */
export class DescriptionTable {
  chars: CountColumn;
  words: CountColumn;
  sentences: CountColumn;
  urls: CountColumn;
  emails: CountColumn;
  mentions: CountColumn;
  hashtags: CountColumn;
  separators: CountColumn;
  lines: CountColumn;
  // Shares of the words and of the characters: in a long document, the counts they are worked out from (`ShareColumn`).
  readonly stopwordDensity: ShareColumn;
  readonly capitalised: ShareColumn;
  readonly upperLetters: Float64Array;
  readonly digits: ShareColumn;
  readonly punctuation: ShareColumn;
  readonly flags: Uint8Array;
  readonly keys: string[];
  readonly cues: Cue[][];
  // Each key and each list of cues once: a short block's key is a string of its own, and menus, bylines and prompts
  // repeat on a page; a block's list of cues was grown by push, with room for 17. Only while the table is filled, and
  // keys only in a long document: looking every key up costs a page more time than its repeats cost memory.
  private keyOf: Map<string, string> | undefined;
  private cueListOf: Map<string, Cue[]> | undefined = new Map();
  // A long document's counts start a byte each and are widened as a value needs (`fit`): most counts of a block
  // (links, addresses, lines, most sentences) fit a byte, and 32-bit columns took 36 bytes a block while it was read.
  // A page's stay 32-bit, so that their getters read one kind of column, as they always did.
  private readonly growing: boolean;

  /** `holdsKeys` false: a subclass keeps the keys its own way (`keepKey`), and the table has no list of them. */
  constructor(count: number, holdsKeys = true) {
    this.growing = count >= SHARED_KEYS_FROM;
    const counts = () => (this.growing ? new Uint8Array(count) : new Int32Array(count));
    this.chars = counts();
    this.words = counts();
    this.sentences = counts();
    this.urls = counts();
    this.emails = counts();
    this.mentions = counts();
    this.hashtags = counts();
    this.separators = counts();
    this.lines = counts();
    const ofWords = (i: number) => this.words[i]!;
    const ofChars = (i: number) => this.chars[i]!;
    this.stopwordDensity = new ShareColumn(count, this.growing, ofWords);
    this.capitalised = new ShareColumn(count, this.growing, ofWords);
    this.upperLetters = new Float64Array(count);
    this.digits = new ShareColumn(count, this.growing, ofChars);
    this.punctuation = new ShareColumn(count, this.growing, ofChars);
    this.flags = new Uint8Array(count);
    this.keys = holdsKeys ? new Array<string>(count).fill('') : [];
    this.cues = new Array<Cue[]>(count).fill(NO_CUES);
    if (count >= SHARED_KEYS_FROM) this.keyOf = new Map();
  }

  /** Keep `d` as block `i`'s description, and return it as the table reads it back. */
  store(i: number, d: BlockDescription): BlockDescription {
    if (this.growing) this.fit(d);
    this.chars[i] = d.chars;
    this.words[i] = d.words;
    this.sentences[i] = d.sentences;
    this.urls[i] = d.urls;
    this.emails[i] = d.emails;
    this.mentions[i] = d.mentions;
    this.hashtags[i] = d.hashtags;
    this.separators[i] = d.separators;
    this.lines[i] = d.lines;
    this.stopwordDensity.set(i, d.stopwordDensity);
    this.capitalised.set(i, d.capitalised);
    this.upperLetters[i] = d.upperLetters;
    this.digits.set(i, d.digits);
    this.punctuation.set(i, d.punctuation);
    this.flags[i] =
      (d.endsWithTerminal ? END_TERMINAL : 0) | (d.endsWithColon ? END_COLON : 0) | (d.startsLower ? STARTS_LOWER : 0) | (d.startsWithBullet ? STARTS_BULLET : 0);
    this.keepKey(i, d.key);
    if (d.cues.length > 0) this.cues[i] = this.sharedCues(d.cues);
    return this.view(i);
  }

  /** How block `i`'s description is read back: a view of its columns. */
  protected view(i: number): BlockDescription {
    return new StoredDescription(this, i);
  }

  /** Every block is stored: let go of the keys seen. */
  stored(): void {
    this.keyOf = undefined;
    this.cueListOf = undefined;
  }

  /** Each column of counts widened where `d`'s value does not fit it, the values before kept. */
  private fit(d: BlockDescription): void {
    for (const field of COUNT_FIELDS) this[field] = fitting(this[field], d[field]);
  }

  /** Keep block `i`'s key: `key`, or the equal key an earlier block holds. */
  protected keepKey(i: number, key: string): void {
    this.keys[i] = this.sharedKey(key);
  }

  /**
   * For each block, how many of the document's blocks have its key, where the table counted them while it was filled
   * (`BlockTable`); the block stage's repeats read them rather than every block's key.
   */
  keyCounts(): Uint32Array | undefined {
    return undefined;
  }

  /** `key`, or the equal key an earlier block holds. */
  private sharedKey(key: string): string {
    if (!this.keyOf) return key;
    const seen = this.keyOf.get(key);
    if (seen !== undefined) return seen;
    this.keyOf.set(key, key);
    return key;
  }

  /** The cues of `cues`, in a frozen list of their length that every block matching the same cues shares. */
  private sharedCues(cues: Cue[]): Cue[] {
    if (!this.cueListOf) return cues;
    const names = cues.length === 1 ? cues[0]!.name : cues.map((cue) => cue.name).join('\n');
    let shared = this.cueListOf.get(names);
    if (!shared) this.cueListOf.set(names, (shared = Object.freeze(cues.slice()) as Cue[]));
    return shared;
  }
}

/** `keyCounts()` of the table `descriptions` are read from, where they are a table's. */
export function storedKeyCounts(descriptions: readonly BlockDescription[]): Uint32Array | undefined {
  const first = descriptions[0];
  return first instanceof StoredDescription ? first.keyCounts() : undefined;
}

/** Block `i`'s description, read from its table: the fields of `BlockDescription`, the same values. */
export class StoredDescription implements BlockDescription {
  constructor(
    protected readonly table: DescriptionTable,
    protected readonly i: number,
  ) {}
  /** Its table's `keyCounts()`. */
  keyCounts(): Uint32Array | undefined {
    return this.table.keyCounts();
  }
  get chars(): number {
    return this.table.chars[this.i]!;
  }
  get words(): number {
    return this.table.words[this.i]!;
  }
  get sentences(): number {
    return this.table.sentences[this.i]!;
  }
  get stopwordDensity(): number {
    return this.table.stopwordDensity.get(this.i);
  }
  get capitalised(): number {
    return this.table.capitalised.get(this.i);
  }
  get upperLetters(): number {
    return this.table.upperLetters[this.i]!;
  }
  get digits(): number {
    return this.table.digits.get(this.i);
  }
  get punctuation(): number {
    return this.table.punctuation.get(this.i);
  }
  get endsWithTerminal(): boolean {
    return (this.table.flags[this.i]! & END_TERMINAL) !== 0;
  }
  get endsWithColon(): boolean {
    return (this.table.flags[this.i]! & END_COLON) !== 0;
  }
  get startsLower(): boolean {
    return (this.table.flags[this.i]! & STARTS_LOWER) !== 0;
  }
  get startsWithBullet(): boolean {
    return (this.table.flags[this.i]! & STARTS_BULLET) !== 0;
  }
  get urls(): number {
    return this.table.urls[this.i]!;
  }
  get emails(): number {
    return this.table.emails[this.i]!;
  }
  get mentions(): number {
    return this.table.mentions[this.i]!;
  }
  get hashtags(): number {
    return this.table.hashtags[this.i]!;
  }
  get separators(): number {
    return this.table.separators[this.i]!;
  }
  get lines(): number {
    return this.table.lines[this.i]!;
  }
  get key(): string {
    return this.table.keys[this.i]!;
  }
  get cues(): Cue[] {
    return this.table.cues[this.i]!;
  }
}
