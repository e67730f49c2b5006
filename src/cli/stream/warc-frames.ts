import {InputError} from '../../read/decode.js';
import {ByteReader} from './byte-reader.js';
import {isBlankLine, MAX_LINE_BYTES, readHeaderLines} from './header-lines.js';

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
  /**
   * Skips what is left of the content, and tells why the record is not whole, if it is not: the file ends inside it
   * (`truncated`), or its Content-Length does not end it (`format`; the file is then read no further).
   */
  end: () => Promise<InputError | undefined>;
}

/** Hooks of the reader of the bytes. */
export interface FrameOptions {
  /**
   * Called before the bytes are said not to frame records, to throw the fault of the bytes themselves where they have
   * one (a gzip member that fails its check inflates to bytes that frame nothing).
   */
  checkBytes?: () => Promise<void>;
}

const MAX_HEADER_BYTES = 1024 * 1024;
const RECORD_START = /^WARC\/\d+\.\d+\r?\n/;

/**
 * The records of a WARC file (gunzipped), as they are framed: headers read leniently (lines may end in a bare LF, as
 * hand-made tools write them), contents by their Content-Length, which is checked against what must follow it: two
 * line ends (CRLF CRLF, or LF LF), blank lines, then the next record's `WARC/` line or the end of the file. A length
 * that checks out is trusted whatever the content holds. One that does not is said in its record's place
 * (`end`), and the file is read no further: where the next record starts cannot be told from the content, which may
 * itself hold a WARC file. Throws an InputError where the file is not WARC, or where a record has no Content-Length
 * that is a number, past which no record can be found.
 */
export async function* readWarcFrames(bytes: AsyncIterable<Uint8Array>, options: FrameOptions = {}): AsyncGenerator<WarcFrame> {
  const reader = new ByteReader(bytes);
  const misframed = async (message: string): Promise<InputError> => {
    await options.checkBytes?.();
    return new InputError(message, 'format');
  };
  let previous: string | undefined;
  for (let number = 1; ; number++) {
    const place = `record ${number}${previous ? ` (after ${previous})` : ''}`;
    // The first record's failure is the file's: not WARC, or not gzip data from its start.
    const headers = await (number === 1 ? readHeaders(reader, misframed) : atPlace(place, () => readHeaders(reader, misframed)));
    if (!headers) return;
    const header = (name: string) => headers.get(name.toLowerCase());
    const id = header('WARC-Record-ID');
    const declared = header('Content-Length');
    if (declared === undefined || !/^\s*\d+\s*$/.test(declared)) {
      throw await misframed(`record ${id ?? `${number} (no id)`} has no valid Content-Length (${declared === undefined ? 'none' : JSON.stringify(declared)})`);
    }
    const content = new BoundedContent(reader, declared.trim(), misframed);
    let ending: Promise<InputError | undefined> | undefined;
    const end = () => (ending ??= content.finish());
    yield {number, header, length: content.length, content: new ByteReader(content), end};
    // A failure to read the file is said where it is met: the records before it stand, the file is read no further.
    const fault = await atPlace(`record ${id ?? number}`, end);
    if (fault?.code === 'format') throw placed(`record ${id ?? number}`, fault);
    if (content.failureAfter) throw placed(`record ${number + 1} (after ${id ?? `record ${number}`})`, content.failureAfter);
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

/** Passes over blank lines; whether bytes follow them. */
async function skipBlankLines(reader: ByteReader): Promise<boolean> {
  for (;;) {
    const line = await reader.line(MAX_LINE_BYTES);
    if (line.length === 0) return false;
    if (!isBlankLine(line)) {
      reader.unread(line);
      return true;
    }
  }
}

/** A record's header block, or undefined at the end of the file; blank lines before it are skipped. */
async function readHeaders(reader: ByteReader, misframed: (message: string) => Promise<InputError>): Promise<Map<string, string> | undefined> {
  if (!(await skipBlankLines(reader))) return undefined;
  if (!(await reader.peekLine(RECORD_START, MAX_LINE_BYTES))) {
    throw await misframed('not a WARC file (a record does not start with WARC/)');
  }
  await reader.line(MAX_LINE_BYTES);
  const headers = await readHeaderLines(reader, MAX_HEADER_BYTES);
  if (!headers) throw await misframed(`its headers run past ${MAX_HEADER_BYTES / 1024} KiB`);
  return headers;
}

/** A record's content: the next `length` bytes of the file. */
class BoundedContent implements AsyncIterable<Uint8Array> {
  readonly length: number;
  #read = 0;
  /** A failure met past the record's end, where the next record was looked for: the record itself is whole. */
  failureAfter: InputError | undefined;

  constructor(
    readonly reader: ByteReader,
    /** The Content-Length as written, digits only. */
    readonly declared: string,
    readonly misframed: (message: string) => Promise<InputError>,
  ) {
    this.length = Number(declared);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for await (const chunk of this.reader.chunks(this.length - this.#read)) {
      this.#read += chunk.length;
      yield chunk;
    }
  }

  /**
   * Skips the rest of the content, then checks what follows it: two line ends, blank lines, then the next record or
   * the end of the file. The two line ends are the record's own (a failure to read them is the record's); a failure
   * met after them is the next record's.
   */
  async finish(): Promise<InputError | undefined> {
    for await (const chunk of this) void chunk;
    if (this.#read < this.length) {
      return new InputError(`record is cut short (${this.#read} of its ${this.declared} bytes)`, 'truncated');
    }
    const first = await this.reader.line(2);
    const second = first.length === 0 ? first : await this.reader.line(2);
    // The file may end inside the line ends, or right after the content.
    if (second.length === 0 && isBlankLine(first)) return undefined;
    const ends = Buffer.concat([first, second]).toString('latin1');
    if (ends !== '\r\n\r\n' && ends !== '\n\n') return this.#notEnded();
    let next: boolean;
    try {
      next = (await skipBlankLines(this.reader)) && !(await this.reader.peekLine(RECORD_START, MAX_LINE_BYTES));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.failureAfter = error;
      return undefined;
    }
    return next ? this.#notEnded() : undefined;
  }

  #notEnded(): Promise<InputError> {
    return this.misframed(`its Content-Length (${this.declared}) does not end the record: the two line ends and the next record's WARC/ line that must follow it do not`);
  }
}
