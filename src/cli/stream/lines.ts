/** One line of a byte stream, numbered from 1: its text, or why it cannot be read. */
export type Line = {number: number; text: string} | {number: number; error: string};

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Split a byte stream into UTF-8 lines, holding one line at a time: memory stays bounded by `maxBytes` however long
 * the stream is. A line over `maxBytes`, or not UTF-8, comes out as an error in its place, so numbering never slips.
 * A final line without a newline counts; an empty stream has no lines.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', {fatal: true});
  let parts: Uint8Array[] = [];
  let size = 0;
  let overlong = false;
  let number = 0;

  const take = (bytes: Uint8Array) => {
    if (overlong || bytes.length === 0) return;
    size += bytes.length;
    if (size > maxBytes) {
      overlong = true;
      parts = [];
    } else {
      parts.push(bytes);
    }
  };
  const finish = (): Line => {
    number++;
    const wasOverlong = overlong;
    const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    size = 0;
    overlong = false;
    if (wasOverlong) return {number, error: `line is over the ${formatLimit(maxBytes)} limit`};
    const end = line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.length - 1 : line.length;
    try {
      return {number, text: decoder.decode(line.subarray(0, end))};
    } catch {
      return {number, error: 'line is not UTF-8'};
    }
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0 || overlong) yield finish();
}

function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}
