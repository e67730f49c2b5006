import {declutterTaken, type DeclutterOptions} from '../declutter.js';
import {wantsColor} from './color.js';
import {decodeNote} from './decode-note.js';
import {EXIT_INTERNAL, FileError, internalFault, isInputFailure} from './failure.js';
import {UsageError, type CleanConfig} from './options.js';
import {Output, StdoutError} from './output.js';
import type {DecodedText} from '../read/decode.js';
import {displayName, readFoundFile, readInput, STDIN} from './read-input.js';
import {withHeapHeldNearLive} from './large-document-heap.js';
import {renderer} from './render.js';
import {textPieces} from '../write/text.js';
import {Reporter} from './reporter.js';
import {documentFormatFor, inputFormatOf, isDocument} from './stream/input-format.js';
import type {StreamConfig} from './stream/options.js';

/** Said of a document that had text and kept none of it: the output is empty on purpose, and this says why to look. */
export const EVERY_BLOCK_REMOVED = 'every block was removed as boilerplate (-f explain shows why)';
// A WARC file (WET too) opens with its version line. stdin and a file of another name are record streams only when
// said so, so such an input is one text, its records' headers and all: worth a word on how to read its records.
const WARC_START = /^WARC\/1\.[01]\r?\n/;
export const CLEANED_AS_ONE_TEXT = 'reads as a WARC file, cleaned as one text document (--input-format warc cleans its records)';

/** What the walks of folders among the inputs have to say besides the files they found, by the places of the inputs. */
export interface WalkedInputs {
  /** Paths a walk found and cannot clean, with the reason. */
  refused: ReadonlyMap<number, string>;
  /** The places of the files a walk found: read only while they are regular files, never as a FIFO's stream. */
  found: ReadonlySet<number>;
  /** Say what comes before the input at a place (a place past the last input: after it), such as a folder's note. */
  sayBefore(place: number): void;
}

const NOTHING_WALKED: WalkedInputs = {refused: new Map(), found: new Set(), sayBefore: () => undefined};

/**
 * Clean each input in order to stdout, like `cat`; an input whose place is in `walked.refused` (found by a folder's
 * walk, with the reason it cannot be cleaned) fails there without being opened. By place, not by name: the same path
 * named on the command line too, such as a FIFO a walk never opens, is read in that place. Returns the exit status:
 * 0 all cleaned, 1 some failed, 70 declutter itself failed on some (the other inputs are still cleaned). A stdout that
 * cannot be written throws a `StdoutError`, which the CLI answers with one line and status 1.
 */
export async function cleanToStdout(
  inputs: readonly string[],
  config: CleanConfig,
  reporter: Reporter,
  walked: WalkedInputs = NOTHING_WALKED,
): Promise<number> {
  const named = inputs.length ? inputs : [STDIN];
  refuseRecordFlagsWithoutStreams(named, config.stream);
  const output = new Output(process.stdout);
  const render = await renderer(config.format, wantsColor(process.stdout), config.markdown);
  // Statuses rank as they grow (0, 1, 70): the run's is the highest of its inputs'.
  let status = 0;
  for (const [place, input] of named.entries()) {
    if (output.closed) break;
    walked.sayBefore(place);
    const format = inputFormatOf(input, config.stream.inputFormat);
    const reason = walked.refused.get(place);
    if (reason === undefined && !isDocument(format)) {
      // Loaded on demand: the WARC reader is only for record streams.
      const {cleanRecordStream} = await import('./stream/clean-stream.js');
      status = Math.max(status, await cleanRecordStream(input, format, config, output, reporter));
      continue;
    }
    try {
      if (reason !== undefined) throw new FileError(reason, 'unreadable');
      const decoded = walked.found.has(place) ? await readFoundFile(input, config.maxInputBytes) : await readInput(input, config.maxInputBytes);
      const note = decodeNote(decoded);
      if (note) reporter.note(displayName(input), note);
      if (config.stream.inputFormat === 'auto' && WARC_START.test(decoded.text)) reporter.note(displayName(input), CLEANED_AS_ONE_TEXT);
      // The decoded text is handed over, and read here only in calls that return before it is cleaned: a register of
      // this frame that held it (an argument of a call) would keep a long document's input through judging.
      const doc = withHeapHeldNearLive(decoded.text.length, () => declutterTaken(decoded, optionsFor(input, decoded, config.declutter)));
      if (doc.blocks.length > 0 && !doc.blocks.some((block) => block.kept)) reporter.note(displayName(input), EVERY_BLOCK_REMOVED);
      // Text is written a piece at a time: a long document's output is never one string, nor its body.
      if (config.format === 'text') for (const piece of textPieces(doc)) await output.write(piece);
      else if (config.format === 'json' && input !== STDIN) await output.write(withInput(displayName(input), render(doc)));
      else await output.write(render(doc));
    } catch (error) {
      const internal = !isInputFailure(error);
      status = Math.max(status, internal ? EXIT_INTERNAL : 1);
      const fault = internalFault(error);
      if (internal) reporter.internalError(displayName(input), fault);
      else reporter.error(displayName(input), fault.message);
      // One line per input in JSON, so that lines still match inputs by their order: a failed one says why in its place.
      if (config.format === 'json') {
        await output.write(`${JSON.stringify({input: displayName(input), error: fault.message, ...(internal ? {internal: true} : {})})}\n`);
      }
    }
  }
  if (!output.closed) walked.sayBefore(named.length);
  await output.flush();
  if (output.error) throw new StdoutError(output.error);
  return status;
}

/**
 * A named file's JSON line opens with its name, as a line that failed does: lines of a folder or of many files say
 * whose they are. Spliced into the line `toJson` wrote (one object, `{` first), rather than parsed and written again.
 */
function withInput(name: string, json: string): string {
  return `{"input":${JSON.stringify(name)},${json.slice(1)}`;
}

/**
 * --blocks and --text-field are for record streams. With none among the inputs they would be ignored in silence, and
 * `declutter --blocks < pages.jsonl` would clean the stream as one text: stdin is a stream only when said so.
 */
function refuseRecordFlagsWithoutStreams(inputs: readonly string[], stream: StreamConfig): void {
  const flag = stream.blocks ? '--blocks' : stream.textField !== 'text' ? '--text-field' : undefined;
  if (flag === undefined || inputs.some((input) => !isDocument(inputFormatOf(input, stream.inputFormat)))) return;
  throw new UsageError(
    `${flag} is for record streams (JSONL, WARC, WET), and no input is one: name a .jsonl file, or give --input-format jsonl for stdin`,
  );
}

/** The options to clean an input with, in the format its name and text say it is. */
function optionsFor(input: string, decoded: DecodedText, declared: DeclutterOptions): DeclutterOptions {
  const format = documentFormatFor(input, declared.format, decoded.text);
  return format === declared.format ? declared : {...declared, format};
}
