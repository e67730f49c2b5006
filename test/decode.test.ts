import {runInNewContext} from 'node:vm';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {decodeBytes, InputError, normalizeNewlines} from '../src/index.js';
import {decodeWindows1252} from '../src/read/windows-1252.js';

const FRENCH = 'L’été dernier, le café « Chez Zoé » a servi 1 200 crêpes – un record, dit Hélène. Prix : 5 €.';
const GERMAN = 'Der Bürgermeister äußerte sich über die Größe des Platzes und die Öffnungszeiten der Straßenbahn.';
const RUSSIAN =
  'Президент России заявил в среду, что переговоры с Западом о гарантиях безопасности зашли в тупик. ' +
  'Министр иностранных дел добавил, что ответ ожидается в ближайшие дни.';

// Encoders written from the code pages' tables, independent of the decoder under test.
const CP1252_HIGH: Record<string, number> = {'€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97};
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => CP1252_HIGH[char] ?? latin1Byte(char));
}
function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0; // А..я
    return latin1Byte(char);
  });
}
function latin1Byte(char: string): number {
  const code = char.codePointAt(0)!;
  if (code > 0xff) throw new Error(`test encoder cannot encode ${char}`);
  return code;
}
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array, options = {}): InputError {
  try {
    decodeBytes(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected decodeBytes to refuse the input');
}

describe('decodeBytes: its argument', () => {
  it('refuses what is not bytes with a TypeError that says so', () => {
    expect(() => decodeBytes('hello' as unknown as Uint8Array)).toThrow(/decodeBytes takes bytes \(a Uint8Array, Buffer or ArrayBuffer\), not "hello"/);
    expect(() => decodeBytes(null as unknown as Uint8Array)).toThrow(TypeError);
    expect(decodeBytes(Buffer.from('hello')).text).toBe('hello');
  });

  it("reads an ArrayBuffer (fetch's response.arrayBuffer()) as its bytes", () => {
    const bytes = new TextEncoder().encode('Grüße aus Köln');
    expect(decodeBytes(bytes.buffer).text).toBe('Grüße aus Köln');
    // A view of part of a buffer is read as the view, not the whole buffer.
    expect(decodeBytes(bytes.subarray(0, 6)).text).toBe('Grüß');
  });

  it('reads bytes of another realm, and names what is not bytes', () => {
    const other = runInNewContext('Uint8Array.from(bytes)', {bytes: [...Buffer.from('Grüße')]}) as Uint8Array;
    expect(other instanceof Uint8Array).toBe(false);
    expect(decodeBytes(other).text).toBe('Grüße');
    expect(decodeBytes(runInNewContext('Uint8Array.from(bytes).buffer', {bytes: [...Buffer.from('Köln')]}) as ArrayBuffer).text).toBe('Köln');
    expect(() => decodeBytes(new DataView(new ArrayBuffer(4)) as unknown as Uint8Array)).toThrow(/not DataView/);
    expect(() => decodeBytes(new Uint16Array(2) as unknown as Uint8Array)).toThrow(/not Uint16Array/);
  });

  it('refuses an option it does not have, which would change nothing', () => {
    expect(() => decodeBytes(Buffer.from('hello'), {charst: 'latin1'} as never)).toThrow(/decodeBytes has no option "charst" \(its options: maxBytes, charset\)/);
  });

  it('refuses a size limit that is no positive whole number, and a charset that is no string, as the caller\'s slips', () => {
    for (const maxBytes of [Number.NaN, -1, 0, 1.5, '10' as unknown as number]) {
      expect(() => decodeBytes(Buffer.from('hello'), {maxBytes})).toThrow(/maxBytes must be a positive whole number/);
    }
    expect(() => decodeBytes(Buffer.from('hello'), {charset: 42 as unknown as string})).toThrow(TypeError);
    expect(() => decodeBytes(Buffer.from('hello'), {maxBytes: 3})).toThrow(InputError);
    // A limit past the largest buffer there is, as a caller who wants none gives it, is no limit: gzip is still read.
    expect(decodeBytes(gzipSync(Buffer.from('hello')), {maxBytes: Number.MAX_SAFE_INTEGER}).text).toBe('hello');
  });
});

describe('decodeBytes: Unicode', () => {
  it('reads UTF-8 as known, not guessed', () => {
    expect(decodeBytes(utf8(FRENCH))).toEqual({text: FRENCH, encoding: 'utf-8', guessed: false, gzipped: false});
  });

  it('reads UTF-8 cut short in the middle of a character as UTF-8, the broken character\'s bytes as stray bytes: none dropped', () => {
    const whole = utf8(`${RUSSIAN} ✓`);
    // ✓ is E2 9C 93: its first byte, or its first two, read as windows-1252.
    for (const [cut, stray] of [[1, 'âœ'], [2, 'â']] as const) {
      expect(decodeBytes(whole.subarray(0, whole.length - cut))).toMatchObject({text: `${RUSSIAN} ${stray}`, encoding: 'utf-8', strayBytes: 3 - cut});
    }
  });

  it('keeps a legacy encoding\'s letters in the last bytes, which a cut-off UTF-8 character would look like', () => {
    for (const text of ['Reported by René\n', 'Un café', 'Des cafés\n', 'ÿ!', 'Un café\u00a0', 'Voilà']) {
      const decoded = decodeBytes(Buffer.from(text, 'latin1'));
      expect(decoded.text).toBe(text);
      expect(decoded.encoding).not.toBe('utf-8');
    }
    const voila = decodeBytes(Uint8Array.from([...Buffer.from('Voil', 'latin1'), 0xe0, 0x92]));
    expect(voila.text).toBe('Voilà’');
    // UTF-8 whose last byte is a pasted Latin-1 letter: that byte stray, with the others read as UTF-8.
    const pasted = decodeBytes(Uint8Array.from([...utf8('Grüße aus dem Caf'), 0xe9]));
    expect(pasted).toMatchObject({text: 'Grüße aus dem Café', encoding: 'utf-8', strayBytes: 1});
  });

  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]));
    expect(decoded.text).toBe(FRENCH);
    expect(decoded.encoding).toBe('utf-8');
  });

  it.each(['le', 'be'] as const)('reads UTF-16%s after its byte-order mark, and drops the mark', (endian) => {
    const decoded = decodeBytes(utf16(`${RUSSIAN}\r\n${FRENCH}`, endian));
    expect(decoded.text).toBe(`${RUSSIAN}\n${FRENCH}`);
    expect(decoded.encoding).toBe(`utf-16${endian}`);
    expect(decoded.guessed).toBe(false);
  });

  it('refuses a byte-order mark over bytes that are not valid in its encoding, naming the encoding', () => {
    const oddUtf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]);
    expect(refusal(oddUtf16)).toMatchObject({code: 'encoding', message: expect.stringContaining('UTF-16LE')});
    const badUtf8 = Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69, 0xff, 0x21]);
    expect(refusal(badUtf8)).toMatchObject({code: 'encoding', message: expect.stringContaining('UTF-8')});
  });
});

