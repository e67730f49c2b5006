// Any character past Latin-1, which V8 can hold only two bytes a character.
const PAST_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * A long document's block texts copied out of the document, end to end, into two buffers: one byte a character for
 * the texts whose characters are all Latin-1, two for the rest. Once every text is added, each buffer is read as one
 * string, which Node holds outside the JavaScript heap when it is long, and each text is a slice of it. The texts
 * then let the document go, at about half the heap strings of their own took: a slice is a pointer and two
 * numbers, where a string of its own carried its characters and a header; and the collector, which lets the
 * heap grow to a few times what it finds live, finds less. Where there is no Node `Buffer`, the texts stay as given.
 */
export class TextArena {
  private readonly buffer = globalThis.Buffer;
  private oneByte: Buffer | undefined;
  private twoByte: Buffer | undefined;
  private oneUsed = 0;
  private twoUsed = 0;
  // Each text's start in its buffer, in bytes, negative (minus one) for the two-byte buffer; and its length.
  private starts: Int32Array = NONE;
  private lengths: Int32Array = NONE;
  private count = 0;

  /**
   * `characters`: at least the characters of every text to be added (the document's length). The one-byte buffer is
   * made that large at once, where grown by doubling it left copies behind it: memory the collector counts towards its
   * next full collection, which would then come while the document is still read, and find it all live.
   */
  constructor(private readonly characters = 0) {}

  /** Keep `text` as the next text: the empty string it returns stands in for it until `fill`. */
  add(text: string): string {
    if (typeof this.buffer !== 'function') return text;
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
    }
    const twoBytes = PAST_LATIN1.test(text);
    if (twoBytes) {
      this.twoByte = this.room(this.twoByte, this.twoUsed, 2 * text.length);
      this.starts[this.count] = -1 - this.twoUsed;
      this.twoUsed += this.twoByte.write(text, this.twoUsed, 'utf16le');
    } else {
      this.oneByte = this.room(this.oneByte ?? this.buffer.allocUnsafe(Math.max(this.characters, text.length)), this.oneUsed, text.length);
      this.starts[this.count] = this.oneUsed;
      this.oneUsed += this.oneByte.write(text, this.oneUsed, 'latin1');
    }
    this.lengths[this.count++] = text.length;
    return '';
  }

  /** Put each text added into `texts` in place of what `add` returned, in order; `texts` holds them and nothing else. */
  fill(texts: string[]): void {
    if (typeof this.buffer !== 'function') return;
    // latin1 keeps the low byte of each character and utf16le each UTF-16 unit, lone surrogates included: no loss.
    const one = this.oneByte ? this.oneByte.toString('latin1', 0, this.oneUsed) : '';
    const two = this.twoByte ? this.twoByte.toString('utf16le', 0, this.twoUsed) : '';
    this.oneByte = this.twoByte = undefined;
    for (let i = 0; i < this.count; i++) {
      const start = this.starts[i]!;
      const length = this.lengths[i]!;
      texts[i] = start >= 0 ? one.slice(start, start + length) : two.slice((-1 - start) / 2, (-1 - start) / 2 + length);
    }
  }

  /** `buffer`, or a larger copy of it, with room for `bytes` more after `used`. */
  private room(buffer: Buffer | undefined, used: number, bytes: number): Buffer {
    if (buffer && used + bytes <= buffer.length) return buffer;
    const larger = this.buffer.allocUnsafe(Math.max(2 * (buffer?.length ?? 0), used + bytes, 1 << 16));
    buffer?.copy(larger, 0, 0, used);
    return larger;
  }
}

const NONE = new Int32Array(0);

function grown(column: Int32Array): Int32Array {
  const larger = new Int32Array(Math.max(1024, 2 * column.length));
  larger.set(column);
  return larger;
}
