import type {DeclutterOptions} from '../../declutter.js';
import type {DocumentFormat} from '../../types.js';
import {isKnownLanguage} from '../../features/language.js';
import {decodeBytes, InputError} from '../../read/decode.js';
import {internalFault, isInputFailure} from '../failure.js';
import type {Output} from '../output.js';
import type {ByteReader} from './byte-reader.js';
import {cleanRecordText, jsonLine} from './clean-record.js';
import {type HttpHead, readHttpHead} from './http-head.js';
import {MAX_RECORD_BYTES, type StreamConfig} from './options.js';
import {countFailure, countInternal, countPassedOver, newTally, type StreamTally} from './tally.js';
import {type FrameOptions, readWarcFrames, type WarcFrame} from './warc-frames.js';

/** A page a record holds: its bytes, read from the record's content, and how to read them as text. */
interface Page {
  bytes: () => Promise<Uint8Array>;
  /** The charset the record's HTTP or WARC Content-Type names. */
  charset: string | undefined;
  format: DocumentFormat;
}

/** What a record is: a page, or a kind passed over, counted in a note (`passedOver`) or quietly. */
type RecordKind = {page: Page} | {passedOver: string} | {quiet: true};

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;
const TEXT_TYPE = /^\s*text\/plain\s*(?:;|$)/i;
const HTTP_TYPE = /^\s*application\/http/i;
const NOT_HTML = 'response records that are not HTML (images, PDFs, scripts...)';
const NOT_A_PAGE = 'response records that are not a page (redirects, errors)';

/**
 * Clean the pages of a WARC stream (gunzipped): one JSON line for each page record, in order, with its record id,
 * target URI, date, WARC-Truncated value if any, and language; a record that cannot be cleaned, or whose
 * Content-Length does not frame it, is answered by `{"id", "url", "date", "error"}` (and `truncated` when the record
 * has it, `"internal": true` when declutter itself failed on it).
 */
export async function cleanWarcRecords(
  bytes: AsyncIterable<Uint8Array>,
  stream: StreamConfig,
  options: DeclutterOptions,
  output: Output,
  frameOptions: FrameOptions = {},
): Promise<StreamTally> {
  // warcio (the HTTP body's de-chunking and decompression) loads only when a WARC input comes, to keep start-up quick.
  const {AsyncIterReader} = await import('warcio');
  const decodeBody = (content: ByteReader, head: HttpHead): AsyncIterable<Uint8Array> => {
    const transfer = head.headers.get('transfer-encoding')?.trim().toLowerCase();
    // Coding names are case-insensitive (RFC 9112); warcio takes a body for chunked only when it is spelt so.
    const chunked = transfer === 'chunked';
    // As warcio reads a response: a Transfer-Encoding that is not chunked may name the compression.
    const coding = head.headers.get('content-encoding') || (chunked ? undefined : transfer);
    return new AsyncIterReader(content, coding || null, chunked);
  };
  const tally = newTally();
  for await (const frame of readWarcFrames(bytes, frameOptions)) {
    if (output.closed) break;
    const answer = await answerRecord(frame, decodeBody, stream, options, tally);
    if (!answer) continue;
    tally.records++;
    await output.write(jsonLine(answer));
  }
  return tally;
}

type BodyDecoder = (content: ByteReader, head: HttpHead) => AsyncIterable<Uint8Array>;

/**
 * The record's line: its cleaned page, or its fault; undefined for a record passed over. A record without an id is
 * named in its fault by its place in the file (`record`), as the summary names it.
 */
async function answerRecord(
  frame: WarcFrame,
  decodeBody: BodyDecoder,
  stream: StreamConfig,
  options: DeclutterOptions,
  tally: StreamTally,
): Promise<Record<string, unknown> | undefined> {
  const id = frame.header('WARC-Record-ID');
  const about = {
    id,
    url: targetUri(frame),
    date: frame.header('WARC-Date'),
    // A crawler that stopped fetching (at a size or time limit, or on a lost connection) says why: the page is partial.
    truncated: frame.header('WARC-Truncated'),
  };
  let kind: RecordKind;
  try {
    kind = await kindOf(frame, decodeBody);
    if ('page' in kind) return {...about, ...(await cleanPage(frame, kind.page, about.url, stream, options))};
    // A record passed over is read to its end all the same: one the file cuts short, or whose Content-Length does not
    // end it, is said in its place.
    await readToEnd(frame);
  } catch (error) {
    const fault = internalFault(error);
    const where = `record ${id ?? frame.number}`;
    const named = id === undefined ? {record: frame.number, ...about} : about;
    if (isInputFailure(error)) {
      countFailure(tally, where, fault.message);
      return {...named, error: fault.message};
    }
    countInternal(tally, where, fault);
    return {...named, error: fault.message, internal: true};
  }
  if ('passedOver' in kind) countPassedOver(tally, kind.passedOver);
  return undefined;
}

/** warcio's reading of the target URI: one written in angle brackets (as WARC 1.0's grammar has it) without them. */
function targetUri(frame: WarcFrame): string | undefined {
  const uri = frame.header('WARC-Target-URI');
  return uri?.startsWith('<') && uri.endsWith('>') ? uri.slice(1, -1) : uri;
}

