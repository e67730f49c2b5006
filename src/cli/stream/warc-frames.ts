import {InputError} from '../../read/decode.js';
import {ByteReader} from './byte-reader.js';
import {MemberCheckError} from './gzip-members.js';
import {isBlankLine, latin1, MAX_LINE_BYTES, readHeaderLines} from './header-lines.js';

/** One WARC record as the file frames it: its headers, and its content, read through `content` to its Content-Length. */
export interface WarcFrame {
  /** Its place in the file, from 1. */
  number: number;
  /** The value of a WARC header (names are case-insensitive); repeated headers are joined by ", ". */
  header: (name: string) => string | undefined;
  /** The declared length of the content, a number. */
  length: number;
  /** The content, to its declared length or to the end of the file. */
  content: ByteReader;
  /** Skips what is left of the content, and tells whether the record was whole and ended where its length says. */
  end: () => Promise<FrameEnd>;
}

export interface FrameEnd {
  /** Bytes of the declared content that the file lacks. */
  missing: number;
  /** How the Content-Length disagrees with where the record ends, when it does. */
  misframed?: string;
}

const MAX_HEADER_BYTES = 1024 * 1024;
// How far back in a record's content a record start is looked for when the Content-Length runs past the record.
const LOOK_BACK_BYTES = 64 * 1024;
const RECORD_START = /^WARC\/\d+\.\d+\r?\n/;
// A blank line, then a WARC version line: where a record starts inside bytes that a wrong length took for content.
const NEXT_RECORD = /\r?\n\r?\n(?=WARC\/\d+\.\d+\r?\n)/;

/**
 * The records of a WARC file (gunzipped), as they are framed: headers read leniently (lines may end in a bare LF, as
 * hand-made tools write them), contents by their Content-Length, which is checked against the blank line and next
 * record that must follow it. Where they disagree the record says so (`misframed`) and the next one is found by its
 * `WARC/` line: inside the content, where the length ran past the record (its last 64 KiB are looked in), else after
 * it. Throws an InputError where the file is not WARC, or where a record has no Content-Length that is a number, past
 * which no record can be found.
 */
export async function* readWarcFrames(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<WarcFrame> {
  const reader = new ByteReader(bytes);
  let previous: string | undefined;
  for (let number = 1; ; number++) {
    const place = `record ${number}${previous ? ` (after ${previous})` : ''}`;
    // The first record's failure is the file's: not WARC, or not gzip data from its start.
    const headers = await (number === 1 ? readHeaders(reader) : atPlace(place, () => readHeaders(reader)));
    if (!headers) return;
    const header = (name: string) => headers.get(name.toLowerCase());
    const id = header('WARC-Record-ID');
    const declared = header('Content-Length');
    if (declared === undefined || !/^\s*\d+\s*$/.test(declared)) {
      throw new InputError(`record ${id ?? `${number} (no id)`} has no valid Content-Length (${declared === undefined ? 'none' : JSON.stringify(declared)})`, 'format');
    }
    const length = Number(declared);
    const bounded = new BoundedContent(reader, length);
    let ending: Promise<FrameEnd> | undefined;
    const end = () => (ending ??= bounded.finish());
    yield {number, header, length, content: new ByteReader(bounded), end};
    // A failure to read the file is said where it is met: the records before it stand, the file is read no further.
    await atPlace(`record ${id ?? number}`, end);
    if (bounded.failureAfter) throw placed(`record ${number + 1} (after ${id ?? `record ${number}`})`, bounded.failureAfter);
    previous = id;
  }
}

/** A failure to read the file, placed at the record where it was met. */
async function atPlace<T>(place: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw error instanceof InputError ? placed(place, error) : error;
  }
}

function placed(place: string, error: InputError): InputError {
  return new InputError(`${place}: ${error.message}; the file is read no further`, error.code);
}

