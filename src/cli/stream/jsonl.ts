import type {DeclutterOptions} from '../../declutter.js';
import {internalFault, isInputFailure, type InternalFault} from '../failure.js';
import type {Output} from '../output.js';
import {cleanRecordText, jsonLine} from './clean-record.js';
import type {Line} from './lines.js';
import {addedFields, type StreamConfig} from './options.js';
import {countFailure, countInternal, countOwnField, newTally, type StreamTally} from './tally.js';

type JsonObject = Record<string, unknown>;

/**
 * Clean a stream of JSON lines: one line out for every line in, in order. A record's text field is replaced by its
 * cleaned text and every other field passes through; declutter's `metadata` (and `blocks`) are added, but never over
 * a field of the record's own by that name, which stays as it was (and is counted for the summary). A line that cannot be cleaned is answered in its place by
 * `{"line": N, "error": "..."}` (with the record's `id` when it has one, and `"internal": true` when declutter itself
 * failed on it). Stops early when the reader goes away.
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
    await output.write(jsonLine('failure' in answer ? answer.failure : answer.cleaned));
  }
  return tally;
}

type LineFailure = {line: number; id?: unknown; error: string; internal?: true};
type LineAnswer = {cleaned: JsonObject; ownFields: string[]} | {failure: LineFailure} | {failure: LineFailure; fault: InternalFault};

function cleanJsonLine(line: Line, stream: StreamConfig, options: DeclutterOptions): LineAnswer {
  if ('error' in line) return {failure: {line: line.number, error: line.error}};
  const record = parseRecord(line.text);
  if (typeof record === 'string') return {failure: {line: line.number, error: record}};
  const text = record[stream.textField];
  if (typeof text !== 'string') {
    return {failure: withId({line: line.number, error: `no string field "${stream.textField}"`}, record)};
  }
  try {
    // A record's own address names its site, as a WARC record's target URI does.
    // A record without one has none: `--url` names one page, not a stream's.
    const url = typeof record['url'] === 'string' ? record['url'] : undefined;
    const cleaned = cleanRecordText(text, {...options, url}, stream.blocks, stream.write);
    const out: JsonObject = {...record, [stream.textField]: cleaned.text};
    const ownFields = addedFields(stream).filter((field) => Object.hasOwn(record, field));
    if (!ownFields.includes('metadata')) out['metadata'] = cleaned.metadata;
    if (cleaned.blocks && !ownFields.includes('blocks')) out['blocks'] = cleaned.blocks;
    return {cleaned: out, ownFields};
  } catch (error) {
    const fault = internalFault(error);
    if (isInputFailure(error)) return {failure: withId({line: line.number, error: fault.message}, record)};
    return {failure: withId({line: line.number, error: fault.message, internal: true}, record), fault};
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

function withId(failure: LineFailure, record: JsonObject): LineFailure {
  const {line, ...rest} = failure;
  return record['id'] === undefined ? failure : {line, id: record['id'], ...rest};
}
