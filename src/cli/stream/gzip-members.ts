import {crc32, createInflateRaw, inflateRawSync, type InflateRaw} from 'node:zlib';
import {InputError} from '../../read/decode.js';
import {ByteReader} from './byte-reader.js';

/** A file's bytes, gunzipped as they are read. */
export interface GunzippedBytes extends AsyncIterable<Uint8Array> {
  /**
   * Reads the rest of the member being gunzipped, its output passed over, and throws its fault if it has one: where
   * the bytes do not read as what they should be, a member that fails its check is the cause to name. Nothing is read
   * after it.
   */
  checkMember: () => Promise<void>;
}

const HEADER_BYTES = 10;
const TRAILER_BYTES = 8;
const FLAG_HEADER_CRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
// Input is inflated this much at a time, which bounds what one piece expands to before it is handed on.
const PIECE_BYTES = 16 * 1024;
// A member whose deflate data lies whole in one piece, and inflates to no more than this, is inflated in one call.
const WHOLE_MEMBER_OUTPUT = 64 * 1024;

/**
 * The bytes, gunzipped member by member when they start with the gzip magic number (a .warc.gz holds one member a
 * record). A member's output is handed on before the next member is read, so that the records before a damaged member
 * are cleaned, and its fault names it: a damaged or cut member, or bytes after a member that are not one, are an
 * InputError (zlib's own gunzip ignores what follows a member that does not start with the magic number). A member
 * that inflates in one piece (a .warc.gz of a member a record) is handed on once its check is read and matches, so
 * that a reader that has the whole of what it holds knows the member is sound; a larger member (a stream of many
 * records) is handed on as it inflates, and its check's failure said where it is found, after the records it held.
 * A member that the file ends inside is handed on as far as it inflated. A damaged member's output is lost from the
 * piece of 16 KiB of input that fails (zlib hands on nothing of a call that fails).
 */
export function gunzipMembers(source: AsyncIterable<Uint8Array>): GunzippedBytes {
  let stopAfterMember = false;
  const output = members(new ByteReader(source), () => stopAfterMember);
  return {
    [Symbol.asyncIterator]: () => output,
    async checkMember() {
      stopAfterMember = true;
      while (!(await output.next()).done);
    },
  };
}

async function* members(reader: ByteReader, stopAfterMember: () => boolean): AsyncGenerator<Uint8Array> {
  const head = await reader.read(2);
  reader.unread(head);
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    for await (const chunk of reader) {
      if (stopAfterMember()) return;
      yield chunk;
    }
    return;
  }
  // `member` is the number of the next member to read. The small members read at once take the numbers from it on
  // (`member += ...`), so that it then numbers the member read as it comes; the loop's `member++` steps past that one.
  for (let member = 1; !stopAfterMember(); member++) {
    // The small members that lie whole in the bytes at hand, read at once; the next member, as it comes.
    const chunk = await reader.next();
    if (!chunk) return;
    const whole = wholeMembers(chunk, member);
    reader.unread(chunk.subarray(whole.used));
    for (const output of whole.outputs) {
      yield output;
      if (stopAfterMember()) return;
    }
    if (whole.failure) throw whole.failure;
    member += whole.outputs.length;
    const header = await reader.read(HEADER_BYTES);
    if (header.length === 0) return;
    if (header[0] !== 0x1f || header[1] !== 0x8b || header[2] !== 8) {
      if (await onlyZeros(header, reader)) return;
      throw new InputError(`corrupt gzip data: what follows gzip member ${member - 1} is not a gzip member`, 'gzip');
    }
    await skipHeaderFields(reader, header[3]!, member);
    let crc = 0;
    let size = 0;
    // A member that inflates in one piece is handed on once its check matches, as a small member read at once is; the
    // output of a larger one (a stream of many records) as it comes, its check's failure said where it is found. The
    // output of a member that the file cuts short is sound as far as it goes: handed on, the cut said after it.
    let held: Uint8Array | undefined;
    let pieces = 0;
    try {
      for await (const output of inflateMember(reader, member)) {
        crc = crc32(output, crc);
        size += output.length;
        if (held) yield held;
        held = undefined;
        if (++pieces === 1) held = output;
        else yield output;
      }
      await checkTrailer(reader, member, crc, size);
    } catch (error) {
      if (held && error instanceof CutShort) yield held;
      throw error;
    }
    if (held) yield held;
  }
}

async function checkTrailer(reader: ByteReader, member: number, crc: number, size: number): Promise<void> {
  const trailer = Buffer.from(await reader.read(TRAILER_BYTES));
  if (trailer.length < TRAILER_BYTES) throw cutShort(member);
  if (!checks(trailer, crc, size)) throw checkFailed(member);
}

/** Whether a member's trailer holds the check and size of its output. */
function checks(trailer: Buffer, crc: number, size: number): boolean {
  return trailer.readUInt32LE(0) === crc >>> 0 && trailer.readUInt32LE(4) === size % 2 ** 32;
}

function checkFailed(member: number): InputError {
  return new InputError(`corrupt gzip data in member ${member} (its check does not match what it holds)`, 'gzip');
}

