import type {DecodedText} from '../read/decode.js';

/** What a reader should be told about how an input's bytes were read, if anything: a guess is worth a note. */
export function decodeNote(decoded: DecodedText): string | undefined {
  if (decoded.strayBytes) {
    const bytes = decoded.strayBytes === 1 ? '1 byte that is not' : `${decoded.strayBytes} bytes that are not`;
    return `UTF-8 but for ${bytes}: read as windows-1252`;
  }
  return decoded.guessed ? `not UTF-8: read as ${decoded.encoding}` : undefined;
}
