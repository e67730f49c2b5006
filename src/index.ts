/**
 * declutter: strip ads and boilerplate from scraped articles and keep the body.
 *
 * The public API. Everything here is pure (text or bytes in, data out); the CLI and the batch runner sit on top.
 */
export {declutter, thresholdFor, type DeclutterOptions, type Favor, type SiteTemplates} from './clean.js';
export {decodeBytes, normalizeNewlines, InputError, type DecodedText, type DecodeOptions} from './read/decode.js';
export {splitBlocks, type SplitResult} from './read/blocks.js';
export {documentBlocks, type DocumentBlocks} from './read/document.js';
export {htmlToLines, looksLikeHtml, readHtml, type HtmlReading} from './read/html.js';
export {MARKUP_CONTEXTS, type BlockMarkup, type MarkupContext} from './read/markup.js';
export {CUES, matchCues, type Cue} from './features/lexicon.js';
export {CONTEXT_RULES, type ContextRule} from './model/context.js';
export {defaultModel, loadModel} from './model/default.js';
export type {Model, Scorer} from './model/model.js';
export {TITLE_FEATURE_NAMES, type TitleScorer} from './model/title.js';
export type {WordTable} from './model/word-table.js';
export {toText} from './write/text.js';
export {toJson, type JsonDocument} from './write/json.js';
export {toMarkdown} from './write/markdown.js';
export {toMdast, type MarkdownOptions} from './write/mdast.js';
export type {BlockContainer, BlockShape, InlineMark} from './read/block-shape.js';
export type {BoilerplateLabel, CleanedDocument, DocumentFormat, DocumentStructure, Label, Layout, ScoredBlock, SourceBlock} from './types.js';
export {BOILERPLATE_LABELS} from './types.js';
