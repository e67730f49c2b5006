import {InputError} from '../../read/decode.js';
import type {ByteReader} from './byte-reader.js';
import {readHeaderLines} from './header-lines.js';

/** The status and headers of the HTTP response a WARC response record holds; names lower-cased. */
export interface HttpHead {
  status: number;
  headers: Map<string, string>;
}

const STATUS_LINE = /^HTTP\/\d+(?:\.\d+)?[ \t]+(\d{3})(?:[ \t\r\n]|$)/;
const MAX_HEAD_BYTES = 1024 * 1024;

/**
 * Reads the HTTP head that opens a record's content (lines may end in a bare LF), leaving the content at the body.
 * Undefined, with nothing read, when the content does not open with a status line: it is not an HTTP response, and
 * reading it as one would take the whole record for headers.
 */
export async function readHttpHead(content: ByteReader): Promise<HttpHead | undefined> {
  const status = await content.peekLine(STATUS_LINE, MAX_HEAD_BYTES);
  if (!status) return undefined;
  await content.line(MAX_HEAD_BYTES);
  const head = await readHeaderLines(content, MAX_HEAD_BYTES);
  if (!head) throw new InputError(`its HTTP headers run past ${MAX_HEAD_BYTES / 1024 / 1024} MiB`, 'format');
  // A head that its record's content ends inside is read as far as it goes: the record's length is what was checked.
  return {status: Number(status[1]), headers: head.headers};
}
