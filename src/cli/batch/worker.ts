import {workerData} from 'node:worker_threads';
import {declutter} from '../../declutter.js';
import {decodeNote} from '../decode-note.js';
import {internalFault, isInputFailure} from '../failure.js';
import {readFoundFile} from '../read-input.js';
import {renderer, type Render} from '../render.js';
import {documentFormatFor} from '../stream/input-format.js';
import type {CleanResult, CleanTask, HashResult, Task, WorkerSetup} from './tasks.js';
import {blockHashes, knownTemplateBlocks, siteTemplates} from '../../templates.js';

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
  const decoded = await readFoundFile(path, setup.maxInputBytes);
  const hashes = blockHashes(decoded.text, documentFormatFor(path, setup.declutter.format, decoded.text));
  return {ok: true, blockHashes: Float64Array.from(hashes), decoded};
}

/** Exactly what `declutter FILE` prints, so that a batch without templates matches cleaning each file alone. */
async function cleanPage(task: CleanTask): Promise<CleanResult> {
  const decoded = task.decoded ?? (await readFoundFile(task.path, setup.maxInputBytes));
  const format = documentFormatFor(task.path, setup.declutter.format, decoded.text);
  const options = {...setup.declutter, ...(format ? {format} : {})};
  let doc = task.templateBlocks ? declutter(decoded.text, {...options, templates: knownTemplateBlocks(task.templateBlocks)}) : undefined;
  // Read again, the file split into other blocks than the first pass hashed (it changed): judge it by its own texts.
  if (doc && doc.blocks.length !== task.templateBlocks!.length) doc = undefined;
  doc ??= declutter(decoded.text, {...options, ...(task.templates ? {templates: siteTemplates(task.templates)} : {})});
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
