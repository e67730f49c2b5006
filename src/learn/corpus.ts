import {existsSync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {describeFsError} from '../fs-errors.js';
import {isWithin} from '../paths.js';
import {decodeBytes} from '../read/decode.js';

/** The text renderings a corpus holds, as in ../shared/corpus/README.md: what eval and train use by default. */
export const TEXT_RENDERINGS = ['paras', 'blocks', 'lynx', 'region'] as const;
/** Every rendering: the text ones, and `html`, the page as fetched (html/ID.html.gz), which declutter reads as HTML. */
export const RENDERINGS = [...TEXT_RENDERINGS, 'html'] as const;
export type Rendering = (typeof RENDERINGS)[number];

/** One page's gold answer (CORPUS/gold/ID.json). */
export interface GoldPage {
  id: string;
  url?: string;
  page_type?: string | null;
  title?: string | null;
  main_content: string | null;
  with: string[];
  without: string[];
}

/**
 * A file of a corpus that is not what the layout says it is: a gold page that is not JSON or lacks its fields, a page
 * that cannot be read. The message names the file; the page is left out, and the other pages are read.
 */
export class CorpusError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'CorpusError';
  }
}

/** A corpus on disk in the shared layout: gold/ID.json, text/RENDERING/ID.txt, html/ID.html.gz. */
export class Corpus {
  /** The corpus folder's own name, whatever path named it (`.`, `..`, a link): it labels reports and output folders. */
  readonly name: string;
  readonly #realRoot: string;

  constructor(readonly root: string) {
    if (!existsSync(root)) throw new Error(`${root} is not a corpus: there is no such folder`);
    if (!existsSync(join(root, 'gold'))) throw new Error(`${root} is not a corpus: it has no gold/ folder`);
    if (!statSync(join(root, 'gold')).isDirectory()) throw new Error(`${root} is not a corpus: its gold is not a folder`);
    this.#realRoot = realpathSync(root);
    this.name = basename(this.#realRoot);
  }

  /** Whether two corpora are one folder, named twice or through a link. */
  sameFolder(other: Corpus): boolean {
    return this.#realRoot === other.#realRoot;
  }

  /** Page ids, sorted. */
  ids(): string[] {
    return readdirSync(join(this.root, 'gold'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
  }

  goldPath(id: string): string {
    return join(this.root, 'gold', `${id}.json`);
  }

  /** A page's gold answer, checked against the layout: a `CorpusError` names the file and what is wrong with it. */
  gold(id: string): GoldPage {
    const path = this.goldPath(id);
    let json: unknown;
    try {
      // A byte-order mark, which some editors write, is no part of the JSON.
      json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new CorpusError(path, error instanceof SyntaxError ? `not valid JSON (${error.message.slice(0, 200)})` : describeFsError(error));
    }
    const problem = goldProblem(json, id);
    if (problem) throw new CorpusError(path, `not a gold page: ${problem}`);
    const page = json as GoldPage;
    return {...page, with: page.with ?? [], without: page.without ?? []};
  }

  /** Whether `path` is, or lies inside, one of the folders the corpus is read from (gold/, text/, html/), links followed. */
  holds(path: string): boolean {
    const real = realPathOf(path);
    return ['gold', 'text', 'html'].some((folder) => isWithin(join(this.root, folder), path) || isWithin(join(this.#realRoot, folder), real));
  }

  hasRendering(rendering: Rendering): boolean {
    return existsSync(rendering === 'html' ? join(this.root, 'html') : join(this.root, 'text', rendering));
  }

  textPath(id: string, rendering: Rendering): string {
    return rendering === 'html' ? join(this.root, 'html', `${id}.html.gz`) : join(this.root, 'text', rendering, `${id}.txt`);
  }

  /**
   * The page in a rendering, or undefined where the corpus lacks it, read as the CLI reads a file: bytes decoded (a
   * legacy encoding detected, a gzipped page as fetched unpacked), binary refused with an `InputError`, a file that
   * cannot be read (a folder of the page's name) a `CorpusError`.
   */
  text(id: string, rendering: Rendering): string | undefined {
    const path = this.textPath(id, rendering);
    if (!existsSync(path)) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new CorpusError(path, describeFsError(error));
    }
    return decodeBytes(bytes).text;
  }
}

/** What is wrong with a gold page's JSON, if anything: the fields of ../shared/corpus/README.md, of their types. */
export function goldProblem(json: unknown, id: string): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return `it is ${Array.isArray(json) ? 'a list' : json === null ? 'null' : `a ${typeof json}`}, not an object`;
  const page = json as Record<string, unknown>;
  if (!('main_content' in page)) return 'it has no "main_content" (null where the gold gives snippets only)';
  if (page['main_content'] !== null && typeof page['main_content'] !== 'string') return '"main_content" is neither text nor null';
  for (const field of ['with', 'without']) {
    const value = page[field];
    if (value !== undefined && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) return `"${field}" is not a list of texts`;
  }
  for (const field of ['id', 'url', 'title', 'page_type']) {
    const value = page[field];
    if (value !== undefined && value !== null && typeof value !== 'string') return `"${field}" is neither text nor null`;
  }
  if (typeof page['id'] === 'string' && page['id'] !== id) return `its "id" is "${page['id']}", where its file is named for "${id}"`;
  return undefined;
}

/** A path with links followed as far as it exists (the rest as named), for comparing it with a corpus's folders. */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), absolute.slice(existing.length));
  } catch {
    return absolute;
  }
}
