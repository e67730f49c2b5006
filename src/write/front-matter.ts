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
const UNPRINTABLE = /[\x7f-\x9f\ufffe\uffff]/;
const EVERY_UNPRINTABLE = new RegExp(UNPRINTABLE.source, 'g');

/**
 * The fields as YAML, by `yaml` (the library, loaded by the caller), with YAML 1.1's rules for quoting, so that readers
 * of either version (Jekyll and PyYAML read 1.1) take every value for the string it is: `yes`, `on` and dates quoted.
 * A string holding a character YAML may not hold is double-quoted, where escapes are read, and the character written as
 * one (`\x80`): yaml quotes a string holding a C1 control on its own but leaves the character raw, which readers
 * (PyYAML) refuse, and writes one holding U+FFFE or U+FFFF plain.
 */
export function frontMatterYaml(fields: Partial<PageMetadata>, yaml: typeof import('yaml')): string {
  const document = new yaml.Document(fields, {version: '1.1'});
  yaml.visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && UNPRINTABLE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({lineWidth: 0}).trimEnd().replace(EVERY_UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
