import {constants as bufferConstants} from 'node:buffer';
import {createRequire} from 'node:module';
import {isArrayBuffer, isUint8Array} from 'node:util/types';
import {binaryFormatOf} from './magic.js';
import {utf8OutsideHeap} from './outside-heap.js';
import {decodeUnmarkedUtf16} from './utf16.js';
import {decodeWindows1252} from './windows-1252.js';
import {checkOptions, describeValue} from '../arguments.js';

/**
 * Raised for input that cannot be read as text. The message says what is wrong, never which file: callers add that.
 * `format` is input that is not what it is read as (a WARC file that is not one), `truncated` one that ends too soon.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: 'binary' | 'encoding' | 'gzip' | 'too-large' | 'format' | 'truncated',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in (WHATWG name). */
  encoding: string;
  /** True when the encoding was guessed rather than known from UTF-8 validity or a BOM. */
  guessed: boolean;
  gzipped: boolean;
  /**
   * Bytes that were not valid UTF-8 in text that otherwise is (a Latin-1 "é" pasted into a UTF-8 file), each read as
   * windows-1252; `encoding` is then `utf-8` and `guessed` true. Absent when there were none.
   */
  strayBytes?: number;
  /**
   * Control characters that are no part of any text (NUL, and the C0 controls but tab, line and page breaks, carriage
   * return and escape), removed: as a browser drops a NUL from a page's text. Absent when there were none.
   */
  controlChars?: number;
}

