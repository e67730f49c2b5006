const NEWLINE = 0x0a;

/**
 * Reads a byte stream in pieces of any size, with bytes read too far given back (`unread`): the WARC reader reads
 * lines, lengths and the bytes between records from one stream without copying it.
 */
export class ByteReader {
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

  /** `size` bytes, fewer only at the end. */
  async read(size: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let length = 0;
    while (length < size) {
      const chunk = await this.next();
      if (!chunk) break;
      const taken = this.#take(chunk, size - length);
      parts.push(taken);
      length += taken.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  }

  /**
   * A line with its line feed, or the bytes to the end; or, where no line feed comes within `max` bytes, those
   * `max` bytes (a caller tells the three apart by the last byte and the length). Empty at the end.
   */
  async line(max: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let length = 0;
    while (length < max) {
      const chunk = await this.next();
      if (!chunk) break;
      const end = chunk.indexOf(NEWLINE);
      const taken = this.#take(chunk, Math.min(end === -1 ? chunk.length : end + 1, max - length));
      parts.push(taken);
      length += taken.length;
      if (taken[taken.length - 1] === NEWLINE) break;
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
