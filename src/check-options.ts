import {describeValue as describe, DOCUMENT_FORMATS} from './arguments.js';
import type {DeclutterOptions} from './declutter.js';
import {isKnownLanguage, knownLanguages} from './features/language.js';
import {validateModel} from './pipeline/model.js';
import {FAVORS} from './types.js';

/** Every option `declutter` takes: a name not among them is a slip ("favour") that would otherwise change nothing. */
export const OPTION_NAMES = ['model', 'favor', 'threshold', 'language', 'templates', 'maxBlocks', 'format', 'structure', 'comments', 'url'] as const;
// The list above must name every field of DeclutterOptions: this fails to compile when a field is added and not listed.
const EVERY_OPTION_LISTED: Exclude<keyof DeclutterOptions, (typeof OPTION_NAMES)[number]> extends never ? true : never = true;
void EVERY_OPTION_LISTED;

/** An ISO 639-3 code as franc gives them (`und` included): three lower-case letters. */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{3}$/.test(value);
}

/**
 * Whether a string is an address `declutter`'s `url` takes: absolute, as a browser's address bar shows it
 * (`https://example.com/story`); a relative one has no host or path to read. One without a host but a file's is none
 * either: "example.com:8080/news/story" parses, its scheme "example.com", and names nothing.
 */
export function isAbsoluteUrl(value: string): boolean {
  const address = URL.canParse(value) ? new URL(value) : undefined;
  return address !== undefined && (address.host !== '' || address.protocol === 'file:');
}

/** A record's or a page's own address where it is one `declutter` takes, else none: it is evidence, not a must. */
export function usableUrl(value: string | undefined): string | undefined {
  return value !== undefined && isAbsoluteUrl(value) ? value : undefined;
}

/**
 * Check `declutter`'s arguments where the types do not reach (plain JavaScript, parsed JSON): a bad value throws a
 * TypeError or RangeError naming the option, where it would otherwise clean quietly with a default or keep nothing.
 */
export function checkDeclutterArguments(text: unknown, options: unknown): asserts options is DeclutterOptions {
  if (typeof text !== 'string') throw new TypeError(`declutter takes a string, not ${describe(text)}`);
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw new TypeError(`declutter's options must be an object, not ${describe(options)}`);
  const unknown = Object.keys(options).find((name) => !(OPTION_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined) throw new TypeError(`declutter has no option ${JSON.stringify(unknown)} (its options: ${OPTION_NAMES.join(', ')})`);
  const {threshold, favor, language, model, maxBlocks, format, templates, structure, comments, url} = options as Record<string, unknown>;
  checkThresholdAndFavor(threshold, favor);
  if (language !== undefined && (typeof language !== 'string' || !isLanguageCode(language))) {
    throw new RangeError(`language must be an ISO 639-3 code such as "eng", not ${describe(language)}`);
  }
  // A code without a stopword list would be cleaned with English stopwords and no word table, in silence.
  if (language !== undefined && !isKnownLanguage(language)) {
    throw new RangeError(`language ${describe(language)} has no stopword list (known: ${knownLanguages()})`);
  }
  if (format !== undefined && !(DOCUMENT_FORMATS as readonly unknown[]).includes(format)) {
    throw new RangeError(`format must be one of ${DOCUMENT_FORMATS.join(', ')}, not ${describe(format)}`);
  }
  if (structure !== undefined && typeof structure !== 'boolean') throw new TypeError(`structure must be a boolean, not ${describe(structure)}`);
  if (url !== undefined && typeof url !== 'string') throw new TypeError(`url must be a string, not ${describe(url)}`);
  if (url !== undefined && !isAbsoluteUrl(url)) throw new RangeError(`url must be an absolute address such as "https://example.com/news/story", not ${describe(url)}`);
  if (comments !== undefined && typeof comments !== 'boolean') throw new TypeError(`comments must be a boolean, not ${describe(comments)}`);
  if (maxBlocks !== undefined && !(Number.isSafeInteger(maxBlocks) && (maxBlocks as number) > 0)) {
    throw new RangeError(`maxBlocks must be a positive whole number, not ${describe(maxBlocks)}`);
  }
  if (templates !== undefined && typeof (templates as {isTemplate?: unknown} | null)?.isTemplate !== 'function') {
    throw new TypeError(`templates must be an object with an isTemplate(blockText, index) method, not ${describe(templates)}`);
  }
  if (model !== undefined) {
    try {
      validateModel(model);
    } catch (error) {
      throw new TypeError(`model: ${(error as Error).message}`);
    }
  }
}

/** The two options that choose the keep threshold, checked for `declutter` and for `thresholdFor` alike. */
export function checkThresholdAndFavor(threshold: unknown, favor: unknown): void {
  if (threshold !== undefined && (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))) {
    throw new RangeError(`threshold must be a number from 0 to 1, not ${describe(threshold)}`);
  }
  if (favor !== undefined && !(FAVORS as readonly unknown[]).includes(favor)) {
    throw new RangeError(`favor must be one of ${FAVORS.join(', ')}, not ${describe(favor)}`);
  }
}
