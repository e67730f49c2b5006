/** A file-system error in words a user can act on: the command line's, and a corpus's reader's. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENXIO':
      return 'cannot be opened by name (a socket, or a device that is not there)';
    default:
      return (error as Error).message;
  }
}

/** Whether an error is the system's answer to a call (it names the call, as EIO of a read does), not a fault in code. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