describe('decodeBytes: legacy single-byte encodings', () => {
  it('reads windows-1252 right, smart quotes, dashes and the euro sign included, and says it guessed', () => {
    const decoded = decodeBytes(windows1252(`${FRENCH}\n\n${FRENCH}`));
    expect(decoded.text).toBe(`${FRENCH}\n\n${FRENCH}`);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.guessed).toBe(true);
  });

  it('reads latin-1 German', () => {
    const decoded = decodeBytes(windows1252(GERMAN));
    expect(decoded).toMatchObject({text: GERMAN, guessed: true});
  });

  it('reads windows-1251 Russian', () => {
    expect(decodeBytes(windows1251(RUSSIAN))).toMatchObject({text: RUSSIAN, encoding: 'windows-1251', guessed: true});
  });

  it('reads UTF-8 with a stray Latin-1 byte as UTF-8, the stray byte as windows-1252, and counts it', () => {
    const bytes = Uint8Array.from([...utf8(`${FRENCH}\n\n`), ...windows1252('Un café au lait.')]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({text: `${FRENCH}\n\nUn café au lait.`, encoding: 'utf-8', guessed: true, strayBytes: 1});
  });

  it('reads text with more stray bytes than UTF-8 sequences as a legacy encoding, whole', () => {
    // One valid two-byte sequence ("Ã©" in windows-1252 is C3 A9) among many Latin-1 letters.
    const decoded = decodeBytes(windows1252(`${GERMAN} Ã© ${GERMAN}`));
    expect(decoded).toMatchObject({text: `${GERMAN} Ã© ${GERMAN}`, encoding: 'windows-1252', guessed: true});
    expect(decoded.strayBytes).toBeUndefined();
  });

  it('maps windows-1252 bytes 0x80 to 0x9F by the WHATWG table, and the rest to their own code points', () => {
    const bytes = Uint8Array.from([0x80, 0x81, 0x8a, 0x92, 0x96, 0x9f, 0x41, 0xa0, 0xe9, 0xff]);
    expect([...decodeWindows1252(bytes)]).toEqual(['€', '\u0081', 'Š', '’', '–', 'Ÿ', 'A', '\u00a0', 'é', 'ÿ']);
  });
});

