import {InputError} from '../read/decode.js';

/** What the file system says about an input: it is missing, cannot be read, is a folder, or is not a regular file. */
export class FileError extends Error {
  constructor(
    message: string,
    readonly code: 'missing' | 'unreadable' | 'folder' | 'not-a-file',
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/**
 * An output a command cannot write (the model `train` made, an extraction `eval` writes): the command stops, with the
 * file named and the file system's reason, and exit status 1.
 */
export class OutputFailure extends Error {
  constructor(path: string, error: unknown) {
    super(`cannot write ${path}: ${(error as Error).message}`);
    this.name = 'OutputFailure';
  }
}

/**
 * An input's own failure, which that input is reported for (status 1): bytes that cannot be read as a page, or a
 * file that cannot be read at all. Anything else thrown while cleaning is a fault of declutter's (status 70).
 */
export function isInputFailure(error: unknown): boolean {
  return error instanceof InputError || error instanceof FileError;
}

/** A fault of declutter's, in a form that crosses a worker thread or waits for the end of a stream. */
export interface InternalFault {
  message: string;
  stack?: string;
}

export function internalFault(error: unknown): InternalFault {
  if (error instanceof Error) return error.stack === undefined ? {message: error.message} : {message: error.message, stack: error.stack};
  return {message: String(error)};
}

/** The exit status of a run that met a fault of declutter's (EX_SOFTWARE in sysexits.h): it wins over a failed input's 1. */
export const EXIT_INTERNAL = 70;

/** 0 when everything was cleaned, 1 when some input failed, 70 when declutter itself failed on any. */
export function exitStatusOf(counts: {failed: number; internal: number}): number {
  return counts.internal > 0 ? EXIT_INTERNAL : counts.failed > 0 ? 1 : 0;
}