export interface DecodeOptions {
  /** Refuse (decompressed) input larger than this many bytes. */
  maxBytes?: number | undefined;
  /**
   * The charset the transport declares (an HTTP Content-Type): where the bytes are not UTF-8, it is used before an
   * HTML page's <meta> charset and before any guess. A byte-order mark still wins, and binary is still refused.
   */
  charset?: string | undefined;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const MAX_BUFFER_LENGTH = bufferConstants.MAX_LENGTH;
/** The size limit of an input, before and after gunzip, unless the caller gives another. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * The bytes of an input: a Uint8Array (a Buffer is one) as it is; an ArrayBuffer as its bytes. Told by their internal
 * type, not `instanceof`, so that those of another realm (a `vm` context, a test runner's sandbox) are read too.
 */
function asBytes(input: unknown): Uint8Array {
  // By what the value is (its internal slots, in any realm), not by its tag, which any object can claim.
  if (isArrayBuffer(input)) return new Uint8Array(input);
  if (isUint8Array(input)) {
    if (input instanceof Uint8Array) return input;
    // Another realm's: a view of this realm over the same memory.
    const view: Uint8Array = input;
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  let kind = describeValue(input);
  if (input !== null && typeof input === 'object') {
    const tag = Object.prototype.toString.call(input).slice(8, -1);
    kind = tag === 'Uint8Array' || tag === 'ArrayBuffer' ? `an object that only claims to be ${tag === 'Uint8Array' ? 'a' : 'an'} ${tag}` : tag;
  }
  throw new TypeError(`decodeBytes takes bytes (a Uint8Array, Buffer or ArrayBuffer), not ${kind}`);
}

/**
 * Bytes to text: gunzip by magic bytes, refuse binary, honour a BOM, prefer UTF-8, else detect a legacy encoding. An
 * `ArrayBuffer` (what `fetch`'s `response.arrayBuffer()` gives) is read as its bytes.
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, options: DecodeOptions = {}): DecodedText {
  input = asBytes(input);
  checkOptions('decodeBytes', options, {others: ['maxBytes', 'charset']});
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A limit that is no positive whole number (NaN, a string, -1) would be no limit, or refuse every input as too large:
  // the caller's slip, said as one, not the input's fault.
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new RangeError(`decodeBytes's maxBytes must be a positive whole number of bytes, not ${String(maxBytes)}`);
  if (options.charset !== undefined && typeof options.charset !== 'string') throw new TypeError(`decodeBytes's charset must be a string, not ${typeof options.charset}`);
  let bytes = input;
  const gzipped = bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  if (gzipped) bytes = gunzip(bytes, maxBytes);
  if (bytes.length > maxBytes) {
    throw new InputError(`input is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit`, 'too-large');
  }

  const bom = detectBom(bytes);
  if (bom) {
    const decoded = decodeWithBom(bytes, bom.encoding);
    refuseBinaryText(decoded);
    const text = decoded.replace(STRAY_CONTROL, '');
    return withControlChars({text: normalizeNewlines(text), encoding: bom.encoding, guessed: false, gzipped}, decoded.length - text.length);
  }
  const unmarked = binaryFormatOf(bytes) === undefined ? decodeUnmarkedUtf16(bytes) : undefined;
  if (unmarked) {
    refuseBinaryText(unmarked.text);
    const text = unmarked.text.replace(STRAY_CONTROL, '');
    return withControlChars({text: normalizeNewlines(text), encoding: unmarked.encoding, guessed: true, gzipped}, unmarked.text.length - text.length);
  }
  const kept = dropStrayControlBytes(bytes);
  return withControlChars(decodeTextBytes(kept, gzipped, options), bytes.length - kept.length);
}

function withControlChars(decoded: DecodedText, controlChars: number): DecodedText {
  return controlChars > 0 ? {...decoded, controlChars} : decoded;
}

/** Bytes with no BOM and no stray control byte to text: UTF-8, else mostly UTF-8, else a declared or guessed encoding. */
function decodeTextBytes(bytes: Uint8Array, gzipped: boolean, options: DecodeOptions): DecodedText {
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return {text: normalizeNewlines(utf8), encoding: 'utf-8', guessed: false, gzipped};
  const mostly = decodeMostlyUtf8(bytes);
  if (mostly) return {text: normalizeNewlines(mostly.text), encoding: 'utf-8', guessed: true, gzipped, strayBytes: mostly.strayBytes};
  const declared = (options.charset === undefined ? undefined : legacyDecoderFor(options.charset)) ?? declaredHtmlCharset(bytes);
  if (declared) {
    const text = declared.decode(bytes);
    refuseBinaryText(text);
    return {text: normalizeNewlines(text), encoding: declared.encoding, guessed: false, gzipped};
  }
  const encoding = detectLegacyEncoding(bytes);
  const text = decodeLegacy(bytes, encoding);
  refuseBinaryText(text);
  return {text: normalizeNewlines(text), encoding, guessed: true, gzipped};
}

// How far into an HTML page a browser looks for its <meta> charset (the HTML standard's prescan).
const META_PRESCAN_BYTES = 1024;
const META_TAG = /<meta\s[^>]*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g;
const CONTENT_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset label of the first <meta> that declares one: its `charset` attribute, or the http-equiv form's content. */
function metaCharsetLabel(head: string): string | undefined {
  // Comments are not markup: a commented-out declaration declares nothing.
  for (const [tag] of head.replace(/<!--[\s\S]*?(?:-->|$)/g, '').matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const [, name, value] of tag.matchAll(ATTRIBUTE)) attributes.set(name!.toLowerCase(), value!.replace(/^["']|["']$/g, '').trim());
    const charset = attributes.get('charset');
    if (charset) return charset;
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-type') {
      const label = CONTENT_CHARSET.exec(attributes.get('content') ?? '')?.[1];
      if (label) return label;
    }
  }
  return undefined;
}

/**
 * The charset an HTML page declares in a <meta> tag near its start (`<meta charset="...">`, or the http-equiv form),
 * with a decoder for it: more reliable than a statistical guess. Undefined where there is none, or none a
 * TextDecoder knows.
 */
function declaredHtmlCharset(bytes: Uint8Array): LegacyDecoder | undefined {
  const label = metaCharsetLabel(String.fromCharCode(...bytes.subarray(0, META_PRESCAN_BYTES)));
  return label === undefined ? undefined : legacyDecoderFor(label);
}

interface LegacyDecoder {
  readonly encoding: string;
  decode(input: Uint8Array): string;
}

/**
 * A decoder for a legacy encoding a page declares (HTTP Content-Type, <meta> charset), or undefined where the label
 * should not be trusted over the usual way: unknown to TextDecoder; UTF-8, which `decodeBytes` tries first anyway
 * (bytes that fail it were declared wrongly); UTF-16, which the HTML standard reads as UTF-8 (a declaration readable
 * as ASCII is not UTF-16); or an encoding that decodes to nothing but replacement characters (ISO-2022-KR).
 */
function legacyDecoderFor(label: string): LegacyDecoder | undefined {
  try {
    const decoder = new TextDecoder(label);
    if (['utf-8', 'utf-16le', 'utf-16be', 'replacement'].includes(decoder.encoding)) return undefined;
    // Every label of windows-1252 (latin1, iso-8859-1, us-ascii among them), read by the table that Node 20's
    // TextDecoder lacks: it reads them as latin-1 and turns ’ “ ” – € into control characters.
    return decoder.encoding === 'windows-1252' ? {encoding: 'windows-1252', decode: decodeWindows1252} : decoder;
  } catch {
    return undefined;
  }
}

/** CRLF and lone CR become LF, so that every later step sees one newline convention. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * UTF-8 text, or undefined where the bytes are not all UTF-8. Nothing is dropped: a file cut short inside its last
 * character (`head -c`) goes on to `decodeMostlyUtf8`, which reads those bytes as stray ones, with a note, for they
 * cannot be told from a legacy encoding's last letters ("é»", "à’"), which dropping them would lose.
 */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  const outsideHeap = utf8OutsideHeap(bytes);
  if (outsideHeap !== undefined) return outsideHeap;
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The length of the valid UTF-8 sequence at `i` (1 to 4), or 0 where the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const second = bytes[i + 1]!;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return 0;
  return length;
}

/**
 * UTF-8 with a few stray bytes: valid sequences read as UTF-8, each stray byte as windows-1252 (the usual source of
 * one). Only where the valid multi-byte sequences outnumber the stray bytes: text in a legacy encoding rarely holds a
 * valid multi-byte sequence, so it still goes to detection as a whole, where one stray byte must not turn every "é"
 * of a UTF-8 file into "Ã©".
 */
function decodeMostlyUtf8(bytes: Uint8Array): {text: string; strayBytes: number} | undefined {
  const stray: number[] = [];
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) stray.push(i++);
    else {
      if (length > 1) multiByte++;
      i += length;
    }
  }
  if (stray.length === 0 || multiByte <= stray.length) return undefined;
  // Decoded only once the bytes are known to be mostly UTF-8: a legacy file pays for the count alone.
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let runStart = 0;
  for (const i of stray) {
    text += decoder.decode(bytes.subarray(runStart, i)) + decodeWindows1252(bytes.subarray(i, i + 1));
    runStart = i + 1;
  }
  return {text: text + decoder.decode(bytes.subarray(runStart)), strayBytes: stray.length};
}

