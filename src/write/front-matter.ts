import type {PageMetadata} from '../types.js';

/**
 * The fields of a page's metadata that Markdown front matter carries: those the page states, in `PageMetadata`'s
 * order, under the names of the json format. Undefined when the page states none, so that no empty block is written.
 */
export function frontMatterFields(metadata: PageMetadata): Partial<PageMetadata> | undefined {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(metadata) as [keyof PageMetadata, PageMetadata[keyof PageMetadata]][]) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    fields[name] = value;
  }
  return Object.keys(fields).length > 0 ? (fields as Partial<PageMetadata>) : undefined;
}

// Characters a YAML stream may not hold as they are (DEL, the C1 controls, U+FFFE and U+FFFF), and NEL, which YAML 1.1
// reads as a line break. A page's mojibake (UTF-8 read as Latin-1, saved again) is full of C1 controls.
const UNPRINTABLE = /[\x7f-\x9f\ufffe\uffff]/g;

/** Whether a value holds a character that only an escape can write in YAML. */
export function needsEscapes(value: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(value);
}

/**
 * YAML from yaml's `stringify` with each character it may not hold written as an escape (`\x80`): yaml puts a string
 * holding one in double quotes, where escapes are read, but leaves the character itself as it is, which readers
 * (PyYAML) refuse.
 */
export function escapeUnprintable(yaml: string): string {
  return yaml.replace(UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
