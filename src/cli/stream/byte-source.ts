import {createReadStream} from 'node:fs';
import {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {createGunzip} from 'node:zlib';
import {InputError} from '../../read/decode.js';
import {asInputFailure, processStdin, STDIN} from '../read-input.js';

/** An input's bytes as a stream, read chunk by chunk: the file, or stdin for `-`. */
export function openBytes(input: string, stdin?: NodeJS.ReadableStream): AsyncIterable<Uint8Array> {
  return readChunks(() => (input === STDIN ? ((stdin ?? processStdin()) as AsyncIterable<Uint8Array>) : createReadStream(input)));
}

/** Opened when first read, so that an error opening it reaches the reader, and a failed read is the input's failure. */
async function* readChunks(open: () => AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* open();
  } catch (error) {
    throw asInputFailure(error);
  }
}

/** The bytes, gunzipped when they start with the gzip magic number (concatenated members included, as in WET files). */
export async function* gunzipIfNeeded(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const head = await readHead(iterator, 2);
  if (head.length === 0) return;
  const rest: AsyncIterable<Uint8Array> = {[Symbol.asyncIterator]: () => iterator};
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head;
    yield* rest;
    return;
  }
  const gunzip = createGunzip();
  // The pipeline's error, if any, reaches the reader through gunzip, which it destroys with it.
  const feeding = pipeline(Readable.from(prepend(head, rest)), gunzip).catch(() => undefined);
  try {
    yield* gunzip;
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? '');
    throw code.startsWith('Z_') ? new InputError(`corrupt gzip data (${(error as Error).message})`, 'gzip') : error;
  } finally {
    gunzip.destroy();
    await feeding;
  }
}

/** At least `size` bytes from the start of a stream (fewer only at its end). */
async function readHead(iterator: AsyncIterator<Uint8Array>, size: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

async function* prepend(head: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield head;
  yield* rest;
}
