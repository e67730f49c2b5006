/**
 * The evaluation run: every page of each corpus, rendering and split through declutter and the reference methods,
 * scored and summarised. Reads the corpus; writes nothing (the CLI writes extractions through `onPage`).
 */
import {usableUrl} from '../check-options.js';
import {declutter, type DeclutterOptions, type Favor} from '../declutter.js';
import {CorpusError, type Corpus, type Rendering} from '../learn/corpus.js';
import {inSplit, type Split} from '../learn/split.js';
import {InputError} from '../read/decode.js';
import {toText} from '../write/text.js';
import {scorePage, summarize, worstPages, type PageGold, type PageScore, type Summary} from './aggregate.js';
import {REFERENCE_METHODS, type Method} from './references.js';

export const DECLUTTER = 'declutter';

export interface EvalConfig {
  renderings: readonly Rendering[];
  split: Split;
  declutter: DeclutterOptions;
  /** Score the text format (title, then body) or, when false, the body alone. */
  title: boolean;
  /** Give declutter each page's URL from its gold, as a JSONL or WARC record carries it; when false, the text alone. */
  url: boolean;
  references: boolean;
  /** How many of declutter's worst pages (by word F1) to list per corpus and rendering. */
  worst: number;
  /** The file `declutter.model` was read from, for the report to name; the bundled model where absent. */
  modelFile?: string;
}

export interface MethodResult {
  method: string;
  summary: Summary;
  /** declutter's worst pages; empty for the reference methods. */
  worst: PageScore[];
}

export interface RenderingResult {
  corpus: string;
  rendering: Rendering;
  pages: number;
  methods: MethodResult[];
}

export interface EvalResult {
  split: Split;
  /** What of declutter's output was scored. */
  scored: 'title and body' | 'body';
  /** How declutter cleaned: the model's file (`bundled` for the bundled one), its favour or threshold, and URLs given. */
  model: string;
  favor: Favor;
  threshold: number | null;
  url: boolean;
  results: RenderingResult[];
}

/** One page done: what each method extracted from it, by method name. */
export interface PageDone {
  corpus: string;
  rendering: Rendering;
  id: string;
  extractions: ReadonlyMap<string, string>;
}

export interface EvalHooks {
  /** Called once before the first page with the number of pages the run will clean. */
  onStart?: (pages: number) => void;
  /** Awaited before the next page: a hook that writes the extraction holds the run until it is written. */
  onPage?: (page: PageDone) => void | Promise<void>;
  /** A page that cannot be read (binary, undecodable): it is scored as an empty extraction, as a missing one is. */
  onUnreadable?: (page: {corpus: string; rendering: Rendering; id: string; path: string; reason: string}) => void;
  /** Pages of the split that a rendering lacks, once a rendering: they are scored as empty extractions. */
  onMissing?: (missing: {corpus: string; rendering: Rendering; missing: number; pages: number}) => void;
  /** A gold page that is not one: the page is left out of the figures. Without this hook the error is thrown. */
  onBadGold?: (error: CorpusError) => void;
}

/** Evaluate every corpus in every rendering it has among the configured ones. */
export async function evaluate(corpora: readonly Corpus[], config: EvalConfig, hooks: EvalHooks = {}): Promise<EvalResult> {
  const methods = [declutterMethod(config), ...(config.references ? REFERENCE_METHODS : [])];
  const plan = corpora.map((corpus) => ({
    corpus,
    pages: loadGold(corpus, config.split, hooks.onBadGold),
    renderings: renderingsOf(corpus, config.renderings),
  }));
  hooks.onStart?.(plan.reduce((sum, {pages, renderings}) => sum + pages.length * renderings.length, 0));
  const results: RenderingResult[] = [];
  for (const {corpus, pages, renderings} of plan) {
    for (const rendering of renderings) results.push(await evaluateRendering(corpus, rendering, pages, methods, config.worst, hooks));
  }
  return {
    split: config.split,
    scored: config.title ? 'title and body' : 'body',
    model: config.modelFile ?? 'bundled',
    favor: config.declutter.favor ?? 'balanced',
    threshold: config.declutter.threshold ?? null,
    url: config.url,
    results,
  };
}

