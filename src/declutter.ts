import {checkDeclutterArguments, checkThresholdAndFavor} from './check-options.js';
import {analyzeForCleaning, analyzeTakenForCleaning} from './pipeline/analyze.js';
import {fixedThreshold, judge} from './pipeline/judge.js';
import type {Model, Scorer} from './score/model.js';
import type {CleanedDocument, DocumentFormat, Favor, SiteTemplates} from './types.js';

export type {Favor, SiteTemplates} from './types.js';

/** Every option may be left out or given as `undefined` (an option read from an unset variable): both mean the default. */
export interface DeclutterOptions {
  /** A model loaded with `loadModel`; the bundled one by default. */
  model?: Model | undefined;
  /** Trade recall for precision or back; `balanced` by default. */
  favor?: Favor | undefined;
  /** An explicit keep threshold in [0, 1]; overrides `favor`. */
  threshold?: number | undefined;
  /** Language (ISO 639-3) to use instead of detecting it. */
  language?: string | undefined;
  /** Batch mode's evidence from the other pages of the site: blocks it names are site template (rule `site-template`). */
  templates?: SiteTemplates | undefined;
  /**
   * Refuse a document of more blocks than this, before any block is described: `declutter` throws an `InputError`
   * with code `too-large`. Cleaning holds every block's text, description, scores and verdict at once (its feature
   * rows only a window at a time), under a kilobyte a block however short the block, so a file of a million one-word
   * lines needs most of a gigabyte; a caller with a memory budget sets this.
   */
  maxBlocks?: number | undefined;
  /**
   * What the input is: `auto` (the default) reads a document that starts as HTML does (a doctype, `<html>`, `<head>`,
   * `<body>`...) as HTML, one block-level element a block, one with ten lines or more of Markdown links as Markdown
   * (the HTML page it renders to), and anything else as text; `markdown` reads Markdown so whatever its links.
   */
  format?: DocumentFormat | undefined;
  /**
   * Keep an HTML document's structure (each block's kind, lists, tables, quotes, links and emphasis) in the result's
   * `structure`, for `toMarkdown` and `toMdast`. Off by default: plain text does not need it.
   */
  structure?: boolean | undefined;
  /**
   * Keep the page's comment thread apart in the result's `comments` (the readers' comments, removed from the body as
   * ever): off by default.
   */
  comments?: boolean | undefined;
  /**
   * The document's own URL, where known: with `structure`, what an HTML page's relative links are read against; on
   * HTML, where the head gives no URL, its host is one of the site's names that the page's title is read without; and
   * where its path carries the headline as a slug, which line above the body the title is (so also which page-head
   * lines above that title are dropped).
   */
  url?: string | undefined;
}

/** Clean one document: text in, every block scored and labelled, the title and body out. Pure: no I/O. */
export function declutter(text: string, options: DeclutterOptions = {}): CleanedDocument {
  checkDeclutterArguments(text, options);
  return judge(analyzeForCleaning(text, options), options);
}

/**
 * `declutter` of a text its caller has no further use for, taken out of `input` (left empty) once its blocks are read:
 * neither the caller nor this function holds the document while its blocks are described and judged, where
 * cleaning's memory peaks. A long document's blocks are copied out of it (`TextArena`), so its text is garbage then.
 * For a caller that only reads the result: a long document's removed blocks may share one frozen list of reasons.
 */
export function declutterTaken(input: {text: string}, options: DeclutterOptions = {}): CleanedDocument {
  checkTaken(input, options);
  return judge(analyzeTakenForCleaning(input, options), options, {readOnly: true});
}

/** `checkDeclutterArguments` of a holder's text, read in a frame of its own that ends before the text is cleaned. */
function checkTaken(input: {text: string}, options: DeclutterOptions): void {
  checkDeclutterArguments(input.text, options);
}

/** The fixed threshold the options ask of a model (public: its options are checked, as `declutter`'s are). */
export function thresholdFor(model: Scorer, options: Pick<DeclutterOptions, 'favor' | 'threshold'>): number {
  checkThresholdAndFavor(options.threshold, options.favor);
  return fixedThreshold(model, options);
}
