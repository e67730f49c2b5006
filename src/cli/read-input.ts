import {closeSync, constants, createReadStream, fstatSync, openSync, readFileSync, statSync, type Stats} from 'node:fs';
import {getHeapStatistics} from 'node:v8';
import {decodeBytes, DEFAULT_MAX_BYTES, formatSize, InputError, type DecodedText} from '../read/decode.js';
import {describeFsError, isSystemError} from '../fs-errors.js';
import {whyUnreadable} from './batch/broken-link.js';
import {withReplacedNameHint} from './batch/name-bytes.js';
import {FileError} from './failure.js';

/** Most a single input may be, before or after gunzip. */
export const MAX_INPUT_BYTES = DEFAULT_MAX_BYTES;

/** Where an input comes from: a path, or `-` for stdin. */
export const STDIN = '-';

/** The name an input goes by in messages. */
export function displayName(input: string): string {
  return input === STDIN ? '<stdin>' : input;
}

/** The size limit: MAX_INPUT_BYTES, or a positive whole number of bytes in DECLUTTER_MAX_BYTES (tests, small machines). */
export function maxInputBytes(env: NodeJS.ProcessEnv): number {
  const value = Number(env['DECLUTTER_MAX_BYTES']);
  return Number.isSafeInteger(value) && value > 0 ? value : MAX_INPUT_BYTES;
}

// What cleaning holds a block while it works, whatever the block's length: its text, description, scores, verdict and
// output record (feature rows are made a window at a time). Twice what a document of one-word lines peaks at
// (docs/speed.md, Big documents), which leaves room for the rest of the heap.
const BYTES_A_BLOCK = 1536;

/**
 * The most blocks a document may have: as many as fit in this process's heap at `BYTES_A_BLOCK` each (2.8 million
 * with a heap of 4 GiB, Node's default on a 64-bit machine with 16 GB or more; `NODE_OPTIONS=--max-old-space-size=MB`
 * raises it), or a positive whole number in DECLUTTER_MAX_BLOCKS. Past it the heap runs out and Node aborts the whole
 * run; refused, the document is one failed input among the others.
 */
export function maxBlocksInMemory(env: NodeJS.ProcessEnv, heapLimit = getHeapStatistics().heap_size_limit): number {
  const value = Number(env['DECLUTTER_MAX_BLOCKS']);
  return Number.isSafeInteger(value) && value > 0 ? value : Math.max(1, Math.floor(heapLimit / BYTES_A_BLOCK));
}

/**
 * With no file named and a person at a terminal on stdin, reading stdin would just wait: show the help instead.
 * Piped or redirected stdin is read as usual.
 */
export function wantsHelpInstead(files: readonly string[], stdin: {isTTY?: boolean}): boolean {
  return files.length === 0 && stdin.isTTY === true;
}

/** Read an input's bytes and decode them, or throw an error whose message says what is wrong (not which file). */
export async function readInput(input: string, maxBytes: number, stdin?: NodeJS.ReadableStream): Promise<DecodedText> {
  const bytes = input === STDIN ? await readStreamOf(stdin ?? processStdin(), maxBytes) : await readPath(input, maxBytes, stdin);
  return decodeBytes(bytes, {maxBytes});
}

// A file is looked at and read synchronously: its reader (the command, or a batch worker) waits for it in any case,
// and each asynchronous call is a trip to Node's thread pool and back (stat, open, fstat, read, close: five a file).
async function readPath(path: string, maxBytes: number, stdin: NodeJS.ReadableStream | undefined): Promise<Uint8Array> {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw fileError(error, path);
  }
  if (info.isDirectory()) throw new FileError('is a directory (clean a folder with --out-dir)', 'folder');
  // A pipe, socket or terminal has no size to check first: read it as stdin is, up to the limit (`declutter <(cat a)`,
  // `cat a | declutter /dev/stdin`).
  if (info.isFIFO() || info.isSocket() || info.isCharacterDevice()) {
    // `/dev/stdin` (or `/dev/fd/0`) is read as stdin: a socket, which is what a parent process's pipe often is, cannot
    // be opened by name (ENXIO).
    return readStreamOf(isStdin(info) ? (stdin ?? processStdin()) : createReadStream(path), maxBytes);
  }
  if (!info.isFile()) throw notAFile();
  if (info.size > maxBytes) throw tooLarge(`is ${formatSize(info.size)},`, maxBytes);
  try {
    return readFileSync(path);
  } catch (error) {
    throw fileError(error, path);
  }
}

