import {delimiter} from 'node:path';
import {Corpus} from '../learn/corpus.js';
import {UsageError} from './options.js';

/** The environment variable that names corpus folders when the command line names none. */
export const CORPORA_VARIABLE = 'DECLUTTER_CORPORA';

/**
 * The corpus folders `eval` and `train` work on: those named on the command line, else those listed in
 * DECLUTTER_CORPORA (separated as PATH is). The shipped command knows no corpus of its own.
 */
export function corpusPaths(named: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (named.length > 0) return [...named];
  const listed = (env[CORPORA_VARIABLE] ?? '').split(delimiter).map((path) => path.trim()).filter(Boolean);
  if (listed.length > 0) return listed;
  throw new UsageError(`no corpus given: name corpus folders on the command line, or in ${CORPORA_VARIABLE} (separated by "${delimiter}")`);
}

/** The corpus folders, each once however often or by whatever path it was named; a usage error for one that is none. */
export function openCorpora(roots: readonly string[]): Corpus[] {
  const corpora: Corpus[] = [];
  for (const corpus of roots.map(openCorpus)) if (!corpora.some((other) => other.sameFolder(corpus))) corpora.push(corpus);
  return corpora;
}

/** A corpus folder, or a usage error that says why it is not one. */
export function openCorpus(root: string): Corpus {
  try {
    return new Corpus(root);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