/** Text after a byte-order mark, which is dropped; a BOM over bytes invalid in its encoding is an error, not a guess. */
function decodeWithBom(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, {fatal: true, ignoreBOM: false}).decode(bytes);
  } catch {
    throw new InputError(`starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, 'encoding');
  }
}

function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes);
  } catch {
    throw new InputError(`cannot decode the bytes as UTF-8 or as ${encoding}`, 'encoding');
  }
}

function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    // zlib takes no limit past the largest buffer it can make: a larger one says only that the input is no limit.
    return loadZlib().gunzipSync(bytes, {maxOutputLength: Math.min(maxBytes + 1, MAX_BUFFER_LENGTH)});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(`gzipped input expands past the ${formatSize(maxBytes)} limit`, 'too-large');
    }
    throw new InputError(`corrupt gzip data (${(error as Error).message})`, 'gzip');
  }
}

function detectBom(bytes: Uint8Array): {encoding: string} | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8'};
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le'};
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be'};
  return undefined;
}

// Control bytes other than tab, newline, vertical tab, form feed, carriage return and escape.
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

// The characters of `isControlByte`: NUL and the C0 controls but tab, line and page breaks, carriage return and escape.
const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

// Shares of the bytes past which they are not text: control bytes (random or compressed data has a tenth of them),
// and NULs alone (1 in 256 of random data; a text with stray NULs has a few in the whole file).
const MAX_CONTROL_SHARE = 0.1;
const MAX_NUL_SHARE = 0.001;
// A few NULs are a text's whatever its length: a short page with one stray NUL is not binary.
const FEW_NULS = 8;
// The sample the shares are first taken on, so that a binary file is refused before it is read through.
const SAMPLE_BYTES = 65536;

/**
 * A format that is never text by its magic number (an image, a PDF, an archive, an executable), or too high a share
 * of control bytes or of NULs, in the first 64 KiB or in the whole, marks a file that is not text. A few control bytes
 * in a text (a stray NUL in a page's markup) are removed instead: returns the bytes without them (the same array when
 * there are none).
 */
function dropStrayControlBytes(bytes: Uint8Array): Uint8Array {
  const format = binaryFormatOf(bytes);
  if (format) throw new InputError(`looks binary (${format})`, 'binary');
  refuseControlShare(bytes.subarray(0, SAMPLE_BYTES));
  const stray = refuseControlShare(bytes);
  if (stray === 0) return bytes;
  const kept = new Uint8Array(bytes.length - stray);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) if (!isControlByte(bytes[i]!)) kept[j++] = bytes[i]!;
  return kept;
}

/** The control bytes, counted; or a refusal when they, or the NULs among them, are too many to be text's. */
function refuseControlShare(bytes: Uint8Array): number {
  let control = 0;
  let nul = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 && isControlByte(byte)) {
      control++;
      if (byte === 0) nul++;
    }
  }
  if (control > MAX_CONTROL_SHARE * bytes.length) throw new InputError('looks binary (mostly control characters)', 'binary');
  if (nul > Math.max(FEW_NULS, MAX_NUL_SHARE * bytes.length)) throw new InputError('looks binary (it has many NUL bytes)', 'binary');
  return control;
}

function refuseBinaryText(text: string): void {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    if (isControlByte(sample.charCodeAt(i))) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    throw new InputError('looks binary (mostly control characters)', 'binary');
  }
}

// chardet names encodings its own way; TextDecoder takes WHATWG labels. Multi-byte East Asian encodings pass through.
const CHARDET_TO_WHATWG: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'windows-1254',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'KOI8-R': 'koi8-r',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  GB18030: 'gb18030',
  Big5: 'big5',
};

function detectLegacyEncoding(bytes: Uint8Array): string {
  const guess = loadChardet().detect(bytes.subarray(0, 65536));
  return (guess && CHARDET_TO_WHATWG[guess]) ?? 'windows-1252';
}

/** A size in words, for messages. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

// chardet is needed only for text that is not UTF-8, zlib only for gzipped input: each is loaded then
// (synchronously, through require), not at start-up, which each would slow (docs/speed.md, Start-up).
const require = createRequire(import.meta.url);
let chardet: typeof import('chardet') | undefined;
let zlib: typeof import('node:zlib') | undefined;

function loadZlib(): typeof import('node:zlib') {
  zlib ??= require('node:zlib') as typeof import('node:zlib');
  return zlib;
}

function loadChardet(): typeof import('chardet') {
  chardet ??= require('chardet') as typeof import('chardet');
  return chardet;
}