/** The configured renderings a corpus has on disk, in the configured order. */
export function renderingsOf(corpus: Corpus, renderings: readonly Rendering[]): Rendering[] {
  return renderings.filter((rendering) => corpus.hasRendering(rendering));
}

/** declutter as a method: the text format's output, or with `title: false` the body alone. */
export function declutterMethod(config: Pick<EvalConfig, 'declutter' | 'title'> & Partial<Pick<EvalConfig, 'url'>>): Method {
  const extractWithTitle = (text: string, url?: string) => {
    // A gold page without an address (an empty url) is cleaned from its text alone.
    const doc = declutter(text, {...config.declutter, url: config.url ? usableUrl(url) : undefined});
    // The words scored are those printed; the title scored is the page's (json's `title`), printed or not.
    return {text: config.title ? toText(doc) : doc.body, title: doc.title};
  };
  return {name: DECLUTTER, extract: (text) => extractWithTitle(text).text, extractWithTitle};
}

/** The gold of the corpus's pages in a split, in id order; a gold page that is not one goes to `onBadGold` if given. */
export function loadGold(corpus: Corpus, split: Split, onBadGold?: (error: CorpusError) => void): PageGold[] {
  return corpus
    .ids()
    .filter((id) => inSplit(id, split))
    .flatMap((id) => {
      let page;
      try {
        page = corpus.gold(id);
      } catch (error) {
        if (!(error instanceof CorpusError) || !onBadGold) throw error;
        onBadGold(error);
        return [];
      }
      return {
        id,
        url: page.url ?? null,
        pageType: page.page_type || '?',
        mainContent: page.main_content,
        title: page.title || null,
        with: page.with,
        without: page.without,
      };
    });
}

export async function evaluateRendering(
  corpus: Corpus,
  rendering: Rendering,
  pages: readonly PageGold[],
  methods: readonly Method[],
  worst: number,
  hooks: EvalHooks = {},
): Promise<RenderingResult> {
  const scores = new Map<string, PageScore[]>(methods.map((method) => [method.name, []]));
  let missing = 0;
  for (const gold of pages) {
    // A page missing from the rendering is scored as an empty input, as score.py scores a missing extraction; so is
    // one that cannot be read (the corpus has a page of NUL bytes), with a word to the caller.
    let text = '';
    try {
      const read = corpus.text(gold.id, rendering);
      if (read === undefined) missing++;
      text = read ?? '';
    } catch (error) {
      if (!(error instanceof InputError || error instanceof CorpusError)) throw error;
      const reason = error instanceof CorpusError ? error.reason : error.message;
      hooks.onUnreadable?.({corpus: corpus.name, rendering, id: gold.id, path: corpus.textPath(gold.id, rendering), reason});
    }
    const extractions = new Map<string, string>();
    for (const method of methods) {
      const {text: extraction, title} = method.extractWithTitle?.(text, gold.url ?? undefined) ?? {text: method.extract(text), title: undefined};
      extractions.set(method.name, extraction);
      scores.get(method.name)!.push(scorePage(extraction, gold, title));
    }
    await hooks.onPage?.({corpus: corpus.name, rendering, id: gold.id, extractions});
  }
  if (missing > 0) hooks.onMissing?.({corpus: corpus.name, rendering, missing, pages: pages.length});
  return {
    corpus: corpus.name,
    rendering,
    pages: pages.length,
    methods: methods.map(({name}) => {
      const pageScores = scores.get(name)!;
      return {method: name, summary: summarize(pageScores), worst: name === DECLUTTER ? worstPages(pageScores, worst) : []};
    }),
  };
}
