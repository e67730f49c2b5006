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
 * line ends (CRLF CRLF, or LF LF). A length that checks out is trusted whatever the content holds. One that does not
 * is said in its record's place (`end`), and the file is read no further: where the next record starts cannot be told
 * from the content, which may itself hold a WARC file. What follows a record is judged apart from it: blank lines,
 * then the next record's `WARC/` line or the end of the file; other bytes end the file after the record, the next
 * record's fault. Throws an InputError where the file is not WARC, where bytes after a record are no record, or where
 * a record has no Content-Length that is a number, past which no record can be found.
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
    // What follows a record is judged apart from the record: bytes that are no record end the file after it.
    const headers = await atPlace(place, () => readHeaders(reader, misframed));
    if (!headers) return;
    if (headers === NOT_WARC) {
      // At the file's start, the file is not WARC; after a record, bytes that are no record end the file there.
      const fault = await atPlace(place, () => misframed(number === 1 ? 'not a WARC file (a record does not start with WARC/)' : 'not a WARC record (it does not start with WARC/)'));
      throw number === 1 ? fault : placed(place, fault);
    }
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
    previous = id ?? `record ${number}`;
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

const NOT_WARC = 'not WARC';

/** A record's header block, or undefined at the end of the file, or NOT_WARC; blank lines before it are skipped. */
async function readHeaders(reader: ByteReader, misframed: (message: string) => Promise<InputError>): Promise<Map<string, string> | typeof NOT_WARC | undefined> {
  if (!(await skipBlankLines(reader))) return undefined;
  if (!(await reader.peekLine(RECORD_START, MAX_LINE_BYTES))) return NOT_WARC;
  await reader.line(MAX_LINE_BYTES);
  const head = await readHeaderLines(reader, MAX_HEADER_BYTES);
  if (!head) throw await misframed(`its headers run past ${MAX_HEADER_BYTES / 1024} KiB`);
  // The file lost its end inside the headers: the record is cut short, whatever they say of its length.
  if (!head.whole) throw await misframed('record is cut short (the file ends inside its headers)');
  return head.headers;
}

// The two line ends that end a record: CRLF CRLF, or LF LF as hand-made tools write them.
const SEPARATORS = ['\r\n\r\n', '\n\n'];

/** A record's content: the next `length` bytes of the file. */
class BoundedContent implements AsyncIterable<Uint8Array> {
  readonly length: number;
  #read = 0;
  // The content's last bytes, as many as a separator has.
  #tail: Uint8Array = new Uint8Array(0);

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
      this.#tail = chunk.length >= 4 ? chunk.subarray(-4) : Buffer.concat([this.#tail, chunk]).subarray(-4);
      yield chunk;
    }
  }

  /**
   * Skips the rest of the content and checks the record's own end: the two line ends that must follow it. What comes
   * after them is the next record's to judge (blank lines, then its WARC/ line, or the end of the file).
   */
  async finish(): Promise<InputError | undefined> {
    for await (const chunk of this) void chunk;
    if (this.#read < this.length) {
      return new InputError(`record is cut short (${this.#read} of its ${this.declared} bytes)`, 'truncated');
    }
    return this.#checkSeparator();
  }

  async #checkSeparator(): Promise<InputError | undefined> {
    // Four bytes, fewer only at the end of the file.
    const bytes = await this.reader.read(4);
    const ends = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const separator = SEPARATORS.find((each) => ends.startsWith(each));
    if (separator) {
      this.reader.unread(bytes.subarray(separator.length));
      return undefined;
    }
    if (bytes.length === 4 || !SEPARATORS.some((each) => each.startsWith(ends))) return this.#notEnded();
    // The file ends inside the line ends, or right after the content (hand-made files, and files cut there): the
    // content is whole, as warcio reads it. Unless the content itself ends in CRLF CRLF and nothing follows: then the
    // Content-Length most likely counts the record's own line ends.
    if (ends === '' && Buffer.from(this.#tail).toString('latin1') === SEPARATORS[0]) {
      return this.misframed(`its Content-Length (${this.declared}) takes in the two line ends that end the record (its content ends in them, and nothing follows)`);
    }
    return undefined;
  }

  #notEnded(): Promise<InputError> {
    return this.misframed(`its Content-Length (${this.declared}) does not end the record: the two line ends that must follow it do not`);
  }
}