/** A record's header block, or undefined at the end of the file; blank lines before it are skipped. */
async function readHeaders(reader: ByteReader): Promise<Map<string, string> | undefined> {
  let line = await reader.line(MAX_LINE_BYTES);
  while (line.length > 0 && isBlankLine(line)) line = await reader.line(MAX_LINE_BYTES);
  if (line.length === 0) return undefined;
  if (!RECORD_START.test(latin1(line))) {
    // Past the first record, only a blank line and a `WARC/` line end one: the file does not go on as records.
    throw new InputError(`not a WARC file (a record does not start with WARC/)`, 'format');
  }
  const headers = await readHeaderLines(reader, MAX_HEADER_BYTES);
  if (!headers) throw new InputError(`its headers run past ${MAX_HEADER_BYTES / 1024} KiB`, 'format');
  return headers;
}

/** A record's content: the next `length` bytes of the file, the last of them kept to look back in. */
class BoundedContent implements AsyncIterable<Uint8Array> {
  #left: number;
  #tail: Uint8Array[] = [];
  #tailBytes = 0;
  /** A failure met past the record's end, where the next record was looked for: the record itself is whole. */
  failureAfter: InputError | undefined;

  constructor(
    readonly reader: ByteReader,
    readonly length: number,
  ) {
    this.#left = length;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    while (this.#left > 0) {
      const chunk = await this.reader.next();
      if (!chunk) return;
      const taken = chunk.length > this.#left ? chunk.subarray(0, this.#left) : chunk;
      this.reader.unread(chunk.subarray(taken.length));
      this.#left -= taken.length;
      this.#keep(taken);
      yield taken;
    }
  }

  #keep(chunk: Uint8Array): void {
    this.#tail.push(chunk);
    this.#tailBytes += chunk.length;
    while (this.#tailBytes - this.#tail[0]!.length >= LOOK_BACK_BYTES) this.#tailBytes -= this.#tail.shift()!.length;
  }

  /** Skips the rest of the content, then checks what follows it: blank lines, then the next record or the end. */
  async finish(): Promise<FrameEnd> {
    for await (const chunk of this) void chunk;
    const missing = this.#left;
    let line: Uint8Array | undefined;
    if (missing === 0) {
      try {
        line = await this.reader.line(MAX_LINE_BYTES);
        while (line.length > 0 && isBlankLine(line)) line = await this.reader.line(MAX_LINE_BYTES);
      } catch (error) {
        // A failed check is of the member just read, which held this record's end.
        if (!(error instanceof InputError) || error instanceof MemberCheckError) throw error;
        this.failureAfter = error;
        return {missing};
      }
      this.reader.unread(line);
      if (line.length === 0 || RECORD_START.test(latin1(line))) return {missing};
    }
    const sooner = this.#lookBack();
    if (sooner !== undefined) return {missing, misframed: `its Content-Length (${this.length}) runs past the record, which ends ${sooner} bytes sooner`};
    // The file ends inside the record: it is cut short.
    if (line === undefined) return {missing};
    const skipped = await skipToRecord(this.reader);
    const to = skipped.atEnd ? 'to the end of the file' : 'before the next record';
    return {missing, misframed: `its Content-Length (${this.length}) ends before the record does: ${skipped.bytes} more bytes follow it ${to}`};
  }

  /**
   * Where a record starts in the kept end of the content: how many bytes before the content's end the record before
   * it ends. The next record's bytes are given back, to be read again.
   */
  #lookBack(): number | undefined {
    const tail = Buffer.concat(this.#tail, this.#tailBytes);
    const found = NEXT_RECORD.exec(tail.toString('latin1'));
    if (!found) return undefined;
    this.reader.unread(tail.subarray(found.index + found[0].length));
    return this.#tailBytes - found.index;
  }
}

/** Passes over bytes to the next line that starts a record, or to the end of the file. */
async function skipToRecord(reader: ByteReader): Promise<{bytes: number; atEnd: boolean}> {
  let bytes = 0;
  let lineStart = true;
  for (;;) {
    const line = await reader.line(MAX_LINE_BYTES);
    if (line.length === 0) return {bytes, atEnd: true};
    if (lineStart && RECORD_START.test(latin1(line))) {
      reader.unread(line);
      return {bytes, atEnd: false};
    }
    bytes += line.length;
    lineStart = line[line.length - 1] === 0x0a;
  }
}
