import {readFile, stat} from 'node:fs/promises';
import {decodeBytes, InputError, type DecodedText} from '../read/decode.js';

/** Most a single input may be, before or after gunzip. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Where an input comes from: a path, or `-` for stdin. */
export const STDIN = '-';

/** The name an input goes by in messages. */
export function displayName(input: string): string {
  return input === STDIN ? '<stdin>' : input;
}

/** Read an input's bytes and decode them, or throw an error whose message says what is wrong (not which file). */
export async function readInput(input: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<DecodedText> {
  const bytes = input === STDIN ? await readStream(stdin) : await readPath(input);
  return decodeBytes(bytes, {maxBytes: MAX_INPUT_BYTES});
}

async function readPath(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new Error(describeFsError(error));
  }
  if (info.isDirectory()) throw new Error('is a directory (clean a folder with --out-dir)');
  if (!info.isFile()) throw new Error('is not a regular file');
  if (info.size > MAX_INPUT_BYTES) {
    throw new InputError(`is ${(info.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`, 'too-large');
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(describeFsError(error));
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`is over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`, 'too-large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** A file-system error in words a user can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return (error as Error).message;
  }
}