describe('decodeBytes: HTML that declares its charset', () => {
  // "Zażółć gęślą jaźń" in ISO-8859-2, from that code page's table: a statistical guess reads it as Latin-1.
  const POLISH = 'Zażółć gęślą jaźń';
  const LATIN2: Record<string, number> = {ż: 0xbf, ó: 0xf3, ł: 0xb3, ć: 0xe6, ę: 0xea, ś: 0xb6, ą: 0xb1, ź: 0xbc, ń: 0xf1};
  const latin2 = (text: string) => Uint8Array.from([...text], (char) => LATIN2[char] ?? latin1Byte(char));
  const page = (head: string) => latin2(`<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${POLISH}</p></body></html>`);

  it('reads the charset of a <meta charset> or http-equiv tag near the start, as declared, not guessed', () => {
    for (const head of ['<meta charset="iso-8859-2">', "<meta charset='ISO-8859-2' />", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">']) {
      const decoded = decodeBytes(page(head));
      expect(decoded.text, head).toContain(POLISH);
      expect(decoded).toMatchObject({encoding: 'iso-8859-2', guessed: false});
    }
  });

  it('takes a charset the transport declares before the <meta> one, after a byte-order mark, and still refuses binary', () => {
    expect(decodeBytes(page('<meta charset="windows-1252">'), {charset: 'iso-8859-2'})).toMatchObject({encoding: 'iso-8859-2', guessed: false});
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Café')]), {charset: 'windows-1252'}).text).toBe('Café');
    expect(() => decodeBytes(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3]), {charset: 'iso-8859-1'})).toThrow(/binary/);
  });

  // The commonest legacy declaration: its labels all name windows-1252, whose 0x80-0x9F are ’ “ ” – €, not controls.
  it('reads a declared windows-1252, latin1 or iso-8859-1 by the windows-1252 table', () => {
    const bytes = Uint8Array.from([...'He said \x93yes\x94 \x80 it\x92s \x96 done.'].map((char) => char.charCodeAt(0)));
    for (const label of ['windows-1252', 'cp1252', 'latin1', 'ISO-8859-1', 'us-ascii']) {
      expect(decodeBytes(bytes, {charset: label}), label).toMatchObject({text: 'He said “yes” € it’s – done.', encoding: 'windows-1252', guessed: false});
    }
    const html = Uint8Array.from([...'<html><head><meta charset="iso-8859-1"></head><body><p>it\x92s</p></body></html>'].map((char) => char.charCodeAt(0)));
    expect(decodeBytes(html).text).toContain('<p>it’s</p>');
  });

  it('guesses as before where the declaration is missing, unknown, says UTF-8 or UTF-16 wrongly, names a replacement encoding, or is not a declaration (a comment, the content of another meta)', () => {
    for (const head of ['', '<meta charset="no-such-charset">', '<meta charset="utf-8">', '<meta charset="utf-16">', '<meta charset="iso-2022-kr">', '<!-- <meta charset="iso-8859-2"> -->', '<meta name="description" content="Our page, charset=iso-8859-2 inside">']) {
      expect(decodeBytes(page(head)), head).toMatchObject({guessed: true});
    }
  });
});

describe('newlines', () => {
  it('normalises CRLF and lone CR to LF', () => {
    expect(normalizeNewlines('a\r\nb\rc\n\r\nd\r\r')).toBe('a\nb\nc\n\nd\n\n');
  });

  it('normalises them while decoding, in every encoding', () => {
    expect(decodeBytes(utf8('one\r\ntwo\rthree')).text).toBe('one\ntwo\nthree');
    expect(decodeBytes(windows1252('café\r\nthé\rlà')).text).toBe('café\nthé\nlà');
  });
});

