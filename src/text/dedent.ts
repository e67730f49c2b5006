/**
 * Lines laid out as a block: the indentation every line shares removed and each line's trailing white space, so that
 * the lines keep their indentation relative to one another (code, verse) and nothing else of where they stood. Blank
 * lines count for no indentation and come out empty.
 */
export function dedentLines(lines: readonly string[]): string[] {
  let common: string | undefined;
  for (const line of lines) {
    const indent = leadingSpace(line);
    if (indent.length === line.length) continue;
    if (common === undefined) common = indent;
    else common = sharedPrefix(common, indent);
    if (common === '') break;
  }
  const cut = common?.length ?? 0;
  return lines.map((line) => (leadingSpace(line).length === line.length ? '' : line.slice(cut).trimEnd()));
}

function leadingSpace(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}

function sharedPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return a.slice(0, i);
}
