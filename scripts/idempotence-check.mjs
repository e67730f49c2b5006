// Clean a document, then its text output again; shared by scripts/idempotence.mjs and the tests. Takes the library's
// declutter and toText, so that it runs on the sources in the tests and on the build in the script.

/**
 * Whether cleaning the text output again prints it whole, and where not, each printed block the second pass dropped:
 * where it was (`title`, `first block`, `last block`, `middle block`), its text, and the second pass's label and score;
 * and the second pass's document.
 */
export function cleanTwice(input, {declutter, toText}) {
  const first = declutter(input);
  const printed = toText(first);
  const second = declutter(printed);
  if (toText(second) === printed) return {whole: true, lost: []};
  // The paragraphs printed the first time, matched with the second pass's blocks by their words: a paragraph printed
  // as laid out (code) is read again with its line breaks, which its block's text the first time had collapsed.
  const words = (text) => text.replace(/\s+/g, ' ').trim();
  const paragraphs = printed === '' ? [] : printed.replace(/\n$/, '').split('\n\n');
  const titled = first.titleBlock !== null;
  const kept = new Set(second.blocks.filter((block) => block.kept || block.label === 'title').map((block) => words(block.text)));
  const verdicts = new Map(second.blocks.map((block) => [words(block.text), block]));
  const lost = [];
  const bodyLength = paragraphs.length - (titled ? 1 : 0);
  const where = (index) => (index === -1 ? 'title' : index === 0 ? 'first block' : index === bodyLength - 1 ? 'last block' : 'middle block');
  for (const [k, paragraph] of paragraphs.entries()) {
    const text = words(paragraph);
    if (kept.has(text)) continue;
    const verdict = verdicts.get(text);
    lost.push({where: where(titled ? k - 1 : k), text, label: verdict?.label ?? 'split differently', score: verdict?.score ?? '-'});
  }
  // Nothing found dropped, yet not the same: one copy of a block printed twice was dropped, or the title changed.
  if (lost.length === 0) lost.push({where: 'a repeated block, or the order', text: toText(second).slice(0, 70), label: '-', score: '-'});
  return {whole: false, lost, second};
}
