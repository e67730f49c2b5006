/**
 * declutter: strip ads and boilerplate from scraped articles and keep the body.
 *
 * The public API. Everything here is pure (text or bytes in, data out); the CLI and the batch runner sit on top.
 */
export {declutter, thresholdFor, type DeclutterOptions, type Favor, type SiteTemplates} from './declutter.js';
export {decodeBytes, normalizeNewlines, InputError, type DecodedText, type DecodeOptions} from './read/decode.js';
export {splitBlocks, type SplitResult} from './read/blocks.js';
export {documentBlocks, type DocumentBlocks} from './read/document.js';
export {htmlToLines, looksLikeHtml, readHtml, type HtmlReading, type ReadHtmlOptions} from './read/html.js';
export {MARKUP_CONTEXTS, type BlockMarkup, type MarkupContext} from './read/markup.js';
export {CUES, matchCues, type Cue} from './features/lexicon.js';
export {CONTEXT_RULES, type ContextRule} from './rules/index.js';
export {defaultModel, loadModel} from './pipeline/model.js';
export type {Model, Scorer} from './score/model.js';
export {TITLE_FEATURE_NAMES, type TitleScorer} from './score/title.js';
export type {WordTable} from './score/word-table.js';
export {learnTemplates, pageHashes, siteTemplates, TemplateCounter, type LearnTemplatesOptions} from './templates.js';
export {pageMetadata, mergeMetadata, DEFAULT_ORDER, FIELD_ORDER, type MetadataSource} from './metadata/page-metadata.js';
export type {PageMetadata, FoundMetadata} from './metadata/fields.js';
export type {PageHead, MicrodataProp} from './read/page-head.js';
export {toText} from './write/text.js';
export {toJson, type JsonDocument} from './write/json.js';
export {toMarkdown} from './write/markdown.js';
export {toMdast, type MarkdownOptions} from './write/mdast.js';
export type {BlockContainer, BlockShape, BoilerplateLabel, CleanedDocument, DocumentFormat, DocumentStructure, InlineMark, Label, Layout, PreformattedText, ScoredBlock, SourceBlock} from './types.js';
export {BOILERPLATE_LABELS} from './types.js';
