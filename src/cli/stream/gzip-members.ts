import {crc32, createInflateRaw, type InflateRaw} from 'node:zlib';
import {InputError} from '../../read/decode.js';
import {ByteReader} from './byte-reader.js';

/** A member whose check fails once it is read: the bytes it gave are not what was written. */
export class MemberCheckError extends InputError {}

const HEADER_BYTES = 10;
const TRAILER_BYTES = 8;
const FLAG_HEADER_CRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
// Input is inflated this much at a time, which bounds what one piece expands to before it is handed on.
const PIECE_BYTES = 16 * 1024;

/**
 * The bytes, gunzipped member by member when they start with the gzip magic number (a .warc.gz holds one member a
 * record). Every member's output is handed on before the next is read, so that the records before a damaged member are
 * cleaned, and its fault names it: a damaged or cut member, or bytes after a member that are not one, are an
 * InputError (zlib's own gunzip drops the output of the call that fails, and ignores what follows a member that does
 * not start with the magic number).
 */
export async function* gunzipMembers(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = new ByteReader(source);
  const head = await reader.read(2);
  reader.unread(head);
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    for (let chunk = await reader.next(); chunk; chunk = await reader.next()) yield chunk;
    return;
  }
  for (let member = 1; ; member++) {
    const header = await reader.read(HEADER_BYTES);
    if (header.length === 0) return;
    if (header[0] !== 0x1f || header[1] !== 0x8b || header[2] !== 8) {
      if (await onlyZeros(header, reader)) return;
      throw new InputError(`corrupt gzip data: what follows gzip member ${member - 1} is not a gzip member`, 'gzip');
    }
    await skipHeaderFields(reader, header[3]!, member);
    let crc = 0;
    let size = 0;
    for await (const output of inflateMember(reader, member)) {
      crc = crc32(output, crc);
      size += output.length;
      yield output;
    }
    const trailer = Buffer.from(await reader.read(TRAILER_BYTES));
    if (trailer.length < TRAILER_BYTES) throw cutShort(member);
    if (trailer.readUInt32LE(0) !== crc >>> 0 || trailer.readUInt32LE(4) !== size % 2 ** 32) {
      throw new MemberCheckError(`corrupt gzip data in member ${member} (its check does not match what it holds)`, 'gzip');
    }
  }
}

function cutShort(member: number): InputError {
  return new InputError(`corrupt gzip data: the file ends inside gzip member ${member}`, 'gzip');
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
      if (failure) throw new InputError(`corrupt gzip data in member ${member} (${failure.message})`, 'gzip');
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
