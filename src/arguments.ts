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
 * A field of a cleaned document that a printer reads: `keptText` the text of the blocks it prints (the kept blocks and
 * the title block), `titleText` the title block's alone (`toText`, which prints the body as the document has it).
 */
export type DocumentField = 'title' | 'titleBlock' | 'body' | 'comments' | 'layout' | 'language' | 'threshold' | 'metadata' | 'preformatted' | 'structure' | 'titleText' | 'keptText';

/**
 * A cleaned document, as `declutter` returns it (or as its JSON reads back, or as a caller builds or changes it), for
 * a printer: an object with its blocks, and of the fields the printer reads (`reads`), each of its type, so that an
 * object that only looks like one is named as the caller's slip rather than failing inside the printer. A field the
 * printer does not read is not looked at; one it reads may be absent (undefined), but for the body, which is printed,
 * and null where the document's type allows null (`title`, `titleBlock`, and the optional `comments`, `preformatted`
 * and `structure`).
 */
export function checkCleanedDocument(fn: string, doc: unknown, reads: readonly DocumentField[]): void {
  const fault = documentFault(doc, reads);
  if (fault !== undefined) throw new TypeError(`${fn} takes a document that declutter() returned, not ${fault}`);
}

/** What makes a value no document a printer that reads `reads` can print, in words; undefined where it is one. */
function documentFault(doc: unknown, reads: readonly DocumentField[]): string | undefined {
  if (!isObject(doc) || Array.isArray(doc)) return describeValue(doc);
  const {blocks} = doc;
  if (!Array.isArray(blocks)) return 'an object without blocks';
  const notObject = blocks.findIndex((block) => !isObject(block));
  if (notObject >= 0) return `an object whose blocks[${notObject}] is ${describeValue(blocks[notObject])}`;
  const isIndex = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < blocks.length;
  const index = `the index of one of its ${blocks.length} blocks`;
  const kinds: Record<Exclude<DocumentField, 'titleText' | 'keptText'>, [valid: (value: unknown) => boolean, wanted: string, nullable?: true]> = {
    title: [(value) => typeof value === 'string', 'a string or null', true],
    titleBlock: [isIndex, `null or ${index}`, true],
    body: [(value) => typeof value === 'string', 'a string'],
    layout: [(value) => typeof value === 'string', 'a string'],
    language: [(value) => typeof value === 'string', 'a string'],
    threshold: [(value) => typeof value === 'number', 'a number'],
    metadata: [isObject, 'an object'],
    comments: [(value) => Array.isArray(value) && value.every((comment) => typeof comment === 'string'), 'an array of strings', true],
    preformatted: [(value) => Array.isArray(value) && value.every((entry) => isObject(entry) && isIndex(entry.block) && typeof entry.text === 'string'), `an array of {block, text}, each block ${index}`, true],
    structure: [(value) => structureFault(value, blocks.length) === undefined, '', true],
  };
  for (const name of reads) {
    if (name === 'titleText' || name === 'keptText') continue;
    const [valid, wanted, nullable] = kinds[name];
    const field = fieldOf(doc, name);
    // Worked out when read (the body and metadata of a document `declutter` returned): a check must not pay for it.
    if (field === 'computed' || (field.value === undefined && name !== 'body') || (nullable && field.value === null) || valid(field.value)) continue;
    if (name === 'structure') return `an object whose structure ${structureFault(field.value, blocks.length)}`;
    return `an object whose ${name} is ${describeValue(field.value)}, not ${wanted}`;
  }
  // The texts a printer prints: the kept blocks' and the title block's, or the title block's alone, or none (toJson's).
  const keptText = reads.includes('keptText');
  if (!keptText && !reads.includes('titleText')) return undefined;
  const textFault = (at: number) => {
    const block = blocks[at] as Record<string, unknown>;
    return typeof block.text === 'string' ? undefined : `an object whose blocks[${at}] has no text (a string): its text is ${describeValue(block.text)}`;
  };
  if (!keptText) return isIndex(doc.titleBlock) ? textFault(doc.titleBlock as number) : undefined;
  for (let at = 0; at < blocks.length; at++) {
    if (!(blocks[at] as Record<string, unknown>).kept && at !== doc.titleBlock) continue;
    const fault = textFault(at);
    if (fault !== undefined) return fault;
  }
  return undefined;
}

/**
 * What is wrong with a document's structure, in words after "structure"; undefined where the Markdown printers can
 * read it. Its shapes are read only where there is one a block, each as the kind of block it is, in the elements that
 * hold it, with its inline marks: their form is checked, not every mark's offsets.
 */
function structureFault(structure: unknown, blocks: number): string | undefined {
  if (!isObject(structure)) return `is ${describeValue(structure)}, not {shapes, baseUrl?}`;
  const {shapes, baseUrl} = structure;
  if (baseUrl !== undefined && typeof baseUrl !== 'string') return `has a baseUrl of ${describeValue(baseUrl)}, not a string`;
  if (!Array.isArray(shapes)) return `has shapes of ${describeValue(shapes)}, not an array`;
  if (shapes.length !== blocks) return undefined;
  for (let at = 0; at < shapes.length; at++) {
    const shape: unknown = shapes[at];
    const valid =
      isObject(shape) &&
      SHAPE_KINDS.includes(shape.kind as string) &&
      typeof shape.level === 'number' &&
      Array.isArray(shape.containers) &&
      shape.containers.every(isObject) &&
      Array.isArray(shape.marks) &&
      shape.marks.every(isObject);
    if (!valid) return `has a shapes[${at}] of ${describeValue(shape)}, not a block's shape ({kind, level, containers, marks})`;
  }
  return undefined;
}

const SHAPE_KINDS: readonly string[] = ['paragraph', 'heading', 'code'];

/**
 * A field of an object, on it or its prototypes: its value, or `computed` where a getter works it out when read (the
 * body and the metadata of a document `declutter` returned), which a check must not pay for.
 */
function fieldOf(object: object, name: string): {value: unknown} | 'computed' {
  for (let at: object | null = object; at !== null; at = Object.getPrototypeOf(at)) {
    const descriptor = Object.getOwnPropertyDescriptor(at, name);
    if (descriptor) return descriptor.get ? 'computed' : {value: descriptor.value};
  }
  return {value: undefined};
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
