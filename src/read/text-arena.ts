// Any character past Latin-1, which V8 can hold only two bytes a character.
const PAST_LATIN1 = /[^\u0000-\u00ff]/;

// The bytes of a piece of the arena: past the length from which Node holds a string read from a Buffer outside the
// JavaScript heap (about a million characters), small beside a long document.
const PIECE_BYTES = 4 << 20;

/**
 * A long document's block texts copied out of the document, end to end, into pieces of a few megabytes: one byte a
 * character for the texts whose characters are all Latin-1, two for the rest. Each piece, once full, is read as one
 * string, which Node holds outside the JavaScript heap, and its buffer is filled again; each text is a slice of its
 * piece's string. The texts then let the document go, at about half the heap strings of their own took: a slice is a
 * pointer and two numbers, where a string of its own carried its characters and a header; and the collector, which
 * lets the heap grow to a few times what it finds live, finds less. Where there is no Node `Buffer`, the texts stay as
 * given.
 */
export class TextArena {
  private readonly buffer = globalThis.Buffer;
  private readonly oneByte = new ArenaPieces('latin1', 1);
  private readonly twoByte = new ArenaPieces('utf16le', 2);
  // Each text's piece (negative, minus one, for the two-byte pieces), its start in the piece's string, its length.
  private pieces: Int32Array = NONE;
  private starts: Int32Array = NONE;
  private lengths: Int32Array = NONE;
  private count = 0;
  // The texts themselves, where there is no Buffer to copy them into.
  private readonly given: string[] = [];

  /** Keep `text` as the next text. */
  add(text: string): void {
    if (typeof this.buffer !== 'function') {
      this.given.push(text);
      return;
    }
    if (this.count === this.starts.length) {
      this.pieces = grown(this.pieces);
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
    }
    const twoBytes = PAST_LATIN1.test(text);
    const pieces = twoBytes ? this.twoByte : this.oneByte;
    const [piece, start] = pieces.add(text);
    this.pieces[this.count] = twoBytes ? -1 - piece : piece;
    this.starts[this.count] = start;
    this.lengths[this.count++] = text.length;
  }

  /** Every text added, in order: a list of their number, made once all are added. */
  texts(): string[] {
    if (typeof this.buffer !== 'function') return this.given;
    const one = this.oneByte.finished();
    const two = this.twoByte.finished();
    const texts = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) {
      const piece = this.pieces[i]!;
      const start = this.starts[i]!;
      const length = this.lengths[i]!;
      // An empty text takes no room, so its piece may never have been read as a string: none is read for it.
      texts[i] = length === 0 ? '' : (piece >= 0 ? one[piece]! : two[-1 - piece]!).slice(start, start + length);
    }
    return texts;
  }
}

/** The pieces of one encoding: the strings of those full, and a buffer that fills the next. */
class ArenaPieces {
  private readonly strings: string[] = [];
  private buffer: Buffer | undefined;
  private used = 0;

  constructor(
    private readonly encoding: 'latin1' | 'utf16le',
    private readonly bytesACharacter: number,
  ) {}

  /** Copy `text` in: the piece it is in, and where in that piece's string it starts. */
  add(text: string): [number, number] {
    const bytes = this.bytesACharacter * text.length;
    if (!this.buffer || this.used + bytes > this.buffer.length) {
      this.finishPiece();
      // A text longer than a piece has a piece of its own.
      if (!this.buffer || this.buffer.length < bytes) this.buffer = globalThis.Buffer.allocUnsafe(Math.max(PIECE_BYTES, bytes));
    }
    const start = this.used / this.bytesACharacter;
    // latin1 keeps the low byte of each character and utf16le each UTF-16 unit, lone surrogates included: no loss.
    this.used += this.buffer.write(text, this.used, this.encoding);
    return [this.strings.length, start];
  }

  /** Every piece's string, the last one read too; the buffer let go. */
  finished(): string[] {
    this.finishPiece();
    this.buffer = undefined;
    return this.strings;
  }

  private finishPiece(): void {
    if (this.buffer && this.used > 0) this.strings.push(this.buffer.toString(this.encoding, 0, this.used));
    this.used = 0;
  }
}

const NONE = new Int32Array(0);

function grown(column: Int32Array): Int32Array {
  const larger = new Int32Array(Math.max(1024, 2 * column.length));
  larger.set(column);
  return larger;
}
