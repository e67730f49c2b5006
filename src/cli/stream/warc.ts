import type {WARCRecord, WARCType} from 'warcio';
import type {DeclutterOptions} from '../../clean.js';
import {decodeBytes} from '../../read/decode.js';
import type {Output} from '../output.js';
import {cleanRecordText, jsonLine} from './clean-record.js';
import {MAX_RECORD_BYTES, type StreamConfig} from './options.js';
import {countFailure, newTally, type StreamTally} from './tally.js';

/** Gets a page's text out of one kind of WARC record; cleaning and writing are the same for every kind. */
type PageReader = (record: WARCRecord) => Promise<string>;

/**
 * The record kinds that hold a page, and how to read each. `conversion` is a page's text as Common Crawl extracted it
 * (WET files). `response` (the HTML page, in WARC files) slots in here once declutter reads HTML. Other kinds
 * (warcinfo, request, metadata) hold no page and are passed over.
 */
const PAGE_READERS: Partial<Record<WARCType, PageReader>> = {
  conversion: readConversionText,
};

// Kinds that hold a page this version cannot read yet: counted, so that the user hears why they got no output.
const NOT_YET: ReadonlySet<string> = new Set(['response', 'resource']);

/**
 * Clean the pages of a WARC stream (gunzipped): one JSON line for each page record, in order, with its record id,
 * target URI, date and language; a record that cannot be cleaned is answered by `{"id", "url", "error"}`.
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
    if (!record.warcHeaders.statusline.startsWith('WARC/')) throw new Error('not a WARC file (a record does not start with WARC/)');
    const readPage = PAGE_READERS[record.warcType];
    if (!readPage) {
      if (NOT_YET.has(record.warcType)) tally.unsupported.set(record.warcType, (tally.unsupported.get(record.warcType) ?? 0) + 1);
      continue;
    }
    tally.records++;
    await output.write(jsonLine(await cleanPage(record, readPage, stream, options, tally)));
  }
  return tally;
}

async function cleanPage(
  record: WARCRecord,
  readPage: PageReader,
  stream: StreamConfig,
  options: DeclutterOptions,
  tally: StreamTally,
): Promise<Record<string, unknown>> {
  const about = {
    id: record.warcHeader('WARC-Record-ID') ?? undefined,
    url: record.warcTargetURI ?? undefined,
    date: record.warcDate ?? undefined,
  };
  try {
    const text = await readPage(record);
    const language = options.language ?? declaredLanguage(record);
    const cleaned = cleanRecordText(text, language ? {...options, language} : options, stream.blocks);
    return {...about, language: cleaned.language, text: cleaned.text, blocks: cleaned.blocks};
  } catch (error) {
    const message = (error as Error).message;
    countFailure(tally, `record ${about.id ?? '(no id)'}`, message);
    return {...about, error: message};
  }
}

async function readConversionText(record: WARCRecord): Promise<string> {
  if (record.warcContentLength > MAX_RECORD_BYTES) {
    throw new Error(`record is over the ${MAX_RECORD_BYTES / 1024 / 1024} MiB limit`);
  }
  const bytes = await record.readFully(true);
  if (bytes.length < record.warcContentLength) {
    throw new Error(`record is cut short (${bytes.length} of its ${record.warcContentLength} bytes)`);
  }
  return decodeBytes(bytes, {maxBytes: MAX_RECORD_BYTES}).text;
}

// Common Crawl names a page's languages (ISO 639-3, most likely first) in this header, e.g. `eng,fra`.
const LANGUAGE_HEADER = 'WARC-Identified-Content-Language';
const ISO_639_3 = /^[a-z]{3}$/;

/** The record's own language if it declares one: declutter then skips detecting it. */
function declaredLanguage(record: WARCRecord): string | undefined {
  const first = record.warcHeader(LANGUAGE_HEADER)?.split(',')[0]?.trim().toLowerCase();
  return first && ISO_639_3.test(first) ? first : undefined;
}
