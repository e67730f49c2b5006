import type {DecodedText} from '../read/decode.js';

/** What a reader should be told about how an input's bytes were read, if anything: a guess or a repair is worth a note. */
export function decodeNote(decoded: DecodedText): string | undefined {
  const notes: string[] = [];
  if (decoded.strayBytes) {
    const bytes = decoded.strayBytes === 1 ? '1 byte that is not' : `${decoded.strayBytes} bytes that are not`;
    notes.push(`UTF-8 but for ${bytes}: read as windows-1252`);
  } else if (decoded.guessed) {
    notes.push(`not UTF-8: read as ${decoded.encoding}`);
  }
  if (decoded.controlChars) {
    const chars = decoded.controlChars === 1 ? '1 control character that is' : `${decoded.controlChars} control characters that are`;
    notes.push(`${chars} not text (NUL and the like) removed`);
  }
  return notes.length > 0 ? notes.join('; ') : undefined;
}
