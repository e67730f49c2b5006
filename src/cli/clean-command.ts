import {declutter} from '../declutter.js';
import {wantsColor} from './color.js';
import {decodeNote} from './decode-note.js';
import type {CleanConfig} from './options.js';
import {Output, StdoutError} from './output.js';
import {displayName, readInput, STDIN} from './read-input.js';
import {renderer} from './render.js';
import {Reporter} from './reporter.js';
import {inputFormatOf, isDocument} from './stream/input-format.js';

/**
 * Clean each input in order to stdout, like `cat`. Returns the exit status: 0 all cleaned, 1 some failed. A stdout that
 * cannot be written throws a `StdoutError`, which the CLI answers with one line and status 1.
 */
export async function cleanToStdout(inputs: readonly string[], config: CleanConfig, reporter: Reporter): Promise<number> {
  const output = new Output(process.stdout);
  const render = renderer(config.format, wantsColor(process.stdout));
  let failed = 0;
  for (const input of inputs.length ? inputs : [STDIN]) {
    if (output.closed) break;
    const format = inputFormatOf(input, config.stream.inputFormat);
    if (!isDocument(format)) {
      // Loaded on demand: the WARC reader is only for record streams.
      const {cleanRecordStream} = await import('./stream/clean-stream.js');
      if (!(await cleanRecordStream(input, format, config, output, reporter))) failed++;
      continue;
    }
    try {
      const decoded = await readInput(input);
      const note = decodeNote(decoded);
      if (note) reporter.note(displayName(input), note);
      await output.write(render(declutter(decoded.text, config.declutter)));
    } catch (error) {
      failed++;
      const message = (error as Error).message;
      reporter.error(displayName(input), message);
      // One line per input in JSON, so that lines still match inputs by their order: a failed one says why in its place.
      if (config.format === 'json') await output.write(`${JSON.stringify({input: displayName(input), error: message})}\n`);
    }
  }
  await output.flush();
  if (output.error) throw new StdoutError(output.error);
  return failed ? 1 : 0;
}