/**
 * Which records hold a page: `conversion` records (WET files: a page's text as Common Crawl extracted it), and
 * `response` records (WARC files: the page as fetched) that are an HTML page. `resource` records (files a crawler
 * stored without an HTTP exchange) are passed over and counted; other kinds (warcinfo, request, metadata, revisit)
 * hold no page and are passed over quietly.
 */
async function kindOf(frame: WarcFrame, decodeBody: BodyDecoder): Promise<RecordKind> {
  const type = frame.header('WARC-Type');
  const contentType = frame.header('Content-Type') ?? '';
  if (type === 'conversion') return {page: {bytes: () => readContent(frame, frame.content), charset: undefined, format: conversionFormat(contentType)}};
  if (type === 'resource') return {passedOver: 'resource records'};
  if (type !== 'response') return {quiet: true};
  // An empty record holds no response: passed over as one that is no page, as a failed fetch is.
  if (frame.length === 0) return {passedOver: NOT_A_PAGE};
  const head = await readHttpHead(frame.content);
  if (!head) return withoutHttp(frame, contentType);
  const httpType = head.headers.get('content-type') ?? '';
  if (!(head.status >= 200 && head.status < 300)) return {passedOver: NOT_A_PAGE};
  if (!HTML_TYPE.test(httpType)) return {passedOver: NOT_HTML};
  return {page: {bytes: () => readContent(frame, decodeBody(frame.content, head)), charset: charsetOf(httpType), format: 'html'}};
}

/**
 * A response record whose content is not an HTTP response (no status line), as some tools store a page: read as its
 * WARC Content-Type says, unless that claims HTTP.
 */
function withoutHttp(frame: WarcFrame, contentType: string): RecordKind {
  if (HTTP_TYPE.test(contentType)) throw new InputError('its content is not an HTTP response (no status line)', 'format');
  if (contentType !== '' && !HTML_TYPE.test(contentType) && !TEXT_TYPE.test(contentType)) {
    return {passedOver: NOT_HTML};
  }
  return {page: {bytes: () => readContent(frame, frame.content), charset: charsetOf(contentType), format: conversionFormat(contentType)}};
}

async function cleanPage(frame: WarcFrame, page: Page, targetUrl: string | undefined, stream: StreamConfig, options: DeclutterOptions): Promise<Record<string, unknown>> {
  const bytes = await page.bytes();
  const text = decodeBytes(bytes, {maxBytes: MAX_RECORD_BYTES, ...(page.charset === undefined ? {} : {charset: page.charset})}).text;
  const language = options.language ?? declaredLanguage(frame);
  // A format asked for on the command line stands; else the record's kind says.
  const format = options.format ?? page.format;
  const url = targetUrl || undefined;
  const cleaned = cleanRecordText(text, {...options, format, url, ...(language ? {language} : {})}, stream.blocks, stream.write);
  return {language: cleaned.language, text: cleaned.text, metadata: cleaned.metadata, blocks: cleaned.blocks};
}

/** A record's text is read as its Content-Type says (WET files say text/plain), else by its content. */
function conversionFormat(type: string): DocumentFormat {
  if (TEXT_TYPE.test(type)) return 'text';
  return HTML_TYPE.test(type) ? 'html' : 'auto';
}

function charsetOf(type: string): string | undefined {
  return /charset=["']?([\w.:-]+)/i.exec(type)?.[1];
}

const LIMIT = `the ${MAX_RECORD_BYTES / 1024 / 1024} MiB limit`;

/**
 * A record's content (for a response, its body de-chunked and decompressed), read chunk by chunk so that a small
 * compressed body that expands without end (a gzip bomb) is refused at the limit, never held whole. Then the record's
 * end: one that the file ends inside, or whose Content-Length does not end it, is refused rather than cleaned in part.
 */
async function readContent(frame: WarcFrame, content: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  if (frame.length > MAX_RECORD_BYTES) throw new InputError(`record is over ${LIMIT}`, 'too-large');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of content) {
    size += chunk.length;
    if (size > MAX_RECORD_BYTES) throw new InputError(`record expands past ${LIMIT}`, 'too-large');
    chunks.push(chunk);
  }
  await readToEnd(frame);
  return Buffer.concat(chunks, size);
}

/** Reads the record to its end; throws where it is not whole (cut short, or its Content-Length does not end it). */
async function readToEnd(frame: WarcFrame): Promise<void> {
  const fault = await frame.end();
  if (fault) throw fault;
}

// Common Crawl names a page's languages (ISO 639-3, most likely first) in this header, e.g. `eng,fra`.
const LANGUAGE_HEADER = 'WARC-Identified-Content-Language';

/**
 * The record's own language if it declares one that declutter has stopwords for: declutter then skips detecting it.
 * Another language is detected, as an undeclared one is, rather than read with English stopwords.
 */
function declaredLanguage(frame: WarcFrame): string | undefined {
  const first = frame.header(LANGUAGE_HEADER)?.split(',')[0]?.trim().toLowerCase();
  return first && isKnownLanguage(first) ? first : undefined;
}
