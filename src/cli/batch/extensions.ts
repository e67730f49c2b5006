import type {InputFormatChoice} from '../stream/input-format.js';

/** Extensions a folder walk picks by default: text-like and HTML-like files, each also gzipped (`.html.gz`). */
export const DEFAULT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'rst', 'html', 'htm', 'xhtml'] as const;

/**
 * The names the record readers know each stream by (`wet` also matches `.warc.wet`). WARC and WET share one reader, so
 * either format picks both kinds of file.
 */
const RECORD_EXTENSIONS: Partial<Record<InputFormatChoice, readonly string[]>> = {
  jsonl: ['jsonl', 'ndjson'],
  wet: ['warc', 'wet'],
  warc: ['warc', 'wet'],
};

/**
 * What a folder walk picks when --ext is not given: the files of the record stream --input-format names, else the
 * documents. Asked for JSON lines, a walk for text files would find nothing to read as such.
 */
export function defaultExtensions(inputFormat: InputFormatChoice): readonly string[] {
  return RECORD_EXTENSIONS[inputFormat] ?? DEFAULT_EXTENSIONS;
}

/** `--ext txt,.html` to a list of extensions without dots; a usage error names a bad one. */
export function parseExtensions(value: string): string[] {
  const extensions = value
    .split(',')
    .map((ext) => ext.trim().replace(/^\./, '').toLowerCase())
    .filter((ext) => ext !== '');
  if (extensions.length === 0) throw new Error(`--ext takes extensions separated by commas, as in txt,html, not "${value}"`);
  return extensions;
}

/** Whether a file name has one of the extensions, plain or followed by `.gz`. */
export function extensionMatcher(extensions: readonly string[]): (name: string) => boolean {
  const suffixes = extensions.flatMap((ext) => [`.${ext}`, `.${ext}.gz`]);
  return (name) => {
    const lower = name.toLowerCase();
    return suffixes.some((suffix) => lower.endsWith(suffix) && lower.length > suffix.length);
  };
}
