import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';

/** The text renderings a corpus holds, as in ../shared/corpus/README.md. */
export const RENDERINGS = ['paras', 'blocks', 'lynx', 'region'] as const;
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

  hasRendering(rendering: Rendering): boolean {
    return existsSync(join(this.root, 'text', rendering));
  }

  textPath(id: string, rendering: Rendering): string {
    return join(this.root, 'text', rendering, `${id}.txt`);
  }

  /** The page as scraped text in a rendering, or undefined where the corpus lacks it. */
  text(id: string, rendering: Rendering): string | undefined {
    const path = this.textPath(id, rendering);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
}
