/**
 * What a file's first bytes say it is, for the formats that are never text: images, PDF, archives and compressed
 * files, executables and libraries, fonts, audio and video, databases. Gzip is not here: it is unwrapped.
 */
interface Magic {
  what: string;
  /** The bytes, at `at` (0 by default); null matches any byte. */
  bytes: ReadonlyArray<number | null>;
  at?: number;
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const MAGICS: readonly Magic[] = [
  {what: 'a PNG image', bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a]},
  {what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {what: 'a GIF image', bytes: ascii('GIF87a')},
  {what: 'a GIF image', bytes: ascii('GIF89a')},
  {what: 'a WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')]},
  {what: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00]},
  {what: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a]},
  {what: 'an icon', bytes: [0x00, 0x00, 0x01, 0x00]},
  {what: 'a PDF document', bytes: ascii('%PDF-')},
  {what: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {what: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x05, 0x06]},
  {what: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]},
  {what: 'a RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07]},
  {what: 'a tar archive', bytes: ascii('ustar'), at: 257},
  {what: 'bzip2 data', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]},
  {what: 'xz data', bytes: [0xfd, ...ascii('7zXZ'), 0x00]},
  {what: 'Zstandard data', bytes: [0x28, 0xb5, 0x2f, 0xfd]},
  {what: 'an ELF executable', bytes: [0x7f, ...ascii('ELF')]},
  {what: 'a Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xce]},
  {what: 'a Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf]},
  {what: 'a Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe]},
  {what: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe]},
  {what: 'a Java class or Mach-O universal binary', bytes: [0xca, 0xfe, 0xba, 0xbe]},
  {what: 'a WebAssembly module', bytes: [0x00, ...ascii('asm')]},
  {what: 'an SQLite database', bytes: [...ascii('SQLite format 3'), 0x00]},
  {what: 'a font', bytes: ascii('wOFF')},
  {what: 'a font', bytes: ascii('wOF2')},
  {what: 'an Ogg stream', bytes: ascii('OggS')},
  {what: 'a FLAC file', bytes: ascii('fLaC')},
  {what: 'an MP3 file', bytes: ascii('ID3')},
  {what: 'an MP4 or QuickTime file', bytes: ascii('ftyp'), at: 4},
];

// A Windows executable starts with "MZ", as a text may ("MZ Wallace bags"): its header holds NULs soon after.
const DOS_HEADER_BYTES = 64;

/** What the bytes are, by their magic number, when it is a format that is never text; undefined otherwise. */
export function binaryFormatOf(bytes: Uint8Array): string | undefined {
  for (const magic of MAGICS) {
    const at = magic.at ?? 0;
    if (bytes.length >= at + magic.bytes.length && magic.bytes.every((byte, i) => byte === null || bytes[at + i] === byte)) return magic.what;
  }
  if (bytes[0] === 0x4d && bytes[1] === 0x5a && bytes.subarray(0, DOS_HEADER_BYTES).includes(0)) return 'a Windows executable';
  return undefined;
}
