/**
 * File names that are not UTF-8. Paths travel through declutter as strings, and Node reads a name's bytes as UTF-8:
 * a byte that is not (a Latin-1 `é`, 0xE9) becomes U+FFFD, and the name no longer names the file. Such a name is told
 * and shown, its stray bytes escaped, rather than opened under a name that is not its own.
 */

const UTF8 = new TextDecoder('utf-8', {fatal: true});

/** A name's string where its bytes are UTF-8, so that the string names the file; undefined where they are not. */
export function utf8Name(bytes: Uint8Array): string | undefined {
  return decodeOrUndefined(bytes);
}

/** A name for messages: its UTF-8 characters as they are, every other byte as `\xE9`, so the file can be found. */
export function escapedName(bytes: Uint8Array): string {
  let name = '';
  for (let at = 0; at < bytes.length; ) {
    const length = sequenceLength(bytes[at]!);
    const character = length === 0 ? undefined : decodeOrUndefined(bytes.subarray(at, at + length));
    if (character === undefined) {
      name += `\\x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
      at++;
    } else {
      name += character;
      at += length;
    }
  }
  return name;
}

/** What is wrong with such a name, where a walk finds it. */
export const NOT_UTF8_NAME = 'its name is not UTF-8, and declutter opens and names files in UTF-8 alone: rename it (convmv renames a tree)';

/**
 * Said of a path named on the command line that is not there and holds U+FFFD: Node reads arguments as UTF-8 too, and
 * a name of other bytes reaches declutter with U+FFFD in their place, naming no file.
 */
const REPLACED_NAME_HINT = 'if its name is not UTF-8, its stray bytes reached declutter as U+FFFD: rename the file';

/** Why a path cannot be read (`reason`, for `error`), with the hint above where it is not there and holds U+FFFD. */
export function withReplacedNameHint(path: string, error: unknown, reason: string): string {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' && path.includes('\uFFFD') ? `${reason} (${REPLACED_NAME_HINT})` : reason;
}

/** How many bytes a UTF-8 sequence that starts with `lead` has; 0 where no sequence starts with it. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function decodeOrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
