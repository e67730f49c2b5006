import {readFileSync} from 'node:fs';
import type {DeclutterOptions, Favor} from '../declutter.js';
import {isAbsoluteUrl, isLanguageCode} from '../check-options.js';
import {isKnownLanguage, knownLanguages} from '../features/language.js';
import {loadModel} from '../pipeline/model.js';
import type {MarkdownOptions} from '../write/mdast.js';
import {maxBlocksInMemory, maxInputBytes} from './read-input.js';
import {buildStreamConfig, streamConfigProblem, type StreamConfig, type StreamFlags} from './stream/options.js';

export const FORMATS = ['text', 'json', 'explain', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
export {FAVORS} from '../types.js';

/** Options as commander parses them for the clean command. */
export interface CleanFlags extends StreamFlags {
  format: Format;
  model?: string;
  favor: Favor;
  threshold?: number;
  language?: string;
  /** The page's address, for one page: `--url`. */
  url?: string;
  quiet?: boolean;
  /** `--no-links` sets it false: the markdown format keeps links' text alone. */
  links?: boolean;
  images?: boolean;
  frontMatter?: boolean;
  comments?: boolean;
}

/** The one configuration object the CLI builds from argv and hands down; nothing below reads argv. */
export interface CleanConfig {
  format: Format;
  declutter: DeclutterOptions;
  quiet: boolean;
  /** Most a document may be, in bytes (DECLUTTER_MAX_BYTES, or the default), before or after gunzip. */
  maxInputBytes: number;
  /** How to read and write record streams (JSONL, WET). */
  stream: StreamConfig;
  /** What the markdown format keeps of the page's markup. */
  markdown: MarkdownOptions;
}

/** Thrown for a bad option value: the CLI answers it with exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The clean command's configuration from its flags and the environment's size limits, each checked once, here. */
export function buildConfig(flags: CleanFlags, env: NodeJS.ProcessEnv = process.env): CleanConfig {
  checkLimitVariables(env);
  const declutter: DeclutterOptions = {favor: flags.favor, maxBlocks: maxBlocksInMemory(env)};
  if (flags.threshold !== undefined) declutter.threshold = flags.threshold;
  if (flags.comments) declutter.comments = true;
  if (flags.language !== undefined) declutter.language = parseLanguage(flags.language);
  if (flags.url !== undefined) declutter.url = parseUrl(flags.url);
  if (flags.model !== undefined) declutter.model = readModel(flags.model);
  // Asked for text, HTML or Markdown, every document is read so, records' texts included; otherwise HTML is known by
  // its start, and Markdown by its name.
  if (flags.inputFormat === 'text' || flags.inputFormat === 'html' || flags.inputFormat === 'markdown') declutter.format = flags.inputFormat;
  // Markdown writes what the page marks up: the reader keeps it only then.
  if (flags.format === 'markdown') declutter.structure = true;
  else {
    const markdownOnly = flags.links === false ? '--no-links' : flags.images ? '--images' : flags.frontMatter ? '--front-matter' : undefined;
    if (markdownOnly) throw new UsageError(`${markdownOnly} is an option of -f markdown`);
  }
  const markdown = {links: flags.links !== false, images: flags.images === true, frontMatter: flags.frontMatter === true};
  return {format: flags.format, declutter, quiet: flags.quiet === true, maxInputBytes: maxInputBytes(env), stream: streamConfig(flags), markdown};
}

/** The size limits' variables are a positive whole number or unset: a typo would otherwise be ignored in silence. */
export function checkLimitVariables(env: NodeJS.ProcessEnv): void {
  for (const name of ['DECLUTTER_MAX_BYTES', 'DECLUTTER_MAX_BLOCKS']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (!/^\d+$/.test(value.trim()) || !(Number(value) > 0) || !Number.isSafeInteger(Number(value))) {
      throw new UsageError(`${name} takes a positive whole number, not "${value}"`);
    }
  }
}

export function readModel(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read model ${path}: ${(error as Error).message}`);
  }
  try {
    return loadModel(json);
  } catch (error) {
    throw new UsageError(`model ${path}: ${(error as Error).message}`);
  }
}

/** A decimal number as people write one (0.6, .6, 1, 6e-1): Number() alone would also take 0x1, 0b1 and 0o1 for 1. */
const DECIMAL = /^\s*(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;

function streamConfig(flags: StreamFlags): StreamConfig {
  const config = buildStreamConfig(flags);
  const problem = streamConfigProblem(config);
  if (problem) throw new UsageError(problem);
  return config;
}

/** A JSONL field's name: an empty one names no field a record has. */
export function parseTextField(value: string): string {
  if (value === '') throw new Error('--text-field takes the name of a JSONL field, not an empty name');
  return value;
}

export function parseThreshold(value: string): number {
  const number = Number(value);
  if (!DECIMAL.test(value) || number < 0 || number > 1) {
    throw new UsageError(`--threshold takes a number from 0 to 1, not "${value}"`);
  }
  return number;
}

/** `--url`: an address the library's `url` takes (`isAbsoluteUrl`). */
export function parseUrl(value: string): string {
  if (!isAbsoluteUrl(value)) throw new UsageError(`--url takes an absolute address such as https://example.com/news/story, not "${value}"`);
  return value;
}

export function parseLanguage(given: string): string {
  // Codes are lower case (ISO 639-3), but "ENG" says the same.
  const value = given.trim().toLowerCase();
  if (!isLanguageCode(value)) throw new UsageError(`--language takes an ISO 639-3 code such as eng or deu, not "${given}"`);
  if (!isKnownLanguage(value)) throw new UsageError(`--language ${value}: no stopword list for it (known: ${knownLanguages()})`);
  return value;
}
