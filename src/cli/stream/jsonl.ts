import type {DeclutterOptions} from '../../declutter.js';
import {internalFault, isInputFailure, type InternalFault} from '../failure.js';
import type {Output} from '../output.js';
import {cleanRecordText} from './clean-record.js';
import {jsonMembers} from './json-members.js';
import type {Line} from './lines.js';
import {addedFields, type StreamConfig} from './options.js';
import {rewriteRecord} from './rewrite-record.js';
import {countFailure, countInternal, countOwnField, newTally, type StreamTally} from './tally.js';

type JsonObject = Record<string, unknown>;

/**
 * Clean a stream of JSON lines: one line out for every line in, in order. A record's text field is replaced by its
 * cleaned text and every other field passes through as the input wrote it; declutter's `metadata` (and `blocks`) are
 * added, but never over a field of the record's own by that name, which stays as it was (and is counted for the
 * summary). A line that cannot be cleaned is answered in its place by `{"line": N, "error": "..."}` (with the
 * record's `id` when it has one, and `"internal": true` when declutter itself failed on it). Stops early when the
 * reader goes away.
 */
export async function cleanJsonLines(
  lines: AsyncIterable<Line>,
  stream: StreamConfig,
  options: DeclutterOptions,
  output: Output,
): Promise<StreamTally> {
  const tally = newTally();
  for await (const line of lines) {
    if (output.closed) break;
    tally.records++;
    const answer = cleanJsonLine(line, stream, options);
    if ('cleaned' in answer) for (const field of answer.ownFields) countOwnField(tally, field);
    if ('fault' in answer) countInternal(tally, `line ${answer.failure.line}`, answer.fault);
    else if ('failure' in answer) countFailure(tally, `line ${answer.failure.line}`, answer.failure.error);
    await output.write('failure' in answer ? failureLine(answer.failure) : answer.cleaned + '\n');
  }
  return tally;
}

/** `id` is the record's id as the input wrote it (JSON text), so that an id a JSON number cannot hold comes out whole. */
type LineFailure = {line: number; id?: string; error: string; internal?: true};
type LineAnswer = {cleaned: string; ownFields: string[]} | {failure: LineFailure} | {failure: LineFailure; fault: InternalFault};

function cleanJsonLine(line: Line, stream: StreamConfig, options: DeclutterOptions): LineAnswer {
  if ('error' in line) return {failure: {line: line.number, error: line.error}};
  const record = parseRecord(line.text);
  if (typeof record === 'string') return {failure: {line: line.number, error: record}};
  const text = record[stream.textField];
  if (typeof text !== 'string') {
    return {failure: withId({line: line.number, error: `no string field "${stream.textField}"`}, line.text, record)};
  }
  try {
    // A record's own address names its site, as a WARC record's target URI does.
    // A record without one has none: `--url` names one page, not a stream's.
    const url = typeof record['url'] === 'string' ? record['url'] : undefined;
    const cleaned = cleanRecordText(text, {...options, url}, stream.blocks, stream.write);
    const ownFields = addedFields(stream).filter((field) => Object.hasOwn(record, field));
    const added: [string, string][] = [];
    if (!ownFields.includes('metadata')) added.push(['metadata', JSON.stringify(cleaned.metadata)]);
    if (cleaned.blocks && !ownFields.includes('blocks')) added.push(['blocks', JSON.stringify(cleaned.blocks)]);
    const replaced = new Map([[stream.textField, JSON.stringify(cleaned.text)]]);
    return {cleaned: rewriteRecord(line.text, jsonMembers(line.text), replaced, added), ownFields};
  } catch (error) {
    const fault = internalFault(error);
    if (isInputFailure(error)) return {failure: withId({line: line.number, error: fault.message}, line.text, record)};
    return {failure: withId({line: line.number, error: fault.message, internal: true}, line.text, record), fault};
  }
}

/** The line's JSON object, or what is wrong with it. */
function parseRecord(text: string): JsonObject | string {
  if (text.trim() === '') return 'empty line';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  return value as JsonObject;
}

function withId(failure: LineFailure, text: string, record: JsonObject): LineFailure {
  if (record['id'] === undefined) return failure;
  // The last member of that key is the one JSON.parse kept.
  const member = jsonMembers(text).findLast((each) => each.key === 'id')!;
  return {...failure, id: text.slice(member.start, member.end)};
}

/** `{"line", "id", "error", "internal"}` in that order, the id as the input wrote it. */
function failureLine(failure: LineFailure): string {
  const id = failure.id === undefined ? '' : `,"id":${failure.id}`;
  return `{"line":${failure.line}${id},"error":${JSON.stringify(failure.error)}${failure.internal ? ',"internal":true' : ''}}\n`;
}
