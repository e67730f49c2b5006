import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
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

/** A corpus on disk in the shared layout: gold/ID.json, text/RENDERING/ID.txt, html/ID.html.gz. */
export class Corpus {
  readonly name: string;

  constructor(readonly root: string) {
    this.name = basename(root.replace(/\/+$/, ''));
    if (!existsSync(join(root, 'gold'))) throw new Error(`${root} is not a corpus: it has no gold/ folder`);
  }

  /** Page ids, sorted. */
  ids(): string[] {
    return readdirSync(join(this.root, 'gold'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
  }

  gold(id: string): GoldPage {
    const page = JSON.parse(readFileSync(join(this.root, 'gold', `${id}.json`), 'utf8')) as GoldPage;
    return {...page, with: page.with ?? [], without: page.without ?? []};
  }

  /** Whether `path` is, or lies inside, one of the folders the corpus is read from (gold/, text/, html/). */
  holds(path: string): boolean {
    return ['gold', 'text', 'html'].some((folder) => isWithin(join(this.root, folder), path));
  }

  hasRendering(rendering: Rendering): boolean {
    return existsSync(rendering === 'html' ? join(this.root, 'html') : join(this.root, 'text', rendering));
  }

  textPath(id: string, rendering: Rendering): string {
    return rendering === 'html' ? join(this.root, 'html', `${id}.html.gz`) : join(this.root, 'text', rendering, `${id}.txt`);
  }

  /**
   * The page in a rendering, or undefined where the corpus lacks it: scraped text, or for `html` the page as fetched,
   * gunzipped and decoded as the CLI decodes a file.
   */
  text(id: string, rendering: Rendering): string | undefined {
    const path = this.textPath(id, rendering);
    if (!existsSync(path)) return undefined;
    return rendering === 'html' ? decodeBytes(readFileSync(path)).text : readFileSync(path, 'utf8');
  }
}
