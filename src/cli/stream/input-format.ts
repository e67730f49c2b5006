/**
 * How an input is read: one document (text, or HTML), or a stream of records (JSON lines; WARC files, whose WET
 * conversion records and HTML response records hold pages). With `auto` a document is HTML when it starts as HTML
 * does (the library's `format: 'auto'`). `wet` and `warc` are read alike.
 */
export const INPUT_FORMATS = ['auto', 'text', 'html', 'jsonl', 'wet', 'warc'] as const;
export type InputFormatChoice = (typeof INPUT_FORMATS)[number];
export type InputFormat = Exclude<InputFormatChoice, 'auto'>;

// Names are matched case-insensitively; `.gz` is unwrapped by the reader whatever the name says.
const BY_SUFFIX: ReadonlyArray<[suffix: string, format: InputFormat]> = [
  ['.jsonl', 'jsonl'],
  ['.jsonl.gz', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.ndjson.gz', 'jsonl'],
  ['.wet', 'wet'],
  ['.wet.gz', 'wet'],
  ['.warc.wet', 'wet'],
  ['.warc.wet.gz', 'wet'],
  ['.warc', 'warc'],
  ['.warc.gz', 'warc'],
];

/** Is this format one document (rather than a stream of records)? */
export function isDocument(format: InputFormat): format is 'text' | 'html' {
  return format === 'text' || format === 'html';
}

/**
 * The format to read an input in: the one asked for, or with `auto` the record stream its name says, and otherwise
 * (and for stdin) `text`: one document, which the library reads as HTML if it starts as HTML does.
 */
export function inputFormatOf(input: string, choice: InputFormatChoice): InputFormat {
  if (choice !== 'auto') return choice;
  const name = input.toLowerCase();
  return BY_SUFFIX.find(([suffix]) => name.endsWith(suffix))?.[1] ?? 'text';
}
