import type {LimitReader, WARCRecord, WARCType} from 'warcio';
import type {DeclutterOptions} from '../../declutter.js';
import type {DocumentFormat} from '../../types.js';
import {isKnownLanguage} from '../../features/language.js';
import {decodeBytes, InputError} from '../../read/decode.js';
import {internalFault, isInputFailure} from '../failure.js';
import type {Output} from '../output.js';
import {cleanRecordText, jsonLine} from './clean-record.js';
import {MAX_RECORD_BYTES, type StreamConfig} from './options.js';
import {countFailure, countInternal, countPassedOver, newTally, type StreamTally} from './tally.js';

/** Gets a page out of one kind of WARC record; cleaning and writing are the same for every kind. */
interface PageReader {
  /** Whether the record holds a page: what it is, when it does not (passed over and counted). */
  holdsNoPage?: (record: WARCRecord) => string | undefined;
  /** The page's text, from the record's content (de-chunked and decompressed). */
  decode: (bytes: Uint8Array, record: WARCRecord) => string;
  /** How declutter reads the page. */
  format: (record: WARCRecord) => DocumentFormat;
}

/**
 * The record kinds that hold a page, and how to read each: `conversion`, a page's text as Common Crawl extracted it
 * (WET files), and `response`, the page as fetched (WARC files), when it is an HTML page. Other kinds (warcinfo,
 * request, metadata, revisit) hold no page and are passed over quietly; `resource` records (files a crawler stored
 * without an HTTP exchange) are passed over and counted.
 */
const PAGE_READERS: Partial<Record<WARCType, PageReader>> = {
  conversion: {decode: decodeConversionText, format: conversionFormat},
  response: {holdsNoPage: notAnHtmlPage, decode: decodeResponseHtml, format: () => 'html'},
};
const COUNTED_WHEN_PASSED: ReadonlySet<string> = new Set(['resource']);

/**
 * Clean the pages of a WARC stream (gunzipped): one JSON line for each page record, in order, with its record id,
 * target URI, date, WARC-Truncated value if any, and language; a record that cannot be cleaned is answered by
 * `{"id", "url", "date", "error"}` (and `truncated` when the record has it, `"internal": true` when declutter itself
 * failed on it).
 */
export async function cleanWarcRecords(
  bytes: AsyncIterable<Uint8Array>,
  stream: StreamConfig,
  options: DeclutterOptions,
  output: Output,
): Promise<StreamTally> {
  // warcio loads only when a WARC input comes, to keep start-up quick for text.
  const {WARCParser} = await import('warcio');
  const tally = newTally();
  for await (const record of new WARCParser(bytes)) {
    if (output.closed) break;
    if (!record.warcHeaders.statusline.startsWith('WARC/')) throw new InputError('not a WARC file (a record does not start with WARC/)', 'format');
    // The length is what finds the next record: without one, nothing after this record can be read as records.
    const length = record.warcHeader('Content-Length') ?? undefined;
    if (!/^\s*\d+\s*$/.test(length ?? '')) {
      const id = record.warcHeader('WARC-Record-ID') ?? '(no id)';
      throw new InputError(`record ${id} has no valid Content-Length (${length === undefined ? 'none' : JSON.stringify(length)})`, 'format');
    }
    // Taken before warcio starts decoding the content, as it refuses after: WARCParser reads every record's raw
    // content through a LimitReader.
    const content = record.reader as LimitReader;
    const reader = PAGE_READERS[record.warcType];
    const noPage = reader ? reader.holdsNoPage?.(record) : COUNTED_WHEN_PASSED.has(record.warcType) ? `${record.warcType} records` : undefined;
    if (noPage) countPassedOver(tally, noPage);
    if (reader && !noPage) {
      tally.records++;
      await output.write(jsonLine(await cleanPage(record, content, reader, stream, options, tally)));
    }
    // What a record passed over or refused midway leaves unread is skipped here, not by warcio (see readRest).
    await readRest(content);
  }
  return tally;
}

async function cleanPage(
  record: WARCRecord,
  content: LimitReader,
  reader: PageReader,
  stream: StreamConfig,
  options: DeclutterOptions,
  tally: StreamTally,
): Promise<Record<string, unknown>> {
  const about = {
    id: record.warcHeader('WARC-Record-ID') ?? undefined,
    url: record.warcTargetURI ?? undefined,
    date: record.warcDate ?? undefined,
    // A crawler that stopped fetching (at a size or time limit, or on a lost connection) says why: the page is partial.
    truncated: record.warcHeader('WARC-Truncated') ?? undefined,
  };
  try {
    const text = reader.decode(await readRecordBytes(record, content), record);
    const language = options.language ?? declaredLanguage(record);
    // A format asked for on the command line stands; else the record's kind says.
    const format = options.format ?? reader.format(record);
    const url = about.url || undefined;
    const cleaned = cleanRecordText(text, {...options, format, url, ...(language ? {language} : {})}, stream.blocks, stream.write);
    return {...about, language: cleaned.language, text: cleaned.text, metadata: cleaned.metadata, blocks: cleaned.blocks};
  } catch (error) {
    const fault = internalFault(error);
    const where = `record ${about.id ?? '(no id)'}`;
    if (isInputFailure(error)) {
      countFailure(tally, where, fault.message);
      return {...about, error: fault.message};
    }
    countInternal(tally, where, fault);
    return {...about, error: fault.message, internal: true};
  }
}

