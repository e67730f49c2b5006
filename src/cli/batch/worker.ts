import {workerData} from 'node:worker_threads';
import {declutter} from '../../clean.js';
import {decodeNote} from '../decode-note.js';
import {internalFault, isInputFailure} from '../failure.js';
import {readInput} from '../read-input.js';
import {renderer, type Render} from '../render.js';
import {documentFormatFor} from '../stream/input-format.js';
import type {CleanResult, CleanTask, HashResult, Task, WorkerSetup} from './tasks.js';
import {pageHashes, siteTemplates} from './templates.js';

// A worker thread of the batch pool: it reads, decodes and cleans; the main thread writes, so it alone owns files.
const setup = workerData as WorkerSetup;
// Files are never coloured: colour is for a terminal.
let render: Promise<Render> | undefined;

export default async function runTask(task: Task): Promise<HashResult | CleanResult> {
  try {
    return task.kind === 'hash' ? await hashPage(task.path) : await cleanPage(task);
  } catch (error) {
    const fault = internalFault(error);
    return isInputFailure(error) ? {ok: false, reason: fault.message} : {ok: false, reason: fault.message, internal: fault};
  }
}

async function hashPage(path: string): Promise<HashResult> {
  const {text} = await readInput(path);
  return {ok: true, hashes: pageHashes(text, documentFormatFor(path, setup.declutter.format, text))};
}

/** Exactly what `declutter FILE` prints, so that a batch without templates matches cleaning each file alone. */
async function cleanPage(task: CleanTask): Promise<CleanResult> {
  const decoded = await readInput(task.path);
  const format = documentFormatFor(task.path, setup.declutter.format, decoded.text);
  const options = {...setup.declutter, ...(format ? {format} : {}), ...(task.templates ? {templates: siteTemplates(task.templates)} : {})};
  const doc = declutter(decoded.text, options);
  const note = decodeNote(decoded);
  return {
    ok: true,
    output: (await (render ??= renderer(setup.format, false, setup.markdown)))(doc),
    // Counted over the blocks, so that an HTML page's share is of its visible text, not of its markup.
    textChars: blockChars(doc.blocks),
    keptChars: blockChars(doc.blocks.filter((block) => block.kept)),
    ...(note ? {note} : {}),
  };
}

function blockChars(blocks: readonly {text: string}[]): number {
  return blocks.reduce((chars, block) => chars + block.text.length, 0);
}
