import type {CleanedDocument} from '../types.js';
import {toExplain} from '../write/explain.js';
import {toJson} from '../write/json.js';
import {toText} from '../write/text.js';
import {chalkFor} from './color.js';
import type {Format} from './options.js';

/** How a cleaned document is printed in a format; the explain view in colour only where `color` says (a terminal). */
export function renderer(format: Format, color: boolean): (doc: CleanedDocument) => string {
  if (format === 'json') return (doc) => toJson(doc);
  if (format === 'explain') {
    const chalk = chalkFor(color);
    return (doc) => toExplain(doc, chalk);
  }
  return toText;
}