/**
 * Read a file that a folder's walk found (or a batch took) as a regular file, refused if it no longer is one: only a
 * file named on the command line is read as a stream where it is a FIFO or a device. It may have been replaced since
 * the walk looked at it, so it is opened without waiting (a FIFO's open would wait for a writer that may never come,
 * and a worker blocked in it cannot be stopped), then looked at through the descriptor, which is what is read. Files
 * named on the command line are opened as usual: some file systems (FUSE ones) may answer a read of a file opened so
 * with EAGAIN.
 */
export async function readFoundFile(path: string, maxBytes: number): Promise<DecodedText> {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileError(error, path);
  }
  let bytes: Uint8Array;
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) throw new FileError('is a directory', 'folder');
    if (!info.isFile()) throw notAFile();
    if (info.size > maxBytes) throw tooLarge(`is ${formatSize(info.size)},`, maxBytes);
    bytes = readFileSync(descriptor);
  } catch (error) {
    throw isSystemError(error) ? fileError(error, path) : error;
  } finally {
    closeSync(descriptor);
  }
  return decodeBytes(bytes, {maxBytes});
}

function notAFile(): FileError {
  return new FileError('is not a regular file', 'not-a-file');
}

/**
 * This process's stdin, looked at only when an input is read from it: Node makes a pipe non-blocking when it first
 * opens it, and the pipe may be shared with other programs of a shell pipeline that never meant declutter to read it.
 * A folder given as stdin (`declutter < dir`) reads as nothing at all, so it is refused here.
 */
export function processStdin(): NodeJS.ReadableStream {
  let folder = false;
  try {
    folder = fstatSync(0).isDirectory();
  } catch {
    // No stdin to look at (closed): reading it gives nothing, as an empty pipe would.
  }
  if (folder) throw new FileError('is a directory', 'folder');
  return process.stdin;
}

/** Whether a file is this process's stdin: the same inode on the same device as descriptor 0. */
function isStdin(info: Stats): boolean {
  try {
    const stdin = fstatSync(0);
    return stdin.dev === info.dev && stdin.ino === info.ino;
  } catch {
    return false;
  }
}

async function readStreamOf(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  try {
    return await readStream(stream, maxBytes);
  } catch (error) {
    throw asInputFailure(error);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  let sampled = false;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw tooLarge('is', maxBytes);
    chunks.push(buffer);
    if (!sampled && size >= BINARY_SAMPLE_BYTES) {
      sampled = true;
      refuseBinaryStart(Buffer.concat(chunks).subarray(0, BINARY_SAMPLE_BYTES));
    }
  }
  return Buffer.concat(chunks);
}

// A stream has no size to check first: a binary one (`/dev/urandom`, a video piped in) is refused on its first bytes,
// as decoding would refuse it at the end, rather than read to the size limit first.
const BINARY_SAMPLE_BYTES = 65536;

/** Throw decoding's own refusal where the stream's first bytes are binary; any other doubt waits for the whole. */
function refuseBinaryStart(sample: Uint8Array): void {
  try {
    decodeBytes(sample);
  } catch (error) {
    if (error instanceof InputError && error.code === 'binary') throw error;
  }
}

function tooLarge(what: string, maxBytes: number): InputError {
  return new InputError(`${what} over the ${formatSize(maxBytes)} limit`, 'too-large');
}

/**
 * An error met while reading an input: the system's refusal of a read (EIO, stdin opened for writing alone) is the
 * input's failure, not declutter's; anything else is passed on as it is.
 */
export function asInputFailure(error: unknown): unknown {
  return isSystemError(error) ? fileError(error) : error;
}

/**
 * A file-system error as the input's failure, in words a user can act on; of a path that is a link that leads nowhere,
 * the words a folder's walk says of one, so that a link reads the same named or found.
 */
export function fileError(error: unknown, path?: string): FileError {
  const code = (error as NodeJS.ErrnoException).code;
  const kind = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : 'unreadable';
  return new FileError(path === undefined ? describeFsError(error) : withReplacedNameHint(path, error, whyUnreadable(path, error)), kind);
}