/** A member that the file ends inside: what it inflated to is sound, only its end is missing. */
class CutShort extends InputError {}

function cutShort(member: number): InputError {
  return new CutShort(`corrupt gzip data: the file ends inside gzip member ${member}`, 'gzip');
}

function corrupt(member: number, error: Error): InputError {
  return new InputError(`corrupt gzip data in member ${member} (${error.message})`, 'gzip');
}

/** Zeros that pad a file after its last member (as tape blocks do) are no data. */
async function onlyZeros(first: Uint8Array, reader: ByteReader): Promise<boolean> {
  for (let chunk: Uint8Array | undefined = first; chunk; chunk = await reader.next()) {
    if (chunk.some((byte) => byte !== 0)) return false;
  }
  return true;
}

/** The optional fields of a member's header (RFC 1952): extra data, a file name, a comment, a header check. */
async function skipHeaderFields(reader: ByteReader, flags: number, member: number): Promise<void> {
  if (flags & FLAG_EXTRA) {
    const length = await reader.read(2);
    if (length.length < 2) throw cutShort(member);
    const extra = length[0]! | (length[1]! << 8);
    if ((await reader.read(extra)).length < extra) throw cutShort(member);
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (flags & flag) await skipPastZero(reader, member);
  }
  if (flags & FLAG_HEADER_CRC && (await reader.read(2)).length < 2) throw cutShort(member);
}

async function skipPastZero(reader: ByteReader, member: number): Promise<void> {
  for (;;) {
    const chunk = await reader.next();
    if (!chunk) throw cutShort(member);
    const zero = chunk.indexOf(0);
    if (zero !== -1) {
      reader.unread(chunk.subarray(zero + 1));
      return;
    }
  }
}

/**
 * The members that lie whole in `bytes` from its start, each inflated in one call (a stream's inflater costs about
 * 0.1 ms to make, more than a small member takes to inflate): their outputs, the bytes they take, and the fault of the
 * first that is damaged. It stops at a member with optional header fields, one whose deflate data runs past a piece
 * or past the bytes, or that inflates to more than WHOLE_MEMBER_OUTPUT; the member-by-member reading takes it from
 * there.
 */
function wholeMembers(bytes: Uint8Array, first: number): {outputs: Buffer[]; used: number; failure?: InputError} {
  const outputs: Buffer[] = [];
  let used = 0;
  for (let member = first; ; member++) {
    const start = used + HEADER_BYTES;
    if (bytes[used] !== 0x1f || bytes[used + 1] !== 0x8b || bytes[used + 2] !== 8 || bytes[used + 3] !== 0 || bytes.length < start) break;
    let output: Buffer;
    let read: number;
    try {
      const inflated = inflateRawSync(bytes.subarray(start, start + PIECE_BYTES), {info: true, maxOutputLength: WHOLE_MEMBER_OUTPUT}) as unknown as {buffer: Buffer; engine: InflateRaw};
      output = inflated.buffer;
      read = inflated.engine.bytesWritten;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // The data goes on past these bytes (zlib: "unexpected end of file"), or expands past the bound.
      if (code === 'Z_BUF_ERROR' || code === 'ERR_BUFFER_TOO_LARGE') break;
      return {outputs, used, failure: corrupt(member, error as Error)};
    }
    const end = start + read + TRAILER_BYTES;
    if (end > bytes.length) break;
    const trailer = Buffer.from(bytes.buffer, bytes.byteOffset + end - TRAILER_BYTES, TRAILER_BYTES);
    if (!checks(trailer, crc32(output), output.length)) return {outputs, used, failure: checkFailed(member)};
    outputs.push(output);
    used = end;
  }
  return {outputs, used};
}

/** One member's deflate data, inflated as it comes; what follows its end is given back to the reader. */
async function* inflateMember(reader: ByteReader, member: number): AsyncGenerator<Uint8Array> {
  const inflater = createInflateRaw();
  const output: Buffer[] = [];
  let failure: Error | undefined;
  let ended = false;
  inflater.on('data', (chunk: Buffer) => output.push(chunk));
  inflater.on('error', (error: Error) => {
    failure = error;
  });
  inflater.on('end', () => {
    ended = true;
  });
  try {
    let fed = 0;
    for (;;) {
      const chunk = await reader.next();
      if (!chunk) throw cutShort(member);
      const piece = chunk.subarray(0, PIECE_BYTES);
      reader.unread(chunk.subarray(PIECE_BYTES));
      await write(inflater, piece);
      fed += piece.length;
      if (failure) throw corrupt(member, failure);
      // The deflate data ended inside the piece: the inflater took no more of it.
      const unused = fed - inflater.bytesWritten;
      if (unused > 0) {
        reader.unread(piece.subarray(piece.length - unused));
        if (!ended) await new Promise((resolve) => inflater.once('end', resolve));
        yield* output.splice(0);
        return;
      }
      yield* output.splice(0);
    }
  } finally {
    inflater.destroy();
  }
}

/** Resolves when zlib has taken the piece, or has failed on it. */
function write(inflater: InflateRaw, piece: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      inflater.off('error', done);
      resolve();
    };
    inflater.once('error', done);
    inflater.write(piece, () => done());
  });
}