describe('gzip', () => {
  it('reads gzipped input by its magic bytes, whatever the encoding inside', () => {
    expect(decodeBytes(gzipSync(utf8(FRENCH)))).toMatchObject({text: FRENCH, encoding: 'utf-8', gzipped: true});
    expect(decodeBytes(gzipSync(windows1252(FRENCH)))).toMatchObject({text: FRENCH, guessed: true, gzipped: true});
    expect(decodeBytes(gzipSync(utf16(GERMAN, 'be')))).toMatchObject({text: GERMAN, encoding: 'utf-16be'});
  });

  it('refuses a truncated gzip stream and junk after the magic bytes', () => {
    const whole = gzipSync(utf8(FRENCH.repeat(20)));
    expect(refusal(whole.subarray(0, whole.length - 12)).code).toBe('gzip');
    expect(refusal(Uint8Array.from([0x1f, 0x8b, 0x00, 0x42, 0x42, 0x42])).code).toBe('gzip');
  });

  it('refuses gzipped input that expands past the limit, without expanding all of it', () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000, 'a'));
    expect(bomb.length).toBeLessThan(10_000);
    expect(refusal(bomb, {maxBytes: 1_000_000})).toMatchObject({code: 'too-large'});
  });
});

describe('refusals', () => {
  it('refuses input over maxBytes and takes input at the limit', () => {
    expect(refusal(utf8('x'.repeat(101)), {maxBytes: 100}).code).toBe('too-large');
    expect(decodeBytes(utf8('x'.repeat(100)), {maxBytes: 100}).text).toHaveLength(100);
  });

  it('reads a text with a few NUL and control bytes, removing them and counting them', () => {
    const decoded = decodeBytes(utf8(`<p>Some text</p>\u0000\u0000<p>with NULs\u0007 between its tags.</p>`));
    expect(decoded.text).toBe('<p>Some text</p><p>with NULs between its tags.</p>');
    expect(decoded.controlChars).toBe(3);
    expect(decodeBytes(utf8('No control byte here.')).controlChars).toBeUndefined();
  });

  it('refuses as binary a text with many NULs, or binary data appended past the first 64 KiB', () => {
    expect(refusal(utf8(`${GERMAN}${'\u0000'.repeat(20)} ${GERMAN}`)).message).toMatch(/NUL/);
    const random = Uint8Array.from({length: 100_000}, (_, i) => (i * 7919 + (i >> 3) * 104729) % 256);
    const bytes = Uint8Array.from([...utf8(`${GERMAN}\n\n`.repeat(1000)), ...random]);
    expect(bytes.length - random.length).toBeGreaterThan(65536);
    expect(refusal(bytes).code).toBe('binary');
  });

  it('refuses images, PDFs, archives and executables by their magic numbers, whatever follows', () => {
    const cases: Array<[number[], RegExp]> = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG/],
      [[0xff, 0xd8, 0xff, 0xe0], /JPEG/],
      [[...Buffer.from('GIF89a')], /GIF/],
      [[...Buffer.from('%PDF-1.7\n')], /PDF/],
      [[0x50, 0x4b, 0x03, 0x04], /ZIP/],
      [[0x7f, 0x45, 0x4c, 0x46], /ELF/],
      [[0x4d, 0x5a, 0x90, 0x00], /Windows executable/],
    ];
    for (const [magic, what] of cases) {
      // Text after the magic number: only the magic number can tell.
      const error = refusal(Uint8Array.from([...magic, ...utf8(` ${GERMAN}`)]));
      expect(error.code).toBe('binary');
      expect(error.message).toMatch(what);
    }
    expect(decodeBytes(utf8('MZ Wallace bags are on sale.')).text).toBe('MZ Wallace bags are on sale.');
  });

  it('removes a NUL character behind a UTF-16 byte-order mark, and counts it', () => {
    expect(decodeBytes(utf16(`${GERMAN}\u0000 more`, 'le'))).toMatchObject({text: `${GERMAN} more`, controlChars: 1});
  });

  it('refuses input that is mostly control characters', () => {
    const bytes = Uint8Array.from({length: 400}, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8)));
    const error = refusal(bytes);
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/control/);
  });

  it('takes text with tabs, form feeds and escapes as they are, and removes a stray control character', () => {
    const text = `${GERMAN}\t${FRENCH}\f\u001b[0m ${RUSSIAN}`;
    expect(decodeBytes(utf8(text)).text).toBe(text);
    expect(decodeBytes(utf8(`${GERMAN}\u0001\t${FRENCH}`)).text).toBe(`${GERMAN}\t${FRENCH}`);
  });

  it('takes the bytes of a binary file full of NULs as binary, not as a legacy encoding', () => {
    const bytes = Uint8Array.from({length: 1024}, (_, i) => (i * 37) % 256);
    expect(refusal(bytes).code).toBe('binary');
  });

  it('takes empty input as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({text: '', encoding: 'utf-8', guessed: false, gzipped: false});
  });
});
