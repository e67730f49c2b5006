/**
 * File names, record ids and URIs come from the input: control characters in them (an escape sequence in a scraped
 * page's file name) must not reach a terminal, where they could recolour it or rewrite what it shows.
 */
export function safeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A message of several lines, each made safe: its line breaks are the message's own. */
export function safeLinesForTerminal(text: string): string {
  return text.split('\n').map(safeForTerminal).join('\n');
}
