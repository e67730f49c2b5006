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

/**
 * A cleaned document, as `declutter` returns it (or as its JSON reads back), for the printers: every field they read,
 * of the type they read it as, so that an object that only looks like one (`{blocks: []}`) is named as the caller's
 * slip rather than failing inside a printer or printing fields it lacks.
 */
export function checkCleanedDocument(fn: string, doc: unknown): void {
  const fault = documentFault(doc);
  if (fault !== undefined) throw new TypeError(`${fn} takes a document that declutter() returned, not ${fault}`);
}

/** What makes a value no cleaned document, in words; undefined where it is one. */
function documentFault(doc: unknown): string | undefined {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return describeValue(doc);
  const fields = doc as Record<string, unknown>;
  const {blocks} = fields;
  if (!Array.isArray(blocks)) return 'an object without blocks';
  for (let i = 0; i < blocks.length; i++) {
    const fault = blockFault(blocks[i]);
    if (fault !== undefined) return `an object whose blocks[${i}] ${fault}`;
  }
  const isIndex = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < blocks.length;
  const index = `the index of one of its ${blocks.length} blocks`;
  const checks: ReadonlyArray<[name: string, valid: (value: unknown) => boolean, wanted: string]> = [
    ['title', (value) => value === null || typeof value === 'string', 'a string or null'],
    ['titleBlock', (value) => value === null || isIndex(value), `null or ${index}`],
    ['body', (value) => typeof value === 'string', 'a string'],
    ['layout', (value) => typeof value === 'string', 'a string'],
    ['language', (value) => typeof value === 'string', 'a string'],
    ['threshold', (value) => typeof value === 'number', 'a number'],
    ['metadata', (value) => value !== null && typeof value === 'object', 'an object'],
  ];
  for (const [name, valid, wanted] of checks) {
    const field = fieldOf(doc, name);
    if (field === 'missing') return `an object without ${name}`;
    if (field !== 'computed' && !valid(field.value)) return `an object whose ${name} is ${describeValue(field.value)}, not ${wanted}`;
  }
  const {comments, preformatted} = fields;
  if (comments !== undefined && !(Array.isArray(comments) && comments.every((comment) => typeof comment === 'string'))) {
    return 'an object whose comments are not an array of strings';
  }
  if (preformatted !== undefined && !(Array.isArray(preformatted) && preformatted.every((entry) => isObject(entry) && isIndex(entry.block) && typeof entry.text === 'string'))) {
    return `an object whose preformatted is not an array of {block, text}, each block ${index}`;
  }
  return undefined;
}

/** What is wrong with a block, in words after its place; undefined where it has what the printers read. */
function blockFault(block: unknown): string | undefined {
  if (!isObject(block)) return `is ${describeValue(block)}`;
  if (typeof block.text !== 'string') return `has no text (a string): its text is ${describeValue(block.text)}`;
  if (typeof block.kept !== 'boolean') return `has no kept (a boolean): its kept is ${describeValue(block.kept)}`;
  if (typeof block.label !== 'string') return `has no label (a string): its label is ${describeValue(block.label)}`;
  return undefined;
}

/**
 * A field of an object, on it or its prototypes: its value, or `computed` where a getter works it out when read (the
 * body and the metadata of a document `declutter` returned), which a check must not pay for; or `missing`.
 */
function fieldOf(object: object, name: string): {value: unknown} | 'computed' | 'missing' {
  for (let at: object | null = object; at !== null; at = Object.getPrototypeOf(at)) {
    const descriptor = Object.getOwnPropertyDescriptor(at, name);
    if (descriptor) return descriptor.get ? 'computed' : {value: descriptor.value};
  }
  return 'missing';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