/** A conversion record's text is read as its Content-Type says (WET files say text/plain), else by its content. */
function conversionFormat(record: WARCRecord): DocumentFormat {
  const type = record.warcHeader('Content-Type') ?? '';
  if (/^\s*text\/plain\s*(?:;|$)/i.test(type)) return 'text';
  return HTML_TYPE.test(type) ? 'html' : 'auto';
}

function decodeConversionText(bytes: Uint8Array): string {
  return decodeBytes(bytes, {maxBytes: MAX_RECORD_BYTES}).text;
}

/**
 * A record's content, de-chunked and decompressed by warcio, read chunk by chunk so that a small compressed body
 * that expands without end (a gzip bomb) is refused at the limit, never held whole. A record that the file ends
 * inside is refused too: whether it is whole is told by its raw content (`content`), as a response's decoded body
 * is not the length its Content-Length counts.
 */
async function readRecordBytes(record: WARCRecord, content: LimitReader): Promise<Uint8Array> {
  const limit = `the ${MAX_RECORD_BYTES / 1024 / 1024} MiB limit`;
  if (record.warcContentLength > MAX_RECORD_BYTES) throw new InputError(`record is over ${limit}`, 'too-large');
  spellChunkedAsWarcioDoes(record);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > MAX_RECORD_BYTES) throw new InputError(`record expands past ${limit}`, 'too-large');
    chunks.push(chunk);
  }
  const missing = await readRest(content);
  if (missing > 0) {
    const declared = record.warcContentLength;
    throw new InputError(`record is cut short (${declared - missing} of its ${declared} bytes)`, 'truncated');
  }
  return Buffer.concat(chunks, size);
}

/**
 * warcio de-chunks a body only when its Transfer-Encoding is `chunked` to the letter, and else leaves the chunk sizes
 * in the page; coding names are case-insensitive (RFC 9112), so another spelling (`Chunked`) is set to `chunked`
 * before warcio starts decoding.
 */
function spellChunkedAsWarcioDoes(record: WARCRecord): void {
  const headers = record.httpHeaders?.headers;
  if (headers?.get('Transfer-Encoding')?.toLowerCase() === 'chunked') headers.set('Transfer-Encoding', 'chunked');
}

/**
 * Reads what is left of a record's raw content, to its Content-Length or to the end of the file, and returns how many
 * of its declared bytes the file lacks. A decoder may stop before the content does (after a chunked body's last
 * chunk); the LimitReader counts down the declared length by the raw bytes read, whoever reads them.
 */
async function readRest(content: LimitReader): Promise<number> {
  for await (const chunk of content) void chunk;
  const missing = content.limit;
  // None of it is to come: warcio's own skip, before the next record, would wait for the missing bytes forever.
  content.setLimitSkip(0);
  return missing;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

/** Why a response record is not a page to clean: a redirect or error, or another medium (an image, a PDF, a script). */
function notAnHtmlPage(record: WARCRecord): string | undefined {
  const info = record.getResponseInfo();
  const status = Number(info?.status);
  const type = info?.headers.get('content-type') ?? '';
  if (!(status >= 200 && status < 300)) return 'response records that are not a page (redirects, errors)';
  if (!HTML_TYPE.test(type)) return 'response records that are not HTML (images, PDFs, scripts...)';
  return undefined;
}

/**
 * The HTML of a response record: the HTTP body, de-chunked and decompressed by warcio, decoded as files are (a
 * byte-order mark, UTF-8, binary refused), with the charset its Content-Type names before the <meta> one or a guess.
 */
function decodeResponseHtml(bytes: Uint8Array, record: WARCRecord): string {
  const charset = /charset=["']?([\w.:-]+)/i.exec(record.getResponseInfo()?.headers.get('content-type') ?? '')?.[1];
  return decodeBytes(bytes, {maxBytes: MAX_RECORD_BYTES, ...(charset === undefined ? {} : {charset})}).text;
}

// Common Crawl names a page's languages (ISO 639-3, most likely first) in this header, e.g. `eng,fra`.
const LANGUAGE_HEADER = 'WARC-Identified-Content-Language';

/**
 * The record's own language if it declares one that declutter has stopwords for: declutter then skips detecting it.
 * Another language is detected, as an undeclared one is, rather than read with English stopwords.
 */
function declaredLanguage(record: WARCRecord): string | undefined {
  const first = record.warcHeader(LANGUAGE_HEADER)?.split(',')[0]?.trim().toLowerCase();
  return first && isKnownLanguage(first) ? first : undefined;
}
