/** How an input is read: one document of text, or a stream of records (JSON lines, or WARC WET records). */
export const INPUT_FORMATS = ['auto', 'text', 'jsonl', 'wet'] as const;
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
];

/** The format to read an input in: the one asked for, or with `auto` the one its name says (text otherwise, and for stdin). */
export function inputFormatOf(input: string, choice: InputFormatChoice): InputFormat {
  if (choice !== 'auto') return choice;
  const name = input.toLowerCase();
  return BY_SUFFIX.find(([suffix]) => name.endsWith(suffix))?.[1] ?? 'text';
}
