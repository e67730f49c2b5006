const NEWLINE = 0x0a;

/**
 * Reads a byte stream in pieces of any size, with bytes read too far given back (`unread`): the WARC reader reads
 * lines, lengths and the bytes between records from one stream without copying it.
 */
export class ByteReader implements AsyncIterable<Uint8Array> {
  readonly #source: AsyncIterator<Uint8Array>;
  // Given back, the last given first.
  readonly #pending: Uint8Array[] = [];
  #ended = false;
  // A source that failed fails every read after: the bytes past the failure are not there to read.
  #failure: unknown;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  /** The next bytes, as many as come at once; undefined at the end. */
  async next(): Promise<Uint8Array | undefined> {
    const pending = this.#pending.pop();
    if (pending) return pending;
    if (this.#failure !== undefined) throw this.#failure;
    while (!this.#ended) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await this.#source.next();
      } catch (error) {
        this.#failure = error;
        throw error;
      }
      if (next.done) this.#ended = true;
      else if (next.value.length > 0) return next.value;
    }
    return undefined;
  }

  unread(bytes: Uint8Array): void {
    if (bytes.length > 0) this.#pending.push(bytes);
  }

  /** The bytes to the end, as they come. */
  [Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    return this.chunks(Number.POSITIVE_INFINITY);
  }

  /** The next `size` bytes as they come, fewer only at the end; the rest of the last chunk is given back. */
  async *chunks(size: number): AsyncGenerator<Uint8Array> {
    for (let left = size; left > 0; ) {
      const chunk = await this.next();
      if (!chunk) return;
      const taken = this.#take(chunk, left);
      left -= taken.length;
      yield taken;
    }
  }

  /** `size` bytes, fewer only at the end. */
  read(size: number): Promise<Uint8Array> {
    return this.#gather(size, false);
  }

  /**
   * A line with its line feed, or the bytes to the end; or, where no line feed comes within `max` bytes, those
   * `max` bytes (a caller tells the three apart by the last byte and the length). Empty at the end.
   */
  line(max: number): Promise<Uint8Array> {
    return this.#gather(max, true);
  }

  /** Whether the next line (its first `max` bytes), read as Latin-1, matches `pattern`: the match; the line is given back. */
  async peekLine(pattern: RegExp, max: number): Promise<RegExpExecArray | null> {
    const line = await this.line(max);
    this.unread(line);
    return pattern.exec(Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('latin1'));
  }

  /** Up to `max` bytes, or (`toLineEnd`) up to and with the first line feed within them. */
  async #gather(max: number, toLineEnd: boolean): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let length = 0;
    while (length < max) {
      const chunk = await this.next();
      if (!chunk) break;
      const end = toLineEnd ? chunk.indexOf(NEWLINE) : -1;
      const taken = this.#take(chunk, Math.min(end === -1 ? chunk.length : end + 1, max - length));
      parts.push(taken);
      length += taken.length;
      if (toLineEnd && taken[taken.length - 1] === NEWLINE) break;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  }

  /** The first `size` bytes of a chunk; the rest is given back. */
  #take(chunk: Uint8Array, size: number): Uint8Array {
    if (chunk.length <= size) return chunk;
    this.unread(chunk.subarray(size));
    return chunk.subarray(0, size);
  }
}
