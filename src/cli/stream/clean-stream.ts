import {EXIT_INTERNAL, exitStatusOf, internalFault, isInputFailure} from '../failure.js';
import type {CleanConfig} from '../options.js';
import type {Output} from '../output.js';
import {displayName} from '../read-input.js';
import {renderer} from '../render.js';
import type {Reporter} from '../reporter.js';
import {safeForTerminal} from '../../text/terminal-text.js';
import {gunzipIfNeeded, openBytes} from './byte-source.js';
import {gunzipMembers} from './gzip-members.js';
import type {InputFormat} from './input-format.js';
import {cleanJsonLines} from './jsonl.js';
import {splitLines} from './lines.js';
import {MAX_RECORD_BYTES} from './options.js';
import type {StreamTally} from './tally.js';
import {cleanWarcRecords} from './warc.js';

export const EXPLAIN_NOT_FOR_STREAMS = 'a record stream comes out as JSON lines, not in -f explain (--blocks adds each record\'s scored blocks)';

/**
 * Clean one record stream (JSONL, or WARC and WET) to JSON lines on the output, a record at a time. Failed records are
 * answered in place and summed up on stderr. Returns the exit status: 0 every record cleaned, 1 some failed, 70
 * declutter itself failed on some.
 */
export async function cleanRecordStream(
  input: string,
  format: Exclude<InputFormat, 'text' | 'html'>,
  config: CleanConfig,
  output: Output,
  reporter: Reporter,
): Promise<number> {
  const name = safeForTerminal(displayName(input));
  // explain is one page's margin of scores and reasons: a stream's records come out as JSON lines, their blocks with
  // --blocks. Said rather than ignored in silence.
  if (config.format === 'explain') reporter.note(name, EXPLAIN_NOT_FOR_STREAMS);
  let tally: StreamTally;
  const stream = config.format === 'markdown' ? {...config.stream, write: await renderer('markdown', false, config.markdown)} : config.stream;
  try {
    tally = format === 'jsonl' ? await cleanJsonLines(splitLines(gunzipIfNeeded(openBytes(input)), MAX_RECORD_BYTES), stream, config.declutter, output) : await cleanWarc(input, config, stream, output);
  } catch (error) {
    const fault = internalFault(error);
    if (!isInputFailure(error)) {
      reporter.internalError(name, {...fault, message: safeForTerminal(fault.message)});
      return EXIT_INTERNAL;
    }
    reporter.error(name, safeForTerminal(fault.message));
    return 1;
  }
  report(name, tally, reporter);
  return exitStatusOf(tally);
}

/**
 * A WARC file is gunzipped member by member, so that a damaged member is named and the records before it kept; bytes
 * that frame no record are blamed on their member where it fails its check.
 */
function cleanWarc(input: string, config: CleanConfig, stream: CleanConfig['stream'], output: Output): Promise<StreamTally> {
  const bytes = gunzipMembers(openBytes(input));
  return cleanWarcRecords(bytes, stream, config.declutter, output, {checkBytes: bytes.checkMember});
}

function report(name: string, tally: StreamTally, reporter: Reporter): void {
  for (const [what, count] of tally.passedOver) reporter.note(name, `passed over ${what}: ${count}`);
  for (const [field, count] of tally.ownFields) {
    // "1 of 11 records has", "2 of 11 records have": the verb agrees with the count.
    const [has, its, them] = count === 1 ? ['has', 'its', 'it'] : ['have', 'their', 'them'];
    reporter.note(name, `${count} of ${tally.records} records ${has} a "${field}" field of ${its} own, kept as it was: declutter's ${field} is not added to ${them}`);
  }
  if (tally.failed > 0) {
    const first = tally.firstFailure ? ` (first: ${safeForTerminal(tally.firstFailure)})` : '';
    reporter.error(name, `${tally.failed} of ${tally.records} records could not be cleaned${first}`);
  }
  if (tally.firstInternal) {
    const {where, fault} = tally.firstInternal;
    reporter.internalError(`${name}, ${safeForTerminal(where)}`, {...fault, message: safeForTerminal(fault.message)});
    if (tally.internal > 1) reporter.error(name, `declutter failed on ${tally.internal} of ${tally.records} records (the first is above)`);
  }
}
