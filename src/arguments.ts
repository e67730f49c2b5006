/**
 * Checks of the public functions' arguments where TypeScript's types do not reach (plain JavaScript, parsed JSON). A
 * wrong argument throws a TypeError or RangeError that names the function and the argument, where it would otherwise
 * fail deep inside with a message about declutter's own code (`text.indexOf is not a function`), or be taken in
 * silence (a misspelt option, a string where a boolean was meant).
 */

/** What a value is, for a message: a string quoted, a number as itself, else its type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

export function checkString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn} takes ${name} as a string, not ${describeValue(value)}`);
}

export const DOCUMENT_FORMATS = Object.freeze(['auto', 'text', 'html', 'markdown'] as const);

export function checkDocumentFormat(fn: string, format: unknown): void {
  if (format !== undefined && !(DOCUMENT_FORMATS as readonly unknown[]).includes(format)) {
    throw new RangeError(`${fn}'s format must be one of ${DOCUMENT_FORMATS.join(', ')}, not ${describeValue(format)}`);
  }
}

interface OptionKinds {
  booleans?: readonly string[];
  strings?: readonly string[];
  /** Options checked by the caller: only their names are known here. */
  others?: readonly string[];
}

/**
 * An options argument: undefined, or an object whose every name is one of the function's options, its boolean
 * options booleans (`links: 'no'` would be true) and its string options strings.
 */
export function checkOptions(fn: string, options: unknown, kinds: OptionKinds): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}'s options must be an object, not ${describeValue(options)}`);
  }
  const {booleans = [], strings = [], others = []} = kinds;
  const names = [...booleans, ...strings, ...others];
  const unknown = Object.keys(options).find((name) => !names.includes(name));
  if (unknown !== undefined) throw new TypeError(`${fn} has no option ${JSON.stringify(unknown)} (its options: ${names.join(', ')})`);
  const values = options as Record<string, unknown>;
  for (const name of booleans) {
    if (values[name] !== undefined && typeof values[name] !== 'boolean') throw new TypeError(`${fn}'s ${name} must be a boolean, not ${describeValue(values[name])}`);
  }
  for (const name of strings) {
    if (values[name] !== undefined && typeof values[name] !== 'string') throw new TypeError(`${fn}'s ${name} must be a string, not ${describeValue(values[name])}`);
  }
}

/** A cleaned document, as `declutter` returns it, for the printers: an object with its blocks. */
export function checkCleanedDocument(fn: string, doc: unknown): void {
  if (doc === null || typeof doc !== 'object' || !Array.isArray((doc as {blocks?: unknown}).blocks)) {
    throw new TypeError(`${fn} takes a document that declutter() returned, not ${doc !== null && typeof doc === 'object' ? 'an object without blocks' : describeValue(doc)}`);
  }
}
