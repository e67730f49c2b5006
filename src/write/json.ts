import type {CleanedDocument} from '../types.js';
import {checkCleanedDocument, checkOptions} from '../arguments.js';

/** The json format's document: what the library returns, in a stable key order. */
export type JsonDocument = Pick<CleanedDocument, 'title' | 'titleBlock' | 'body' | 'comments' | 'blocks' | 'layout' | 'language' | 'threshold' | 'metadata' | 'preformatted'>;

export function toJson(doc: CleanedDocument, options: {pretty?: boolean} = {}): string {
  checkCleanedDocument('toJson', doc, ['title', 'titleBlock', 'body', 'comments', 'layout', 'language', 'threshold', 'metadata', 'preformatted']);
  checkOptions('toJson', options, {booleans: ['pretty']});
  const value: JsonDocument = {
    title: doc.title,
    titleBlock: doc.titleBlock,
    body: doc.body,
    ...(doc.comments ? {comments: doc.comments} : {}),
    layout: doc.layout,
    language: doc.language,
    threshold: doc.threshold,
    metadata: doc.metadata,
    blocks: doc.blocks,
    ...(doc.preformatted ? {preformatted: doc.preformatted} : {}),
  };
  return JSON.stringify(value, null, options.pretty ? 2 : undefined) + '\n';
}
